"""The session summary PDF for the facilitator and HR, made from a :class:`WorkshopRecord`.

Sections, in order: the workshop's facts, attendance, the agenda planned vs actual (a chart
with overtime marked), the group's ten most frequent strengths, values and learning themes,
the energy distribution, every declaration as a table, and the facilitator's notes. Every
page carries the workshop's title, "n / N", the print date and — for an anonymised record —
匿名化済み / "Anonymised". The anonymising itself happened in
:func:`app.workshop_record.load_record`; this module prints what the record holds.

Written like the one-sheets: into ``<name>.part``, moved into place only when complete; a
cancelled or failed run leaves no file (and keeps an older one). ``progress(done, total)`` is
called before laying out and after each page (the total is an estimate that grows if the
document runs longer); returning False cancels.
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.summary_stats import attendance, declarations, energy_distribution, top_phrases
from app.workshop_record import WorkshopRecord
from reports.fonts import GOTHIC, register_fonts
from reports.sheet_layout import format_date
from reports.sheet_text import MissingChar
from reports.summary_charts import ROWS_PER_CHART, energy_chart, phrase_chart, timing_chart
from reports.summary_layout import (
    BLUE,
    GREEN,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PURPLE,
    RULE,
    TINT,
    NumberedCanvas,
    TextCheck,
    draw_furniture,
    escape,
    length,
    local_time,
    made_on,
    short_day,
    styles,
    words_for,
)

Progress = Callable[[int, int], bool]

#: Declarations that fit on a page, for the progress estimate only.
_ROWS_PER_PAGE = 30
_CHART_COLOURS = {"strengths": BLUE, "values": GREEN, "themes": PURPLE}

_CLOSE_VIEWER = QT_TRANSLATE_NOOP("Core", "Check that the folder exists and is writable, and close the file if a PDF viewer has it open.")  # noqa: E501  # fmt: skip


@dataclass(frozen=True)
class SummaryReport:
    """What was written: the file (None when cancelled), its pages, characters printed as 〓."""

    path: Path | None
    pages: int
    missing: tuple[MissingChar, ...]
    cancelled: bool = False


def _style(*commands: tuple[Any, ...]) -> TableStyle:
    """A table style whose cells start in our font (ReportLab's default lists Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), GOTHIC), *commands])


class _Cancelled(Exception):
    """Raised from a page's end when ``progress`` asked to stop."""


class _Summary:
    """Builds the story of one summary; ``check`` sees every text that is printed."""

    def __init__(self, record: WorkshopRecord) -> None:
        self.record = record
        self.language = record.workshop.language
        self.words = words_for(self.language)
        self.styles = styles()
        self.check = TextCheck()
        self.width = A4[0] - 2 * MARGIN_X

    def para(self, text: str, style: str, field: str = "", who: str = "") -> Paragraph:
        return Paragraph(escape(self.check(text, field, who)), self.styles[style])

    def heading(self, key: str, **values: Any) -> Paragraph:
        return Paragraph(escape(self.words[key].format(**values)), self.styles["h2"])

    def story(self) -> list[Flowable]:
        workshop = self.record.workshop
        return [
            Paragraph(escape(self.words["kicker"]), self.styles["kicker"]),
            self.para(workshop.title, "title", "title"),
            *self.facts(),
            *self.attendance(),
            *self.timing(),
            *self.phrases(),
            *self.declarations(),
            *self.notes(),
        ]

    def facts(self) -> list[Flowable]:
        record, workshop, w = self.record, self.record.workshop, self.words
        planned = sum(stage.planned_seconds for stage in record.stages)
        template = workshop.template_id
        if template and workshop.template_minutes:
            template = w["template_value"].format(id=template, minutes=workshop.template_minutes)
        values = [
            ("title", workshop.title),
            ("date", format_date(workshop.date, self.language)),
            ("venue", workshop.venue),
            ("facilitator", workshop.facilitator),
            ("template", template),
            ("planned", w["planned_value"].format(
                total=length(planned, w), stages=len(record.stages))),
            ("actual", self.actual_length()),
            ("status", w.get(f"{workshop.status}_status", workshop.status)),
        ]  # fmt: skip
        rows = [
            [Paragraph(escape(w[key]), self.styles["key"]), self.para(value, "base", key)]
            for key, value in values
        ]
        table = Table(rows, colWidths=[36 * mm, self.width - 36 * mm], splitInRow=1)
        table.setStyle(
            _style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            )
        )
        return [self.heading("facts"), table]

    def actual_length(self) -> str:
        w = self.words
        if not self.record.has_run:
            return w["not_run"]
        state = self.record.run_state()
        if state.started_at is None:
            return w["not_run"]
        if not state.finished or state.finished_at is None:
            return w["running"].format(start=local_time(state.started_at))
        text = w["actual_value"].format(
            total=length(state.workshop_elapsed_seconds, w),
            start=local_time(state.started_at),
            end=local_time(state.finished_at),
        )
        if state.paused_seconds >= 60:
            text += w["paused"].format(paused=length(state.paused_seconds, w))
        return text

    def attendance(self) -> list[Flowable]:
        counts = attendance(self.record.people)
        w, st = self.words, self.styles
        figures = [
            ("registered", counts.registered),
            ("checked_in", counts.checked_in),
            ("with_sheet", counts.with_sheet),
            ("declared", counts.declared),
        ]
        cells = [
            [Paragraph(escape(w["people"].format(n=n)), st["big"]) for _, n in figures],
            [Paragraph(escape(w[key]), st["small"]) for key, _ in figures],
        ]
        table = Table(cells, colWidths=[self.width / 4] * 4)
        table.setStyle(
            _style(
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEAFTER", (0, 0), (-2, -1), 1.5, "white"),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            )
        )
        return [KeepTogether([self.heading("attendance"), table])]

    def timing(self) -> list[Flowable]:
        rows = self.record.timings()
        if not rows:
            return [
                self.heading("timing"),
                Paragraph(escape(self.words["no_run"]), self.styles["base"]),
            ]
        titles = [self.check(row.title, "stage") for row in rows]
        planned = sum(row.planned_seconds for row in rows)
        actual = sum(row.actual_seconds for row in rows)
        total = self.words["total_line"].format(
            planned=length(planned, self.words), actual=length(actual, self.words)
        )
        charts: list[Flowable] = [
            timing_chart(
                rows[i : i + ROWS_PER_CHART], titles[i : i + ROWS_PER_CHART], self.words, self.width
            )
            for i in range(0, len(rows), ROWS_PER_CHART)
        ]
        note = Paragraph(escape(total), self.styles["note"])
        return [KeepTogether([self.heading("timing"), charts[0]]), *charts[1:], Spacer(1, 2), note]

    def phrase_block(self, field: str, width: float) -> list[Flowable]:
        phrases = [
            (self.check(phrase, field), count)
            for phrase, count in top_phrases(self.record.people, field, 10)
        ]
        title = Paragraph(escape(self.words[field]), self.styles["h3"])
        if not phrases:
            return [title, Paragraph(escape(self.words["empty"]), self.styles["blank"])]
        return [title, phrase_chart(phrases, width, _CHART_COLOURS[field])]

    def phrases(self) -> list[Flowable]:
        half = (self.width - 8 * mm) / 2
        energies = energy_distribution(self.record.people)
        experiences = sum(energies.values())
        energy_title = Paragraph(
            escape(self.words["energy"].format(n=experiences)), self.styles["h3"]
        )
        energy: list[Flowable] = [energy_title]
        if experiences:
            energy.append(energy_chart(energies, half, self.words))
        else:
            energy.append(Paragraph(escape(self.words["empty"]), self.styles["blank"]))
        grid = Table(
            [
                [self.phrase_block("strengths", half), self.phrase_block("values", half)],
                [self.phrase_block("themes", half), energy],
            ],
            colWidths=[half + 4 * mm, half + 4 * mm],
        )
        grid.setStyle(
            _style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            )
        )
        note = Paragraph(escape(self.words["phrases_note"]), self.styles["note"])
        return [self.heading("group"), grid, note]

    def declarations(self) -> list[Flowable]:
        w, st = self.words, self.styles
        rows = declarations(self.record.people)
        if self.record.anonymized:  # P01, P02, …: the roster's order could hint at who is who
            rows.sort(key=lambda row: row.label)
        heading = self.heading("declarations")
        if not rows:
            return [heading, Paragraph(escape(w["no_declarations"]), st["base"])]
        keys = ("name", "department", "what", "by", "supporter")
        data: list[list[Any]] = [[Paragraph(escape(w[key]), st["head"]) for key in keys]]
        blank = Paragraph(escape(w["not_written"]), st["blank"])
        for row in rows:
            who = row.label
            data.append(
                [
                    self.para(row.label, "cell", "name", who),
                    self.para(row.department, "cell", "department", who),
                    self.para(row.what, "cell", "step_what", who) if row.what else blank,
                    Paragraph(escape(short_day(row.by, self.language)), st["cell"]),
                    self.para(row.supporter, "cell", "step_supporter", who),
                ]
            )
        widths = [29 * mm, 34 * mm, 0.0, 24 * mm, 28 * mm]
        widths[2] = self.width - sum(widths)
        # splitInRow: a very long declaration may run over a page break instead of failing
        table = LongTable(data, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(
            _style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            )
        )
        return [heading, table]

    def notes(self) -> list[Flowable]:
        text = self.record.workshop.notes.strip()
        heading = self.heading("notes")
        if not text:
            return [heading, Paragraph(escape(self.words["no_notes"]), self.styles["blank"])]
        # a paragraph per line: line breaks kept, and a long text wraps in small pieces
        # (ReportLab re-wraps a whole paragraph at every page it splits across)
        story: list[Flowable] = [heading]
        for line in text.replace("\r\n", "\n").split("\n"):
            if line.strip():
                story.append(self.para(line, "base", "notes"))
            else:
                story.append(Spacer(1, self.styles["base"].leading / 2))
        return story


def _estimate_pages(record: WorkshopRecord) -> int:
    return 2 + math.ceil(len(record.people) / _ROWS_PER_PAGE)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def write_summary(
    path: Path, record: WorkshopRecord, *, progress: Progress | None = None
) -> SummaryReport:
    """Write the summary of ``record`` as an A4 PDF at ``path``.

    Returns:
        The report: pages written and the characters no font has (printed as 〓). When
        ``progress`` returned False, ``cancelled`` is set, ``path`` is None and no file was
        left (an older file at ``path`` is kept).

    Raises:
        UserError: The file could not be written.
    """
    register_fonts()
    path = Path(path)
    part = path.with_name(path.name + ".part")
    summary = _Summary(record)
    words = summary.words
    title = summary.check(record.workshop.title, "title")
    made = made_on(record.made_at, summary.language)
    label = words["anonymized"] if record.anonymized else None
    expected = [_estimate_pages(record)]

    def furniture(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_furniture(canvas, title, made, label)

    def page_done(_canvas: Canvas, doc: BaseDocTemplate) -> None:
        expected[0] = max(expected[0], doc.page + 1)
        if progress is not None and not progress(doc.page, expected[0]):
            raise _Cancelled

    document = BaseDocTemplate(
        str(part), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=record.workshop.title,
        author="Ippo", creator="Ippo", initialFontName=GOTHIC, pageCompression=1,
    )  # fmt: skip
    frame = Frame(
        MARGIN_X, MARGIN_BOTTOM, A4[0] - 2 * MARGIN_X, A4[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )  # fmt: skip
    document.addPageTemplates(
        [PageTemplate("page", [frame], onPage=furniture, onPageEnd=page_done)]
    )
    try:
        if progress is not None and not progress(0, expected[0]):
            return SummaryReport(None, 0, (), True)
        story = summary.story()
        document.build(story, canvasmaker=NumberedCanvas)
        pages = document.page
        if progress is not None and not progress(pages, pages):
            _remove(part)
            return SummaryReport(None, pages, summary.check.missing, True)
        os.replace(part, path)
    except _Cancelled:
        _remove(part)
        return SummaryReport(None, document.page, summary.check.missing, True)
    except OSError as error:
        _remove(part)
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The summary %1 could not be written (%2)."),
            _CLOSE_VIEWER,
            path=path,
            args=(path.name, error.strerror or error),
        ) from error
    except BaseException:
        _remove(part)
        raise
    return SummaryReport(path, pages, summary.check.missing, False)


__all__ = ["Progress", "SummaryReport", "write_summary"]

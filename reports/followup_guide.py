"""The manager's guide for the first follow-up 1on1: one A4 page per participant.

The workshop ends with a declaration (次の一歩: what, by when, with whose support); the article
asks that it be followed up in 1on1s where the manager coaches and does not judge. A manager
who was not in the room gets, per team member: what they declared (never their experience
texts, which stay between them and their sheet), the stance the article asks for, the
45-minute flow read from the 1on1 template (so guide and template never disagree), the good
questions with room for notes, and a box for the next actions agreed.

Always exactly one page: texts shrink, then are cut with a visible "…（続きは記録に保存）" and
reported in :attr:`GuideReport.cut`. Someone without a worksheet still gets a page, marked
未記入 so the manager knows to ask.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.template_model import StageTemplate, WorkshopTemplate
from app.workshop_record import WorkshopRecord
from reports.followup_text import (
    FollowupParts,
    good_questions,
    manager_line,
    minutes_text,
    person_content,
)
from reports.fonts import GOTHIC
from reports.one_sheet import SheetContent, new_canvas, save_canvas
from reports.sheet_layout import (
    ACCENT,
    FAINT,
    FRAME,
    GAP,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PRIMARY,
    RULE,
    TINT,
    WHITE,
    Rect,
    badge,
    format_date,
    pill,
    stage_frame,
    writing_lines,
)
from reports.sheet_parts import CELL_KEEP
from reports.sheet_text import ASCENT, Fitted, MissingChar, Styled, Typesetter

Progress = Callable[[int, int], bool]

HEADER = 19 * mm
DECLARATION = 92 * mm
STANCE = 19 * mm
ACTIONS = 30 * mm
FOOTER = 6 * mm
#: The flow table's columns: minutes, stage title (the rest: what the manager does).
MINUTES_W, TITLE_W = 13 * mm, 46 * mm


@dataclass(frozen=True)
class GuideReport:
    """What was written and what did not print as written.

    ``cut`` pairs a person's label with the fields cut short on their page; ``path`` is None
    (and ``cancelled`` set) when ``progress`` cancelled: then no file was left.
    """

    path: Path | None
    pages: int
    cut: tuple[tuple[str, tuple[str, ...]], ...]
    missing: tuple[MissingChar, ...]
    cancelled: bool = False


class Cancelled(Exception):
    """Raised inside :func:`pdf_in_place` when the user cancels: the part file goes."""


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


@contextlib.contextmanager
def pdf_in_place(path: Path, title: str) -> Iterator[Canvas]:
    """A canvas drawing into ``<path>.part``, moved onto ``path`` only when complete, so a
    cancelled or failed run never leaves half a PDF (nor destroys the previous one)."""
    part = path.with_name(path.name + ".part")
    try:
        canvas = new_canvas(part, title)
        yield canvas
        save_canvas(canvas)
        os.replace(part, path)
    except OSError as error:
        _remove(part)
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The PDF %1 could not be written (%2)."),
            QT_TRANSLATE_NOOP("Core", "Check that the folder exists and is writable, and close the file if a PDF viewer has it open."),  # noqa: E501
            path=path,
            args=(path.name, error.strerror or error),
        ) from error  # fmt: skip
    except BaseException:
        _remove(part)
        raise


class _Guide(FollowupParts):
    """One guide page: the sections top to bottom."""

    def __init__(
        self, canvas: Canvas, content: SheetContent, ts: Typesetter, template: WorkshopTemplate
    ) -> None:
        super().__init__(canvas, content, ts)
        self.template = template
        self.lang = content.language
        self.rows: list[tuple[StageTemplate, Fitted, Fitted, float]] = []

    def page(self, paper: tuple[float, float], number: int, pages: int) -> None:
        width, height = paper
        body = Rect(
            MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM
        )
        header, declaration, stance, flow, questions, actions, footer = body.rows(
            [HEADER, DECLARATION, STANCE, self.measure_flow(body.w), None, ACTIONS, FOOTER], GAP
        )
        self.header(header)
        self.declaration(declaration)
        self.stance(stance)
        self.flow(flow)
        self.questions(questions)
        self.actions(actions)
        self.footer(footer, number, pages)

    def header(self, box: Rect) -> None:
        words, content = self.words, self.content
        left, right = box.columns([0.55, 0.45], 6 * mm)
        self.label(words["kicker"], left.x, box.top - 8, size=8.5, color=PRIMARY, bold=True)
        person = content.person
        department = person.department if person else ""
        self.line_at("department", department, left.x, box.y + 10.5 * mm, left.w, 9)
        self.line_at("name", content.display_name, left.x, box.y + 2.4 * mm, left.w, 18,
                     bold=True)  # fmt: skip
        self.line_at("workshop", content.workshop, right.x, box.top - 9, right.w, 10)
        label_w = 27 * mm if self.lang != "en" else 25 * mm
        held = format_date(content.date, self.lang)
        checkin = format_date(self.ws.checkin_date, self.lang)
        for baseline, key, text, size in (
            (box.y + 8.2 * mm, "held", held, 8.5),
            (box.y + 2.4 * mm, "checkin_at", checkin, 11.0),
        ):
            self.label(words[key], right.x, baseline, size=7.5, color=MUTED)
            shown = text or words["date_blank"]
            self.label(shown, right.x + label_w, baseline, size=size, color=INK if text else FAINT,
                       bold=key == "checkin_at" and bool(text))  # fmt: skip
        self.rule(right.x, right.right, box.y + 6.6 * mm, RULE, 0.4)
        self.rule(box.x, box.right, box.y - 1.4 * mm, PRIMARY, 1.3)

    def declaration(self, box: Rect) -> None:
        words, ws = self.words, self.ws
        band, body = stage_frame(self.canvas, box, prominent=True)
        middle = band.y + band.h / 2
        self.label(words["declaration"], band.x, middle - 4, size=11.5, color=INK, bold=True)
        hint_x = band.x + self.ts.width(self.ts.prepare(words["declaration"], ""), 11.5) + 3 * mm
        if hint_x + self.ts.width(self.ts.prepare(words["declaration_hint"], ""), 7.5) < band.right:
            self.label(words["declaration_hint"], hint_x, middle - 2.7, size=7.5, color=MUTED)
        step, facts, details, identity = body.rows([None, 11 * mm, 33 * mm, 8.5 * mm], 1.6 * mm)
        inner = self.heading(words["step_what"], step)
        inner = Rect(inner.x + 2 * mm, inner.y, inner.w - 2 * mm, inner.h)
        if ws.step_what.strip():
            fitted = self.fit("step_what", ws.step_what, inner, 15, floor=8, leading=1.4)
            top = inner.top - max(inner.h - fitted.height, 0) / 2
            self.draw(fitted, inner.x, top, INK, bold=True)
        elif not self.written:
            self.text("", words["no_sheet"], inner, 10.5, write=False)
        else:
            self.blank(inner, 10.5)
        self.rule(facts.x, facts.right, facts.top + 0.8 * mm, ACCENT, 0.5)
        by, supporter = facts.columns([1.0, 1.6], 5 * mm)
        self.date_or_blank(ws.step_by, self.heading(words["step_by"], by))
        self.value("step_supporter", ws.step_supporter, self.heading(words["step_supporter"],
                   supporter), 11, max_lines=2, leading=1.2, bold=True)  # fmt: skip
        self.rule(details.x, details.right, details.top + 0.8 * mm, RULE, 0.4)
        target, lists = details.columns([1.15, 1.0], 5 * mm)
        self.horizon(target)
        self.value("target_state", ws.target_state, self.heading(words["target_state"], target),
                   9.5, leading=1.35)  # fmt: skip
        self.lists(lists)
        self.rule(identity.x, identity.right, identity.top + 0.8 * mm, RULE, 0.4)
        label_w = 30 * mm if self.lang == "en" else 27 * mm
        area = Rect(identity.x + label_w, identity.y, identity.w - label_w, identity.h)
        baseline = self.value("identity", ws.identity, area, 10, max_lines=2, leading=1.3)
        self.label(words["identity"], identity.x, baseline, size=7.5, color=MUTED)

    def lists(self, area: Rect) -> None:
        """Strengths, values and learning themes, each labelled on its left: the themes get
        the lines they need (three themes print whole), the two lists share the rest."""
        ws, words = self.ws, self.words
        label_w = 15 * mm
        width = area.w - label_w
        themes = self.ts.prepare(words["list_sep"].join(ws.themes), "", single_line=True,
                                 keep=CELL_KEEP)  # fmt: skip
        need = self.ts.height(themes, width, 8, 1.35) + 1 if ws.themes else 0
        rows = area.rows([None, None, min(max(need, 8.5 * mm), 15 * mm)], 1.2 * mm)
        for row, field in zip(rows, ("strengths", "values", "themes"), strict=True):
            inner = Rect(row.x + label_w, row.y, width, row.h)
            baseline = self.phrases(field, list(getattr(ws, field)), inner, 9)
            self.label(words[f"short_{field}"], row.x, baseline, size=7.5, color=MUTED)

    def date_or_blank(self, day: dt.date | None, area: Rect) -> None:
        text = format_date(day, self.lang)
        if text:
            self.text("", text, area, 11, max_lines=1, bold=True, pad=0.2)
        else:
            self.blank(area)

    def horizon(self, area: Rect) -> None:
        """The chosen horizon (半年後 / 1年後 / 3年後) as a tag after the heading."""
        if self.ws.horizon not in ("6m", "1y", "3y"):
            return
        text = self.words[self.ws.horizon]
        heading = self.ts.width(self.ts.prepare(self.words["target_state"], ""), 7.5)
        width = self.ts.width(self.ts.prepare(text, ""), 6.5) + 3 * mm
        box = Rect(area.x + heading + 2 * mm, area.top - 3.4 * mm, width, 3.4 * mm)
        pill(self.canvas, box, PRIMARY)
        self.label(text, box.x + 1.5 * mm, box.y + 1.0 * mm, size=6.5, color=WHITE)

    def stance(self, box: Rect) -> None:
        words = self.words
        pill(self.canvas, box, TINT, radius=2.2 * mm)
        inner = box.inset(3 * mm, 2 * mm)
        title, items = inner.columns([0.2, 0.8], 3 * mm)
        self.label(words["stance"], title.x, title.top - 10, size=10.5, color=INK, bold=True)
        self.label(words["stance_sub"], title.x, title.top - 21, size=8, color=ACCENT)
        cells = [cell for row in items.rows([None, None], 1 * mm) for cell in
                 row.columns([1.0, 1.0], 4 * mm)]  # fmt: skip
        for index, cell in enumerate(cells):
            self.canvas.setFillColor(PRIMARY)
            self.canvas.circle(cell.x + 1 * mm, cell.top - 4.2, 0.9 * mm, stroke=0, fill=1)
            text = Rect(cell.x + 3 * mm, cell.y, cell.w - 3 * mm, cell.h)
            self.text("", words[f"stance{index + 1}"], text, 8.5, write=False, max_lines=2,
                      leading=1.25, marker=Styled("…"))  # fmt: skip

    def measure_flow(self, width: float) -> float:
        """Lay out the flow's rows (template titles and one line for the manager each);
        returns the table's height."""
        line_w = width - MINUTES_W - TITLE_W
        self.rows = []
        for stage in self.template.stages:
            title = self.template_text(stage.text("title", self.lang), TITLE_W - 2 * mm, 9, 2)
            line = self.template_text(manager_line(stage, self.lang), line_w, 8.5, 2)
            height = max(title.height, line.height) + 2.4 * mm
            self.rows.append((stage, title, line, height))
        return 10 * mm + sum(row[3] for row in self.rows)

    def flow(self, box: Rect) -> None:
        words = self.words
        heading = words["flow"].format(minutes=self.template.minutes)
        self.label(heading, box.x, box.top - 10, size=10.5, color=INK, bold=True)
        self.time_bar(Rect(box.right - 70 * mm, box.top - 4.6 * mm, 70 * mm, 2.6 * mm))
        top = box.top - 6.5 * mm
        self.label(words["col_stage"], box.x + MINUTES_W, top - 7, size=7, color=MUTED)
        self.label(words["col_manager"], box.x + MINUTES_W + TITLE_W, top - 7, size=7,
                   color=MUTED)  # fmt: skip
        top -= 3.5 * mm
        self.rule(box.x, box.right, top, FAINT, 0.6)
        for stage, title, line, height in self.rows:
            minutes = minutes_text(stage.planned_seconds, self.lang)
            self.canvas.setFont(GOTHIC, 9)
            self.canvas.setFillColor(PRIMARY)
            baseline = top - 1.2 * mm - (title.leading - title.size) / 2 - ASCENT * title.size
            self.canvas.drawRightString(box.x + MINUTES_W - 3 * mm, baseline, minutes)
            self.draw(title, box.x + MINUTES_W, top - 1.2 * mm, INK, bold=True)
            self.draw(line, box.x + MINUTES_W + TITLE_W, top - 1.2 * mm, INK)
            top -= height
            self.rule(box.x, box.right, top, RULE, 0.35)

    def time_bar(self, area: Rect) -> None:
        """The stages as shares of the meeting's length, so the 15-minute parts stand out."""
        total = self.template.total_seconds or 1
        x = area.x
        shades = (PRIMARY, ACCENT)
        for index, stage in enumerate(self.template.stages):
            width = area.w * stage.planned_seconds / total
            self.canvas.setFillColor(shades[index % 2])
            self.canvas.rect(x, area.y, max(width - 0.6, 0.3), area.h, stroke=0, fill=1)
            x += width

    def questions(self, box: Rect) -> None:
        words = self.words
        self.label(words["questions"], box.x, box.top - 10, size=10.5, color=INK, bold=True)
        area = Rect(box.x, box.y, box.w, box.h - 6 * mm)
        questions = good_questions(self.lang)
        half = (len(questions) + 1) // 2
        columns = area.columns([1.0, 1.0], 6 * mm)
        cells = [cell for column in columns for cell in column.rows([None] * half, 1.5 * mm)]
        for number, (cell, question) in enumerate(zip(cells, questions, strict=False), start=1):
            badge(self.canvas, cell.x + 2 * mm, cell.top - 2.3 * mm, 1.9 * mm, str(number),
                  PRIMARY, GOTHIC, 6.5)  # fmt: skip
            text = Rect(cell.x + 5 * mm, cell.y, cell.w - 5 * mm, cell.h)
            fitted = self.fit("", question, Rect(text.x, 0, text.w, 9 * 1.3 * 3), 9,
                              floor=7.5, leading=1.3, max_lines=3, marker=Styled("…"))  # fmt: skip
            self.draw(fitted, text.x, text.top, INK)
            notes = Rect(text.x, text.y, text.w, text.h - fitted.height - 0.5 * mm)
            if notes.h >= 4 * mm:  # room to note the answer
                writing_lines(self.canvas, notes, 6.5 * mm)

    def actions(self, box: Rect) -> None:
        words = self.words
        self.canvas.saveState()
        self.canvas.setStrokeColor(FRAME)
        self.canvas.setLineWidth(0.8)
        self.canvas.roundRect(box.x, box.y, box.w, box.h, 2.2 * mm, stroke=1, fill=0)
        self.canvas.restoreState()
        inner = box.inset(3 * mm, 2 * mm)
        self.label(words["actions"], inner.x, inner.top - 9, size=10, color=INK, bold=True)
        self.canvas.setFont(GOTHIC, 8)
        self.canvas.setFillColor(MUTED)
        self.canvas.drawRightString(inner.right, inner.top - 9, words["next_meeting"])
        table = Rect(inner.x, inner.y, inner.w, inner.h - 5.5 * mm)
        cols = table.columns([0.9, 1.0, 3.6], 0)
        for cell, key in zip(cols, ("act_who", "act_by", "act_what"), strict=True):
            self.label(words[key], cell.x + 1.5 * mm, table.top - 7, size=7, color=MUTED)
        rows_top = table.top - 3.6 * mm
        count = 3
        pitch = (rows_top - table.y) / count
        for index in range(count + 1):
            y = rows_top - index * pitch
            self.rule(table.x, table.right, y, RULE if index else FAINT, 0.5 if index else 0.6)
        for cell in cols[1:]:
            self.canvas.line(cell.x, table.y, cell.x, rows_top)  # stroke set by the last rule

    def footer(self, box: Rect, number: int, pages: int) -> None:
        self.rule(box.x, box.right, box.top, RULE, 0.5)
        baseline = box.y + 1.6 * mm
        self.label(self.words["confidential"], box.x, baseline, size=7, color=MUTED)
        self.canvas.setFont(GOTHIC, 8)
        self.canvas.setFillColor(MUTED)
        self.canvas.drawCentredString(box.x + box.w / 2, baseline, f"{number} / {pages}")
        self.mark(box.right, baseline)


def write_guides(
    path: Path,
    record: WorkshopRecord,
    oneonone: WorkshopTemplate,
    *,
    progress: Progress | None = None,
) -> GuideReport:
    """Write one guide page per person of ``record``, in record order, into one PDF.

    Args:
        path: The PDF to write (replaced only when complete).
        record: The workshop (anonymised or not: the guide prints what the record holds).
        oneonone: The 1on1 template whose flow the guide shows (built in: "oneonone-45");
            its texts are taken in the workshop's language.
        progress: Called as ``progress(done, total)`` before the first page and after each;
            returning False cancels and leaves no file.
    """
    if not record.people:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "There is nobody to print a guide for."),
            QT_TRANSLATE_NOOP("Core", "Add participants to the workshop first."),
        )
    path = Path(path)
    total = len(record.people)
    cut: list[tuple[str, tuple[str, ...]]] = []
    missing: list[MissingChar] = []
    try:
        with pdf_in_place(path, f"{record.workshop.title} 1on1") as canvas:
            if progress is not None and not progress(0, total):
                raise Cancelled
            for number, person in enumerate(record.people, start=1):
                typesetter = Typesetter(person.label)
                guide = _Guide(canvas, person_content(record, person), typesetter, oneonone)
                canvas.setPageSize(A4)
                guide.page(A4, number, total)
                canvas.showPage()
                fields = tuple(dict.fromkeys(guide.cut))
                if fields:
                    cut.append((person.label, fields))
                missing.extend(typesetter.missing.values())
                if progress is not None and not progress(number, total):
                    raise Cancelled
    except Cancelled:
        return GuideReport(None, 0, tuple(cut), tuple(missing), cancelled=True)
    return GuideReport(path, total, tuple(cut), tuple(missing))

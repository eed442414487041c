"""Check-in slips: a small card per participant, eight to an A4 page, to cut out and hand on.

The facilitator gives each manager (or keeps) a slip with the step the person declared, by when,
who supports it and when the first check-in 1on1 is, and two boxes to tick — 1on1 held (on
which day) and next step updated — so the follow-up the article asks for can be checked off
and collected. People come in record order; someone without a worksheet gets a slip with
blanks to fill in by hand. A declaration too long for the slip is cut visibly and reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.workshop_record import WorkshopRecord
from reports.followup_guide import Cancelled, Progress, pdf_in_place
from reports.followup_text import FollowupParts, person_content
from reports.fonts import GOTHIC
from reports.sheet_layout import (
    FAINT,
    INK,
    MUTED,
    PRIMARY,
    RULE,
    Rect,
    checkbox,
    format_date,
    writing_lines,
)
from reports.sheet_parts import CELL_KEEP
from reports.sheet_text import ASCENT, MissingChar, Styled, Typesetter

COLUMNS, ROWS = 2, 4
PER_PAGE = COLUMNS * ROWS
MARGIN = 8 * mm
#: The padding inside a slip, from its cut lines.
INSET_X, INSET_Y = 5 * mm, 4.5 * mm
CUT_LINE = (3.0, 2.0)


@dataclass(frozen=True)
class SlipsReport:
    """What was written and what did not print as written.

    ``cut`` pairs a person's label with the fields cut short on their slip; ``path`` is None
    (and ``cancelled`` set) when ``progress`` cancelled: then no file was left.
    """

    path: Path | None
    pages: int
    slips: int
    cut: tuple[tuple[str, tuple[str, ...]], ...]
    missing: tuple[MissingChar, ...]
    cancelled: bool = False


def slip_boxes(paper: tuple[float, float] = A4) -> list[Rect]:
    """The eight slips of a page, left to right, top to bottom, edge to edge (no gutter:
    one cut between two slips)."""
    width, height = paper
    slip_w = (width - 2 * MARGIN) / COLUMNS
    slip_h = (height - 2 * MARGIN) / ROWS
    return [
        Rect(MARGIN + column * slip_w, height - MARGIN - (row + 1) * slip_h, slip_w, slip_h)
        for row in range(ROWS)
        for column in range(COLUMNS)
    ]


def cut_lines(canvas: Canvas, boxes: list[Rect], paper: tuple[float, float] = A4) -> None:
    """Dashed lines along every edge of the slips used, running to the paper's edges so a
    trimmer or scissors can follow them."""
    width, _ = paper
    top = max(box.top for box in boxes)
    bottom = min(box.y for box in boxes)
    canvas.saveState()
    canvas.setStrokeColor(FAINT)
    canvas.setLineWidth(0.5)
    canvas.setDash(list(CUT_LINE))
    for y in sorted({round(v, 3) for box in boxes for v in (box.y, box.top)}):
        canvas.line(0, y, width, y)
    for x in sorted({round(v, 3) for box in boxes for v in (box.x, box.right)}):
        canvas.line(x, bottom - MARGIN, x, top + MARGIN)
    canvas.restoreState()


class _Slip(FollowupParts):
    """One slip's contents inside its cut lines."""

    def slip(self, box: Rect) -> None:
        words, ws, lang = self.words, self.ws, self.content.language
        inner = box.inset(INSET_X, INSET_Y)
        top, name, step, facts, ticks = inner.rows(
            [3.2 * mm, 7 * mm, None, 14 * mm, 9.5 * mm], 1.4 * mm
        )
        self.label(words["slip_kicker"], top.x, top.y + 0.6 * mm, size=7, color=PRIMARY, bold=True)
        kicker_w = self.ts.width(self.ts.prepare(words["slip_kicker"], ""), 7) + 3 * mm
        when = format_date(self.content.date, lang)
        title = f"{self.content.workshop}　{when}".strip("　")
        self.line_at("workshop", title, top.x + kicker_w, top.y + 0.6 * mm, top.w - kicker_w, 7)
        left, right = name.columns([0.62, 0.38], 3 * mm)
        self.line_at("name", self.content.display_name, left.x, left.y + 1.2 * mm, left.w, 13,
                     bold=True)  # fmt: skip
        person = self.content.person
        department = person.department if person else ""
        self.line_at("department", department, right.x, right.y + 1.4 * mm, right.w, 8)
        self.rule(inner.x, inner.right, name.y - 0.5 * mm, PRIMARY, 0.8)
        area = self.heading(words["slip_step"], step)
        if ws.step_what.strip():
            self.text("step_what", ws.step_what, area, 10.5, leading=1.35, bold=True)
        else:
            room = Rect(area.x, area.y + 2.5 * mm, area.w, area.h - 2.5 * mm)
            writing_lines(self.canvas, room, 6.5 * mm)  # the last line clear of the rule below
        self.facts(facts)
        self.ticks(ticks)

    def facts(self, area: Rect) -> None:
        words, ws, lang = self.words, self.ws, self.content.language
        label_w = 24 * mm
        rows = area.rows([None, None, None], 0)
        self.rule(area.x, area.right, area.top + 0.7 * mm, RULE, 0.4)
        for row, key, value in (
            (rows[0], "step_by", format_date(ws.step_by, lang)),
            (rows[1], "step_supporter", ws.step_supporter),
            (rows[2], "slip_checkin", format_date(ws.checkin_date, lang)),
        ):
            baseline = row.y + 1.3 * mm
            self.label(words[key], row.x, baseline, size=7, color=MUTED)
            x, width = row.x + label_w, row.w - label_w
            if value.strip():
                field = "step_supporter" if key == "step_supporter" else ""
                fitted = self.fit(field, value, Rect(x, 0, width, 11), 8.5, floor=7, max_lines=1,
                                  leading=1.25, pad=0.3, marker=Styled("…"), single_line=True,
                                  keep=CELL_KEEP)  # fmt: skip
                top = baseline + (fitted.leading - fitted.size) / 2 + ASCENT * fitted.size
                self.draw(fitted, x, top, INK, bold=key == "slip_checkin")
                continue
            if key != "step_supporter":
                self.label(words["date_blank"], x, baseline, size=8, color=FAINT)
            if key == "step_supporter" or lang != "en":  # English blanks are underscores
                self.rule(x, row.right, baseline - 1.0, RULE, 0.5)

    def ticks(self, area: Rect) -> None:
        side = 3.1 * mm
        for row, key in zip(area.rows([None, None], 0), ("tick_held", "tick_updated"), strict=True):
            checkbox(self.canvas, row.x, row.y + 0.9 * mm, side)
            self.label(
                self.words[key], row.x + side + 2 * mm, row.y + 1.4 * mm, size=8.5, color=INK
            )


def _page_footer(canvas: Canvas, number: int, pages: int, paper: tuple[float, float]) -> None:
    canvas.setFont(GOTHIC, 6.5)
    canvas.setFillColor(FAINT)
    canvas.drawRightString(paper[0] - MARGIN, MARGIN * 0.4, f"{number} / {pages}  Ippo")


def write_slips(
    path: Path, record: WorkshopRecord, *, progress: Progress | None = None
) -> SlipsReport:
    """Write the check-in slips of ``record``'s people, eight to an A4 page, in record order.

    Args:
        path: The PDF to write (replaced only when complete).
        record: The workshop (anonymised or not: the slips print what the record holds).
        progress: Called as ``progress(done, total)`` before the first slip and after each;
            returning False cancels and leaves no file.
    """
    people = record.people
    if not people:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "There is nobody to print a check-in slip for."),
            QT_TRANSLATE_NOOP("Core", "Add participants to the workshop first."),
        )
    path = Path(path)
    total = len(people)
    pages = -(-total // PER_PAGE)
    boxes = slip_boxes(A4)
    cut: list[tuple[str, tuple[str, ...]]] = []
    missing: list[MissingChar] = []
    try:
        with pdf_in_place(path, f"{record.workshop.title} check-in") as canvas:
            if progress is not None and not progress(0, total):
                raise Cancelled
            for page in range(pages):
                chunk = people[page * PER_PAGE : (page + 1) * PER_PAGE]
                canvas.setPageSize(A4)
                cut_lines(canvas, boxes[: len(chunk)])
                for offset, (box, person) in enumerate(zip(boxes, chunk, strict=False)):
                    typesetter = Typesetter(person.label)
                    slip = _Slip(canvas, person_content(record, person), typesetter)
                    slip.slip(box)
                    fields = tuple(dict.fromkeys(slip.cut))
                    if fields:
                        cut.append((person.label, fields))
                    missing.extend(typesetter.missing.values())
                    done = page * PER_PAGE + offset + 1
                    if progress is not None and not progress(done, total):
                        raise Cancelled
                _page_footer(canvas, page + 1, pages, A4)
                canvas.showPage()
    except Cancelled:
        return SlipsReport(None, 0, 0, tuple(cut), tuple(missing), cancelled=True)
    return SlipsReport(path, pages, total, tuple(cut), tuple(missing))

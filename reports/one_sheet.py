"""The one-sheet: a participant's four-stage worksheet on exactly one A4 page.

Header (workshop, date, name, department), the four stages — 1 experiences as a compact table
beside a motivation graph, 2 strengths and values as chips with Must / Relation / Identity,
3 the target state with its horizon and up to three learning themes, 4 the declaration of the
next step, the most prominent box — and a footer with the check-in date.

Every box measures its text and shrinks it to a 7 pt floor; past that the text is cut at a
sentence or clause with a visible "…（続きは記録に保存）" and the field is named in
:attr:`SheetReport.cut_fields`. An empty field gets ruled lines for handwriting, so a blank
sheet is the same form with nothing filled in. Characters no font has are printed as 〓 and
reported (see :mod:`reports.sheet_text`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.models import WorksheetRow
from reports.fonts import GOTHIC, MINCHO, register_fonts
from reports.sheet_layout import (
    ACCENT,
    FAINT,
    INK,
    MAX_GROW,
    MUTED,
    PRIMARY,
    RULE,
    WHITE,
    Rect,
    badge,
    body_height,
    checkbox,
    energy_chart,
    format_date,
    pill,
    plan,
    stage_frame,
    writing_lines,
)
from reports.sheet_parts import SheetParts
from reports.sheet_text import MissingChar, Styled, Typesetter

__all__ = [
    "MissingChar",
    "SheetContent",
    "SheetPerson",
    "SheetReport",
    "draw_sheet",
    "write_sheet",
]


@dataclass(frozen=True)
class SheetPerson:
    """Who the sheet is for, as printed."""

    id: uuid.UUID | None
    name: str
    print_name: str
    department: str

    @property
    def display_name(self) -> str:
        """The print name when the facilitator set one, else the name exactly as stored."""
        return self.print_name or self.name


@dataclass(frozen=True)
class SheetContent:
    """One sheet: ``person`` None is a nameless blank, ``worksheet`` None an empty form."""

    workshop: str
    date: dt.date | None
    person: SheetPerson | None
    worksheet: WorksheetRow | None
    language: str = "ja"

    @property
    def display_name(self) -> str:
        return self.person.display_name if self.person else ""


@dataclass(frozen=True)
class SheetReport:
    """What did not print as written: fields cut short, characters no font has."""

    cut_fields: tuple[str, ...]
    missing: tuple[MissingChar, ...]


def _empty_worksheet() -> WorksheetRow:
    return WorksheetRow(participant_id=uuid.UUID(int=0), workshop_id=uuid.UUID(int=0))


class _Sheet(SheetParts):
    """Draws one sheet's sections; the shared text helpers live in :class:`SheetParts`."""

    def header(self, box: Rect) -> None:
        content, words = self.content, self.words
        left, right = box.columns([0.57, 0.43], 6 * mm)
        self.label(words["kicker"], left.x, box.top - 7.5, size=7.5, color=PRIMARY)
        title = Rect(left.x, left.y + 5.2 * mm, left.w, left.h - 8.5 * mm)
        self.text(
            "workshop",
            content.workshop,
            title,
            14,
            floor=9,
            face=MINCHO,
            max_lines=2,
            marker=Styled("…", base=MINCHO),
            leading=1.25,
            write=False,
        )
        when = format_date(content.date, content.language)
        self.label(when, left.x, left.y + 1.2 * mm, size=8.5, color=MUTED)
        person = content.person
        department, name = right.rows([6.2 * mm, None], 1.2 * mm)
        label_w = max(
            self.ts.width(self.ts.prepare(words[k], ""), 7.5) for k in ("department", "name")
        )
        value_x = right.x + max(14 * mm, label_w + 4 * mm)
        value_w = right.right - value_x
        for row, key, text, size in (
            (department, "department", person.department if person else "", 9.0),
            (name, "name", content.display_name, 17.0),
        ):
            baseline = row.y + 2.2
            self.label(words[key], row.x, baseline, size=7.5, color=MUTED)
            self.line_at(key, text, value_x, baseline, value_w, size, bold=key == "name")
        self.rule(right.x, right.right, right.y + 0.4, RULE, 0.6)
        self.rule(right.x, right.right, department.y + 0.4, RULE, 0.4)
        self.rule(box.x, box.right, box.y - 1.4 * mm, PRIMARY, 1.3)

    def stage_title(self, band: Rect, number: int, title: str, hint: str, prominent: bool) -> None:
        color = ACCENT if prominent else PRIMARY
        middle = band.y + band.h / 2
        badge(self.canvas, band.x + 2.2 * mm, middle, 2.2 * mm, str(number), color, GOTHIC, 8.5)
        size = 11.5 if prominent else 10.5
        x = band.x + 5.6 * mm
        self.label(title, x, middle - size * 0.36, size=size, color=INK, bold=True)
        hint_x = x + self.ts.width(self.ts.prepare(title, ""), size) + 3 * mm
        if hint_x + self.ts.width(self.ts.prepare(hint, ""), 7.5) <= band.right:
            self.label(hint, hint_x, middle - 7.5 * 0.36, size=7.5, color=MUTED)

    def stage1(self, box: Rect) -> None:
        band, body = stage_frame(self.canvas, box)
        words = self.words
        self.stage_title(band, 1, words["stage1"], words["hint1"], False)
        table, chart = body.columns([0.6, 0.4], 5 * mm)
        self.experience_table(table)
        energies = [self.energy(item) for item in self.ws.experiences]
        energy_chart(self.canvas, chart, energies, GOTHIC, words)

    def stage2(self, box: Rect) -> None:
        band, body = stage_frame(self.canvas, box)
        words, ws = self.words, self.ws
        self.stage_title(band, 2, words["stage2"], words["hint2"], False)
        chips, texts, identity = body.rows([self.chips_share(body), None, 9.5 * mm], 2.2 * mm)
        for area, field, tint_key in zip(
            chips.columns([1, 1], 5 * mm), ("strengths", "values"), ("can", "will"), strict=True
        ):
            inner = self.heading(words[field], area)
            self.chips(field, list(getattr(ws, field)), inner, tint_key)
        for area, field in zip(
            texts.columns([1, 1], 5 * mm), ("expectations", "partner_noticed"), strict=True
        ):
            self.field(field, words[field], area, getattr(ws, field), 9.5)
        label_w = 30 * mm if self.content.language == "en" else 27 * mm
        self.rule(identity.x, identity.right, identity.top + 1.1 * mm, RULE, 0.4)
        area = Rect(identity.x + label_w, identity.y, identity.w - label_w, identity.h)
        baseline = self.text("identity", ws.identity, area, 10)
        self.label(
            words["identity"],
            identity.x,
            baseline or identity.top - 4.2 * mm,
            size=7.5,
            color=MUTED,
        )

    def chips_share(self, body: Rect) -> float:
        """How much of stage 2 the chips get: 23 mm, or more when they need it and the texts
        under them leave room (the two split the height in proportion to need otherwise)."""
        room = body.h - 9.5 * mm - 2 * 2.2 * mm
        column = (body.w - 5 * mm) / 2
        heading, empty = 3.6 * mm, 2 * 7.5 * mm
        chips = heading + max(
            self.chips_height(list(getattr(self.ws, field)), column, 8.0) or empty
            for field in ("strengths", "values")
        )
        texts = heading + max(
            self.ts.height(self.ts.prepare(getattr(self.ws, field), "", keep=2000), column, 8.0)
            or empty
            for field in ("expectations", "partner_noticed")
        )
        if chips + texts <= room:
            return min(max(23 * mm, chips), room - texts)
        share = room * chips / (chips + texts)
        return min(max(share, 16 * mm), room - 16 * mm)

    def stage3(self, box: Rect) -> None:
        band, body = stage_frame(self.canvas, box)
        words, ws = self.words, self.ws
        title = words["stage3"] + (words["tentative"] if ws.tentative else "")
        self.stage_title(band, 3, title, words["hint3"], False)
        target, themes = body.columns([0.58, 0.42], 5 * mm)
        inner = self.heading(words["target_state"], target)
        self.horizon(target)
        self.text("target_state", ws.target_state, inner, 10)
        self.themes(self.heading(words["themes"], themes))

    def stage4(self, box: Rect) -> None:
        band, body = stage_frame(self.canvas, box, prominent=True)
        words, ws = self.words, self.ws
        self.stage_title(band, 4, words["stage4"], words["hint4"], True)
        what, facts = body.rows([None, 15.5 * mm], 1.5 * mm)
        inner = self.heading(words["step_what"], what)
        inner = Rect(inner.x + 2 * mm, inner.y, inner.w - 2 * mm, inner.h)
        if ws.step_what.strip():
            fitted = self.fit("step_what", ws.step_what, inner, 16, leading=1.4)
            top = inner.top - max(inner.h - fitted.height, 0) / 2  # centred in its box
            self.draw(fitted, inner.x, top, INK, bold=True)
        else:
            writing_lines(self.canvas, inner, 9 * mm)
        self.rule(facts.x, facts.right, facts.top + 0.6 * mm, ACCENT, 0.5)
        cells = facts.columns([0.9, 1.3, 1.0], 0)
        for index, cell in enumerate(cells):
            if index:
                self.canvas.setStrokeColor(RULE)
                self.canvas.setLineWidth(0.5)
                self.canvas.line(cell.x, cell.y + 1 * mm, cell.x, cell.top - 1 * mm)
            cells[index] = Rect(
                cell.x + (2.5 * mm if index else 2 * mm), cell.y, cell.w - 4 * mm, cell.h
            )
        by, supporter, checkin = (
            self.heading(words[key], cell)
            for key, cell in zip(("step_by", "step_supporter", "checkin"), cells, strict=True)
        )
        self.date_value(ws.step_by, by)
        self.text(
            "step_supporter", ws.step_supporter, supporter, 11, max_lines=3, leading=1.3, bold=True
        )
        self.date_value(ws.checkin_date, checkin)

    def footer(self, box: Rect) -> None:
        words, ws = self.words, self.ws
        self.rule(box.x, box.right, box.top, RULE, 0.5)
        baseline = box.y + 1.6 * mm
        when = format_date(ws.checkin_date, self.content.language)
        blank = "　　年　　月　　日" if self.content.language != "en" else "____ / ____ / ______"
        caption = words["footer_checkin"] + ("：" if self.content.language != "en" else ": ")
        self.label(caption, box.x, baseline, size=8, color=MUTED)
        offset = self.ts.width(self.ts.prepare(caption, ""), 8)
        self.label(when or blank, box.x + offset, baseline, size=8, color=INK if when else FAINT)
        self.mark(box.right, baseline)

    def horizon(self, area: Rect) -> None:
        """半年後 / 1年後 / 3年後: the chosen one as a tag, or three boxes to tick by hand."""
        words, chosen = self.words, self.ws.horizon
        size = 7.5
        if chosen in ("6m", "1y", "3y"):
            text = words[chosen]
            width = self.ts.width(self.ts.prepare(text, ""), size) + 4 * mm
            box = Rect(area.right - width, area.top - 4.1 * mm, width, 4.1 * mm)
            pill(self.canvas, box, PRIMARY)
            self.label(text, box.x + 2 * mm, box.y + 1.25 * mm, size=size, color=WHITE)
            return
        x = area.right
        for key in ("3y", "1y", "6m"):
            width = self.ts.width(self.ts.prepare(words[key], ""), size)
            x -= width
            self.label(words[key], x, area.top - 7.3, size=size, color=MUTED)
            x -= 3.2 * mm
            checkbox(self.canvas, x, area.top - 7.6, 2.6 * mm)
            x -= 3 * mm

    def themes(self, area: Rect) -> None:
        """Up to three numbered learning themes (a row each; ruled when empty)."""
        themes = list(self.ws.themes)
        if len(themes) > 3:
            self.cut.append("themes")
        rows = area.rows([None, None, None], 1.2 * mm)
        for index, row in enumerate(rows):
            badge(
                self.canvas,
                row.x + 2 * mm,
                row.top - 2.4 * mm,
                1.9 * mm,
                str(index + 1),
                PRIMARY,
                GOTHIC,
                6.5,
            )
            inner = Rect(row.x + 5.5 * mm, row.y, row.w - 5.5 * mm, row.h)
            if index < len(themes):
                self.text(
                    "themes",
                    themes[index],
                    inner,
                    9.5,
                    max_lines=2,
                    single_line=True,
                    leading=1.3,
                    marker=Styled("…"),
                )
            else:
                self.rule(inner.x, inner.right, row.y + 1.5, RULE, 0.5)

    def date_value(self, day: dt.date | None, area: Rect) -> None:
        text = format_date(day, self.content.language)
        if text:
            self.text("", text, area, 11, max_lines=1, bold=True, pad=0.2)
            return
        self.rule(area.x, area.right, area.y + 1.5, RULE, 0.5)
        if self.content.language != "en":
            self.label("　　　年　　月　　日", area.x, area.y + 3, size=9, color=FAINT)


def draw_sheet(
    canvas: Canvas,
    content: SheetContent,
    *,
    paper: tuple[float, float] = A4,
    fallback_fonts: Sequence[Path] = (),
) -> SheetReport:
    """Draw one sheet on ``canvas`` as exactly one page (this calls ``showPage``).

    Args:
        canvas: A ReportLab canvas; create it with ``initialFontName="IPAexGothic"`` so that
            no unembedded Helvetica is listed in the PDF.
        content: What to print.
        paper: The page size in points (portrait), A4 by default.
        fallback_fonts: TrueType files tried, in order, for characters IPAex Gothic lacks.

    Returns:
        The fields cut short and the characters printed as 〓.
    """
    register_fonts()
    canvas.setPageSize(paper)
    typesetter = Typesetter(content.display_name, fallback_fonts)
    sheet = _Sheet(canvas, content, typesetter, content.worksheet or _empty_worksheet())
    needed = _Sheet.table_height(len(sheet.ws.experiences)) - body_height(plan(paper).stages[0])
    page = plan(paper, grow=min(max(needed, 0.0), MAX_GROW))
    sheet.header(page.header)
    sheet.stage1(page.stages[0])
    sheet.stage2(page.stages[1])
    sheet.stage3(page.stages[2])
    sheet.stage4(page.stages[3])
    sheet.footer(page.footer)
    canvas.showPage()
    return SheetReport(tuple(dict.fromkeys(sheet.cut)), tuple(typesetter.missing.values()))


def new_canvas(path: Path, title: str, *, paper: tuple[float, float] = A4) -> Canvas:
    """A canvas whose every page starts in the embedded Gothic face (no Helvetica listed)."""
    register_fonts()
    canvas = Canvas(
        str(path), pagesize=paper, initialFontName=GOTHIC, initialFontSize=10, pageCompression=1
    )
    canvas.setTitle(title)
    canvas.setAuthor("Ippo")
    canvas.setCreator("Ippo")
    return canvas


def save_canvas(canvas: Canvas) -> None:
    """Save the PDF with plain compressed streams (not ASCII85 on top): smaller and about a
    fifth faster to write. ReportLab reads the choice from its global config when saving."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        canvas.save()
    finally:
        rl_config.useA85 = previous


def write_sheet(
    path: Path,
    content: SheetContent,
    *,
    paper: tuple[float, float] = A4,
    fallback_fonts: Sequence[Path] = (),
) -> SheetReport:
    """Write one sheet as a one-page PDF at ``path``."""
    canvas = new_canvas(
        Path(path), f"{content.workshop} {content.display_name}".strip(), paper=paper
    )
    report = draw_sheet(canvas, content, paper=paper, fallback_fonts=fallback_fonts)
    save_canvas(canvas)
    return report

"""The parts the one-sheet's sections are built from: labelled fields, chips, the table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.models import WorksheetRow
from reports.fonts import GOTHIC
from reports.sheet_layout import (
    CAN_TINT,
    DOWN,
    FAINT,
    INK,
    MUTED,
    PRIMARY,
    RULE,
    UP,
    WHITE,
    WILL_TINT,
    WRITING_PITCH,
    Rect,
    badge,
    labels,
    pill,
    writing_lines,
)
from reports.sheet_text import ASCENT, Fitted, Styled, Typesetter, draw_fitted

if TYPE_CHECKING:
    from reports.one_sheet import SheetContent

_CHIP_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)
_TABLE_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)
TABLE_HEAD = 4.2 * mm
#: A table cell or a chip (one or two lines) never shows more characters than this.
CELL_KEEP = 1000


class SheetParts:
    """Text helpers shared by the sections of one sheet; collects the fields cut short."""

    def __init__(
        self, canvas: Canvas, content: SheetContent, typesetter: Typesetter, worksheet: WorksheetRow
    ) -> None:
        self.canvas = canvas
        self.content = content
        self.ts = typesetter
        self.ws = worksheet
        self.words = labels(content.language)
        self.cut: list[str] = []
        self.marker = typesetter.prepare(self.words["marker"], "")

    # -- text ---------------------------------------------------------------------------------

    def label(
        self,
        text: str,
        x: float,
        baseline: float,
        *,
        size: float,
        color: Color,
        bold: bool = False,
    ) -> None:
        """A fixed word of the form (a label, a date), on one line."""
        self.canvas.setFont(GOTHIC, size)
        self.canvas.setFillColor(color)
        if bold:
            self.canvas.setStrokeColor(color)
            self.canvas.setLineWidth(size * 0.03)
        self.canvas.drawString(x, baseline, text, mode=2 if bold else None)

    def fit(self, field: str, text: str, area: Rect, base: float, **options: Any) -> Fitted:
        """Fit a field's text into ``area``; a cut field is remembered for the report."""
        styled = self.ts.prepare(
            text,
            field,
            single_line=options.pop("single_line", False),
            face=options.pop("face", GOTHIC),
            keep=options.pop("keep", None),
        )
        options.setdefault("marker", self.marker)
        fitted = self.ts.fit(styled, area.w, area.h, base, **options)
        if fitted.cut and field:
            self.cut.append(field)
        return fitted

    def draw(
        self,
        fitted: Fitted,
        x: float,
        top: float,
        color: Color,
        *,
        bold: bool = False,
    ) -> None:
        """Draw fitted text from ``top`` down (bold: stroked as well as filled); the
        placeholders it shows are reported."""
        self.ts.drawn(fitted)
        if bold:
            self.canvas.setStrokeColor(color)
            self.canvas.setLineWidth(fitted.size * 0.025)
        draw_fitted(
            self.canvas,
            fitted,
            x,
            top,
            color=color,
            dim=MUTED,
            mode=2 if bold else None,
        )

    def text(
        self,
        field: str,
        text: str,
        area: Rect,
        base: float,
        *,
        write: bool = True,
        bold: bool = False,
        **options: Any,
    ) -> float | None:
        """A field's text in ``area``, or ruled lines for handwriting when it is empty;
        returns the first line's baseline (None when nothing was printed)."""
        if not text.strip():
            if write:
                writing_lines(self.canvas, area)
            return None
        fitted = self.fit(field, text, area, base, **options)
        self.draw(fitted, area.x, area.top, INK, bold=bold)
        return area.top - (fitted.leading - fitted.size) / 2 - ASCENT * fitted.size

    def line_at(
        self,
        field: str,
        text: str,
        x: float,
        baseline: float,
        width: float,
        base: float,
        *,
        bold: bool = False,
    ) -> None:
        """One line on a given baseline (header values), shrunk to 60 % of ``base`` at most,
        then cut with "…"."""
        if not text.strip():
            return
        fitted = self.fit(
            field,
            text,
            Rect(x, 0, width, base * 2),
            base,
            floor=base * 0.6,
            max_lines=1,
            leading=1.2,
            pad=0.3,
            marker=Styled("…"),
            single_line=True,
            keep=CELL_KEEP,
        )
        offset = (fitted.leading - fitted.size) / 2 + ASCENT * fitted.size
        self.draw(fitted, x, baseline + offset, INK, bold=bold)

    def heading(self, title: str, area: Rect) -> Rect:
        """A small label at the top of ``area``; returns the room left under it."""
        self.label(title, area.x, area.top - 7.3, size=7.5, color=MUTED)
        return Rect(area.x, area.y, area.w, area.h - 3.6 * mm)

    def field(self, field: str, title: str, area: Rect, text: str, base: float) -> None:
        self.text(field, text, self.heading(title, area), base)

    def rule(self, x0: float, x1: float, y: float, color: Color, width: float) -> None:
        self.canvas.setStrokeColor(color)
        self.canvas.setLineWidth(width)
        self.canvas.line(x0, y, x1, y)

    # -- stage parts --------------------------------------------------------------------------

    @staticmethod
    def energy(item: dict[str, Any]) -> int:
        value = item.get("energy", 0)
        return max(-2, min(2, value)) if isinstance(value, int) else 0

    def _cell(
        self, text: str, width: float, size: float, *, counted: bool = True, lines: int = 1
    ) -> Fitted:
        """One line of a table cell, cut with "…" (counted as a cut unless ``counted`` is
        False: the second line of a row only repeats what the record holds in full)."""
        styled = self.ts.prepare(text, "experiences", single_line=True, keep=CELL_KEEP)
        fitted = self.ts.fit(
            styled,
            width,
            size * 3,
            size,
            floor=size,
            max_lines=lines,
            marker=Styled("…"),
            pad=0.2,
            leading=1.25,
        )
        if fitted.cut and counted:
            self.cut.append("experiences")
        return fitted

    def experience_table(self, area: Rect) -> None:
        """When / what (role) / energy, one or two lines a row; rows past the room are
        summarised as "ほか N 件" (the chart still shows them all)."""
        words, items = self.words, self.ws.experiences
        number_w, when_w, energy_w = 5.5 * mm, 17 * mm, 13 * mm
        what_w = area.w - number_w - when_w - energy_w
        head = TABLE_HEAD
        self.label(words["when"], area.x + number_w, area.top - 8, size=7, color=MUTED)
        self.label(words["what"], area.x + number_w + when_w, area.top - 8, size=7, color=MUTED)
        self.canvas.setFont(GOTHIC, 7)
        self.canvas.drawRightString(area.right, area.top - 8, words["energy"])
        self.rule(area.x, area.right, area.top - head, FAINT, 0.6)
        room = area.h - head
        if not items:
            rows = max(int(room // WRITING_PITCH), 1)
            for index in range(rows):
                y = area.top - head - (index + 1) * room / rows
                self.rule(area.x, area.right, y, RULE, 0.4)
                self.label(str(index + 1), area.x + 1.2 * mm, y + 2.5 * mm, size=7, color=FAINT)
                self.canvas.setFont(GOTHIC, 6)
                self.canvas.drawRightString(area.right, y + 2.5 * mm, "−2 −1 0 +1 +2")
            return
        shown, size, two = len(items), _TABLE_SIZES[-1], False
        for two_lines in (True, False):
            fitting = [
                c for c in _TABLE_SIZES if len(items) * self._row_height(c, two_lines) <= room
            ]
            if fitting:
                size, two = fitting[0], two_lines
                break
        else:
            shown = max(int((room - 4 * mm) // self._row_height(size, False)), 1)
            self.cut.append("experiences")
        row_h = self._row_height(size, two)
        top = area.top - head
        text_x, text_w = area.x + number_w, what_w - 1.5 * mm
        for index, item in enumerate(items[:shown]):
            first = top - 1.6  # the top of the first text line
            middle = first - size * 0.625
            radius = min(1.85 * mm, row_h * 0.45)
            badge(
                self.canvas,
                area.x + 2.1 * mm,
                middle,
                radius,
                str(index + 1),
                PRIMARY,
                GOTHIC,
                5.6 if index >= 9 else 6.2,
            )
            when = self._cell(
                str(item.get("when", "")), when_w - 1.5 * mm, size, lines=2 if two else 1
            )
            self.draw(when, text_x, first, INK)
            what = self._cell(str(item.get("what", "")), text_w, size, lines=2 if two else 1)
            self.draw(what, text_x + when_w, first, INK)
            role, why = str(item.get("role", "")).strip(), str(item.get("why", "")).strip()
            second = words["separator"].join(
                ([role] if role else []) + ([words["why"] + why] if why else [])
            )
            if two and second and len(what.lines) == 1:
                note = self._cell(second, text_w, size - 1, counted=False)
                if note.cut and role and len(note.styled.text) < len(role) + 8:
                    note = self._cell(role, text_w, size - 1, counted=False)  # no bare "なぜ…"
                self.draw(note, text_x + when_w, first - size * 1.25, MUTED)
            energy = self.energy(item)
            self.canvas.setFont(GOTHIC, size + 0.5)
            self.canvas.setFillColor(UP if energy > 0 else MUTED if energy == 0 else DOWN)
            self.canvas.drawRightString(
                area.right - 2 * mm,
                middle - size * 0.36,
                f"{energy:+d}".replace("+0", "±0").replace("-", "−"),
            )
            top -= row_h
            self.rule(area.x, area.right, top, RULE, 0.35)
        if shown < len(items):
            more = words["more"].format(n=len(items) - shown)
            self.label(more, text_x, top - 3.2 * mm, size=7, color=MUTED)
            return
        pitch = max(row_h, WRITING_PITCH * 0.9)
        while top - pitch >= area.y - 0.5:  # room left: rows to add experiences by hand
            top -= pitch
            self.rule(area.x + number_w, area.right, top, RULE, 0.3)

    @staticmethod
    def _row_height(size: float, two_lines: bool) -> float:
        return size * 2.5 + 2.8 if two_lines else size * 1.25 + 2.0

    @classmethod
    def table_height(cls, rows: int, size: float = 7.0) -> float:
        """The experience table's height with ``rows`` one-line rows at ``size``."""
        return TABLE_HEAD + rows * cls._row_height(size, False)

    def _chip(self, phrase: Styled, width: float, size: float) -> tuple[float, float, Fitted]:
        """A chip's (width, height, text) at ``size``; a long phrase wraps to two lines."""
        hpad, vpad = size * 0.7, size * 0.35
        fitted = self.ts.fit(
            phrase,
            width - 2 * hpad,
            size * 2.6,
            size,
            floor=size,
            max_lines=2,
            marker=Styled("…"),
            pad=0.0,
            leading=1.25,
        )
        line = max(line.width for line in fitted.lines) * size
        return line + 2 * hpad, fitted.height + 2 * vpad, fitted

    @staticmethod
    def _flow(
        sizes: list[tuple[float, float]], width: float
    ) -> tuple[list[tuple[float, float]], float]:
        """Chips left to right, wrapping: their (x, top) offsets and the height used."""
        gap = 1.6 * mm
        spots, x, top, row_h = [], 0.0, 0.0, 0.0
        for chip_w, chip_h in sizes:
            if x > 0 and x + chip_w > width:
                x, top, row_h = 0.0, top + row_h + gap, 0.0
            spots.append((x, top))
            x += chip_w + gap
            row_h = max(row_h, chip_h)
        return spots, top + row_h

    def chips_height(self, phrases: list[str], width: float, size: float) -> float:
        """The height the chips take at ``size`` (for sharing a stage between its parts)."""
        if not phrases:
            return 0.0
        styled = [self.ts.prepare(p, "", single_line=True, keep=CELL_KEEP) for p in phrases]
        return self._flow([self._chip(p, width, size)[:2] for p in styled], width)[1]

    def chips(self, field: str, phrases: list[str], area: Rect, tint: str) -> None:
        """Phrases as rounded chips, wrapping over rows; past the room a "ほか N 件" chip."""
        if not phrases:
            writing_lines(self.canvas, area)
            return
        styled = [self.ts.prepare(p, field, single_line=True, keep=CELL_KEEP) for p in phrases]
        for size in _CHIP_SIZES:
            chips = [self._chip(p, area.w, size) for p in styled]
            spots, height = self._flow([c[:2] for c in chips], area.w)
            if height <= area.h:
                break
        more_at = len(chips)
        if height > area.h:
            self.cut.append(field)
            for keep in range(len(styled) - 1, -1, -1):
                more = self.ts.prepare(self.words["more"].format(n=len(styled) - keep), "")
                chips = [*chips[:keep], self._chip(more, area.w, size)]
                spots, height = self._flow([c[:2] for c in chips], area.w)
                if height <= area.h:
                    more_at = keep
                    break
        fill = CAN_TINT if tint == "can" else WILL_TINT
        for index, ((chip_w, chip_h, fitted), (dx, dy)) in enumerate(
            zip(chips, spots, strict=True)
        ):
            if area.top - dy - chip_h < area.y - 0.1:
                break  # not even the "ほか N 件" chip fits: the stage is too small
            extra = index == more_at
            box = Rect(area.x + dx, area.top - dy - chip_h, chip_w, chip_h)
            pill(
                self.canvas,
                box,
                WHITE if extra else fill,
                RULE if extra else None,
                radius=min(box.h / 2, 3.2 * mm),
            )
            if fitted.cut:
                self.cut.append(field)
            self.draw(
                fitted,
                box.x + fitted.size * 0.7,
                box.top - fitted.size * 0.35,
                MUTED if extra else INK,
            )

    def mark(self, right: float, baseline: float) -> None:
        """The small "Ippo 一歩" mark at the right of a footer (sheets and 1on1 guides)."""
        width, height = 7.4 * mm, 3.8 * mm
        x = right - width
        pill(self.canvas, Rect(x, baseline - 1.1 * mm, width, height), PRIMARY, radius=0.9 * mm)
        self.canvas.setFont(GOTHIC, 6.5)
        self.canvas.setFillColor(WHITE)
        self.canvas.drawCentredString(x + width / 2, baseline - 0.1 * mm, "一歩")
        self.canvas.setFont(GOTHIC, 8)
        self.canvas.setFillColor(PRIMARY)
        self.canvas.drawRightString(x - 1.2 * mm, baseline, "Ippo")

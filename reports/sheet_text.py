"""Text on the one-sheet: every character checked against the fonts, fitted into its box, drawn.

A :class:`Typesetter` belongs to one sheet. It turns each printed text into :class:`Styled`
text — one font per character: IPAex Gothic, else the first fallback TTF that has the glyph,
else the visible placeholder 〓 with a :class:`MissingChar` reported — then fits it into a box:
the type shrinks from its base size down to a floor, and past the floor the text is cut at a
sentence, clause or word boundary and ends with a visible marker ("…（続きは記録に保存）").
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from app.errors import QT_TRANSLATE_NOOP, UserError
from reports.fonts import GOTHIC, missing_characters, register_fonts
from reports.kinsoku import HANGING, Line, break_lines

PLACEHOLDER = "〓"
#: Invisible joiners and emoji presentation selectors: dropped (not reported) when no font
#: has them; the visible character they belong to is reported on its own.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufe0e\ufe0f\ufeff")
SENTENCE_END = frozenset("。！？!?．")
CLAUSE_END = frozenset("、，,;；:：")
CLOSERS = frozenset("」』）)】〕”’")
#: Where a glyph's baseline sits below the top of its em box (IPAex ascent).
ASCENT = 0.88


@dataclass(frozen=True)
class MissingChar:
    """A character no font could draw, printed as 〓: whose sheet, which field, which char."""

    participant: str
    field: str
    char: str
    codepoint: str  # "U+20BB7"


@dataclass(frozen=True)
class Styled:
    """Text with its font per character (``faces`` None: all in ``base``).

    Characters from ``dim_from`` on (the cut marker) are drawn in the muted colour; ``lost``
    lists the positions of placeholders 〓 with the characters they stand for, reported
    under ``field`` when they are drawn.
    """

    text: str
    faces: tuple[str, ...] | None = None
    dim_from: int | None = None
    base: str = GOTHIC
    field: str = ""
    lost: tuple[tuple[int, str], ...] = ()

    def face(self, index: int) -> str:
        return self.base if self.faces is None else self.faces[index]

    @cached_property
    def units(self) -> list[float]:
        """The advance of each character at 1 pt."""
        if self.faces is None:
            return [_unit_width(self.base, char) for char in self.text]
        return [_unit_width(face, char) for face, char in zip(self.faces, self.text, strict=True)]

    def cut(self, end: int, marker: Styled) -> Styled:
        """The first ``end`` characters (trailing spaces and commas dropped), then ``marker``."""
        while end > 0 and (self.text[end - 1].isspace() or self.text[end - 1] in CLAUSE_END):
            end -= 1
        head = self.text[:end]
        lost = tuple(item for item in self.lost if item[0] < end)
        if self.faces is None and marker.faces is None and self.base == marker.base:
            return Styled(head + marker.text, None, end, self.base, self.field, lost)
        faces = tuple(self.face(i) for i in range(end)) + tuple(
            marker.face(i) for i in range(len(marker.text))
        )
        return Styled(head + marker.text, faces, end, self.base, self.field, lost)


@dataclass(frozen=True)
class Fitted:
    """Text fitted into a box: the size chosen, its lines, and whether it had to be cut."""

    styled: Styled
    size: float
    leading: float
    lines: tuple[Line, ...]
    cut: bool

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading


@cache
def fallback_faces(paths: tuple[Path, ...]) -> tuple[str, ...]:
    """Register the fallback TrueType fonts once; their ReportLab names, in order."""
    names = []
    for path in paths:
        digest = hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:8]
        name = f"IppoFallback-{Path(path).stem}-{digest}"
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (TTFError, OSError) as error:
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "The font %1 cannot be used for the sheets (%2)."),
                QT_TRANSLATE_NOOP("Core", "Choose a TrueType font file (.ttf, or a .ttc with TrueType outlines)."),  # noqa: E501
                path=Path(path),
                args=(Path(path).name, error),
            ) from error  # fmt: skip
        names.append(name)
    return tuple(names)


_WIDTHS: dict[tuple[str, str], float] = {}


def _unit_width(face: str, char: str) -> float:
    key = (face, char)
    width = _WIDTHS.get(key)
    if width is None:
        width = _WIDTHS[key] = pdfmetrics.stringWidth(char, face, 1.0)
    return width


class Typesetter:
    """Checks, fits and draws the texts of one sheet; collects what could not be drawn."""

    def __init__(self, participant: str, fallbacks: Sequence[Path] = ()) -> None:
        register_fonts()
        self.participant = participant
        self.fallbacks = fallback_faces(tuple(fallbacks))
        self.missing: dict[tuple[str, str], MissingChar] = {}
        self._face_of: dict[str, str | None] = {}

    def _fallback_for(self, char: str) -> str | None:
        if char not in self._face_of:
            self._face_of[char] = next(
                (face for face in self.fallbacks if not missing_characters(char, face)), None
            )
        return self._face_of[char]

    def prepare(
        self,
        text: str,
        field: str,
        *,
        single_line: bool = False,
        face: str = GOTHIC,
        keep: int | None = None,
    ) -> Styled:
        """``text`` ready to print: each character in ``face`` or the first fallback font
        that has it, else 〓 (reported under ``field`` once drawn, see :meth:`drawn`).

        ``keep`` bounds the characters looked at, for boxes that can never show more (a
        table cell, a chip): a 10,000-character text is then not measured in full.
        """
        if keep is not None:
            text = text[:keep]
        text = "".join(" " if char.isspace() and char not in "\n\u3000" else char for char in text)
        if single_line:
            text = " ".join(text.split("\n"))
        absent = set(missing_characters(text, face)) | (INVISIBLE & set(text))
        if not absent:
            return Styled(text, base=face, field=field)
        chars: list[str] = []
        faces: list[str] = []
        lost: list[tuple[int, str]] = []
        for char in text:
            chosen = face
            if char in absent:
                fallback = self._fallback_for(char)
                if fallback is not None:
                    chosen = fallback
                elif char in INVISIBLE:
                    continue
                else:
                    lost.append((len(chars), char))
                    char = PLACEHOLDER
            chars.append(char)
            faces.append(chosen)
        return Styled("".join(chars), tuple(faces), None, face, field, tuple(lost))

    def drawn(self, fitted: Fitted) -> None:
        """Report the placeholders of ``fitted`` that are on the page."""
        styled = fitted.styled
        for position, char in styled.lost:
            if styled.field and any(line.start <= position < line.end for line in fitted.lines):
                self.missing.setdefault(
                    (styled.field, char),
                    MissingChar(self.participant, styled.field, char, f"U+{ord(char):04X}"),
                )

    def widths(self, styled: Styled) -> list[float]:
        """The advance of each character at 1 pt."""
        return styled.units

    def width(self, styled: Styled, size: float) -> float:
        return sum(self.widths(styled)) * size

    def height(
        self, styled: Styled, width: float, size: float, leading: float = 1.45, pad: float = 1.0
    ) -> float:
        """The height ``styled`` takes in ``width`` at ``size`` (no shrinking, no cut)."""
        return len(self._lines(styled, width, size, None, pad)) * size * leading

    def _lines(
        self,
        styled: Styled,
        width: float,
        size: float,
        max_lines: int | None,
        pad: float,
        narrower: float = 0.0,
    ) -> list[Line]:
        limit = max(width / size - pad - narrower, 1.0)
        return break_lines(styled.text, self.widths(styled), limit, hang=pad, max_lines=max_lines)

    def _without_widow(
        self, styled: Styled, width: float, size: float, lines: list[Line], pad: float
    ) -> list[Line]:
        """Lines whose last one is not a lone character or two (a 泣き別れ like "る" alone):
        the same number of lines, up to three em narrower, when that helps."""
        last = lines[-1]
        if len(lines) < 2 or last.end - last.start > 2 or last.end == last.start:
            return lines
        for narrower in (1.0, 2.0, 3.0):
            again = self._lines(styled, width, size, len(lines), pad, narrower)
            if len(again) == len(lines) and again[-1].end - again[-1].start > 2:
                return again
        return lines

    def fit(
        self,
        styled: Styled,
        width: float,
        height: float,
        base: float,
        *,
        floor: float = 7.0,
        leading: float = 1.45,
        marker: Styled | None = None,
        max_lines: int | None = None,
        pad: float = 1.0,
    ) -> Fitted:
        """Fit text into ``width`` x ``height`` points.

        The size goes down from ``base`` in half points to ``floor``; if the text is still too
        long, it is cut (see :meth:`cut`) and ``Fitted.cut`` is set.

        Args:
            styled: The prepared text.
            width: The box width; ``pad`` em of it stay free on the right (ぶら下げ room).
            height: The box height.
            base: The preferred size in points.
            floor: The smallest size allowed.
            leading: Line height as a multiple of the size.
            marker: What ends a cut text (default "…").
            max_lines: At most this many lines, whatever the height.
            pad: Right padding in em.
        """
        size = base
        while True:
            fitting = int((height + 0.01) // (size * leading))
            if max_lines is not None:
                fitting = min(fitting, max_lines)
            if fitting >= 1:
                lines = self._lines(styled, width, size, fitting, pad)
                if len(lines) <= fitting:
                    lines = self._without_widow(styled, width, size, lines, pad)
                    return Fitted(styled, size, size * leading, tuple(lines), False)
            if size <= floor:
                break
            size = max(floor, size - 0.5)
        return self.cut(styled, width, fitting, size, leading, marker or Styled("…"), pad)

    def cut(
        self,
        styled: Styled,
        width: float,
        lines: int,
        size: float,
        leading: float,
        marker: Styled,
        pad: float = 1.0,
    ) -> Fitted:
        """As much of ``styled`` as fits in ``lines`` lines with ``marker`` after it, cut after
        a sentence (。！？) if that keeps at least half of it, else after 、 or at a space, else
        anywhere."""
        if lines < 1:
            return Fitted(Styled(""), size, size * leading, (), bool(styled.text))
        first = self._lines(styled, width, size, lines, pad)
        high = first[min(lines, len(first)) - 1].end

        def fits(end: int) -> bool:
            return len(self._lines(styled.cut(end, marker), width, size, lines, pad)) <= lines

        low, top = 0, high  # the largest end that fits, by bisection (fit is monotone enough)
        while low < top:
            middle = (low + top + 1) // 2
            if fits(middle):
                low = middle
            else:
                top = middle - 1
        text = styled.text
        best = low
        for wanted in (_sentence_ends, _clause_ends):
            ends = [end for end in wanted(text, low) if end * 2 >= low]
            if ends:
                best = ends[-1]
                break
        result = styled.cut(best, marker)
        kept = self._lines(result, width, size, lines, pad)
        while len(kept) > lines and best > 0:  # a non-monotone corner: step back
            best -= 1
            result = styled.cut(best, marker)
            kept = self._lines(result, width, size, lines, pad)
        return Fitted(result, size, size * leading, tuple(kept[:lines]), True)


def _sentence_ends(text: str, limit: int) -> list[int]:
    """Ends after 。！？ (or after the bracket that closes such a sentence: 。」)."""
    ends = []
    for end in range(1, limit + 1):
        char = text[end - 1]
        closing = end < len(text) and text[end] in CLOSERS
        if (char in SENTENCE_END and not closing) or (
            char in CLOSERS and end >= 2 and text[end - 2] in SENTENCE_END
        ):
            ends.append(end)
    return ends


def _clause_ends(text: str, limit: int) -> list[int]:
    return [
        end
        for end in range(1, limit + 1)
        if text[end - 1] in CLAUSE_END or text[end - 1] in HANGING or text[end - 1].isspace()
    ]


def draw_fitted(
    canvas: Canvas,
    fitted: Fitted,
    x: float,
    top: float,
    *,
    color: Color,
    dim: Color,
    width: float = 0.0,
    align: str = "left",
    mode: int | None = None,
) -> None:
    """Draw fitted lines from ``top`` down; ``align`` "center"/"right" need ``width``."""
    styled, size = fitted.styled, fitted.size
    offset = (fitted.leading - size) / 2 + ASCENT * size
    unit = styled.units
    plain = styled.faces is None and styled.dim_from is None
    for number, line in enumerate(fitted.lines):
        baseline = top - number * fitted.leading - offset
        left = x
        if align != "left":
            spare = width - line.width * size
            left += spare / 2 if align == "center" else spare
        if plain:
            if line.end > line.start:
                canvas.setFont(styled.base, size)
                canvas.setFillColor(color)
                canvas.drawString(left, baseline, styled.text[line.start : line.end], mode=mode)
            continue
        start = line.start
        while start < line.end:
            face = styled.face(start)
            muted = styled.dim_from is not None and start >= styled.dim_from
            end = start + 1
            while (
                end < line.end
                and styled.face(end) == face
                and (styled.dim_from is None or (end >= styled.dim_from) == muted)
            ):
                end += 1
            canvas.setFont(face, size)
            canvas.setFillColor(dim if muted else color)
            canvas.drawString(left, baseline, styled.text[start:end], mode=mode)
            left += sum(unit[start:end]) * size
            start = end

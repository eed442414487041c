"""Japanese line breaking (禁則処理) for the one-sheet: where a line may end, measured exactly.

ReportLab's ``wordWrap='CJK'`` only half does this (a closing 。 may hang past the edge and an
opening 「 may end a line), so the sheet lays out its own lines:

* a line may break between any two CJK characters, after a space, and between CJK and Latin;
  never inside a Latin word, unless the word alone is wider than the line (then anywhere);
* no character of :data:`NO_START` begins a line and none of :data:`NO_END` ends one: the
  offending character is pulled down with its neighbour (追い出し), or — for 、。，． — hung
  into the right padding (ぶら下げ) when ``hang`` allows it;
* ``\\n`` is a hard break; spaces at the end of a wrapped line are not counted.

Widths come from the caller (one advance per character), so the breaker is font-agnostic and
works with the per-character font switching of the sheet.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from reportlab.pdfbase.pdfmetrics import stringWidth

#: Characters that must not begin a line (JIS X 4051 行頭禁則, strict set).
NO_START = frozenset(
    "、。，．,.:;：；!?！？‼⁇⁈⁉・･"
    "）〕］｝〉》」』】〙〗〟’”｠»)]}｣"
    "ヽヾゝゞ々〻ーｰ゛゜"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "ｧｨｩｪｫｯｬｭｮ､｡"
    "…‥〜～゠‐–"
    "％‰℃°′″"
)
#: Characters that must not end a line (行末禁則).
NO_END = frozenset("（〔［｛〈《「『【〘〖〝‘“｟«([{｢￥＄＃")
#: Punctuation that may hang past the line's width into the padding (ぶら下げ).
HANGING = frozenset("、。，．,.､｡")
_SPACE = " "


class Line(NamedTuple):
    """One laid-out line: ``text[start:end]`` (trailing spaces excluded) and its width."""

    start: int
    end: int
    width: float


@cache
def _wide(char: str) -> bool:
    """CJK-like: a line may break on either side of it."""
    return unicodedata.east_asian_width(char) in "WFH"


def can_break(text: str, index: int) -> bool:
    """Whether a line may end just before ``text[index]`` (0 < index < len(text))."""
    before, after = text[index - 1], text[index]
    if after == _SPACE or after == "\n":
        return False
    if after in NO_START:
        return False
    if before == _SPACE or before == "\n":
        return True
    if before in NO_END:
        return False
    return _wide(before) or _wide(after)


def _width(widths: Sequence[float], start: int, end: int) -> float:
    return float(sum(widths[start:end]))


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] == _SPACE:
        end -= 1
    return end


def _forced_break(text: str, start: int, overflow: int) -> int:
    """Where to cut a run with no allowed break: as late as possible without breaking a
    kinsoku rule, else right before the overflowing character (at least one character)."""
    for index in range(overflow, start, -1):
        if text[index] not in NO_START and text[index - 1] not in NO_END:
            return index
    return max(overflow, start + 1)


def _paragraph(
    text: str,
    widths: Sequence[float],
    start: int,
    end: int,
    limit: float,
    hang: float,
    lines: list[Line],
    max_lines: int | None,
) -> None:
    line_start = start
    while line_start < end:
        if max_lines is not None and len(lines) > max_lines:
            return
        used = 0.0
        index = line_start
        last_break = -1
        while index < end:
            if index > line_start and can_break(text, index):
                last_break = index
            advance = widths[index]
            if used + advance > limit and text[index] != _SPACE:
                break
            used += advance
            index += 1
        if index >= end:
            cut = end
        elif (
            text[index] in HANGING
            and used + widths[index] <= limit + hang
            and (index + 1 >= end or can_break(text, index + 1))
        ):
            cut = index + 1  # ぶら下げ: the comma or full stop hangs into the padding
        elif last_break > line_start:
            cut = last_break  # 追い出し: the offending neighbour moves down with it
        else:
            cut = _forced_break(text, line_start, index)
        stop = _trimmed_end(text, line_start, cut)
        lines.append(Line(line_start, stop, _width(widths, line_start, stop)))
        line_start = cut
        while line_start < end and text[line_start] == _SPACE:
            line_start += 1


def break_lines(
    text: str,
    widths: Sequence[float],
    limit: float,
    *,
    hang: float = 0.0,
    max_lines: int | None = None,
) -> list[Line]:
    """Break ``text`` into lines no wider than ``limit``.

    Args:
        text: The text; ``\\n`` starts a new paragraph (an empty paragraph is an empty line).
        widths: The advance of each character of ``text``, in the same unit as ``limit``.
        limit: The line width. A line is wider only when one character alone is wider.
        hang: How far a hanging 、。 may reach past ``limit`` (usually one em, kept free as
            right padding); 0 disables ぶら下げ.
        max_lines: Stop after ``max_lines + 1`` lines (enough to know the text overflows).

    Returns:
        The lines in order, as index ranges into ``text``.
    """
    if len(widths) != len(text):
        raise ValueError("one width per character is needed")
    lines: list[Line] = []
    start = 0
    while True:
        newline = text.find("\n", start)
        end = len(text) if newline < 0 else newline
        if start == end:
            lines.append(Line(start, start, 0.0))
        else:
            _paragraph(text, widths, start, end, limit, hang, lines, max_lines)
        if newline < 0 or (max_lines is not None and len(lines) > max_lines):
            break
        start = newline + 1
    return lines if max_lines is None else lines[: max_lines + 1]


def wrap(
    text: str,
    font: str,
    size: float,
    limit: float,
    *,
    hang: float = 0.0,
    measure: Callable[[str, str, float], float] = stringWidth,
) -> list[str]:
    """The lines of ``text`` set in one registered font (a convenience for single-font text)."""
    widths = [measure(char, font, size) for char in text]
    return [text[line.start : line.end] for line in break_lines(text, widths, limit, hang=hang)]

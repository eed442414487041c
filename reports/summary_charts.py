"""The summary's charts as ReportLab drawings: planned vs actual per stage, a top-10 list of
phrases, and the energy distribution.

Drawn from plain shapes rather than ReportLab's chart classes so every number sits where it
is read — at the end of its bar — and overtime gets both its own colour and its words
("+2:00"). Texts come in already checked against the font (see ``TextCheck``).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.run_state import StageTiming
from reports.fonts import GOTHIC
from reports.summary_layout import (
    BLUE,
    GREY,
    INK,
    MUTED,
    ORANGE,
    RULE,
    SKY,
    TINT,
    VERMILLION,
    clock,
    fit,
)

_TICK_STEPS = (60, 120, 300, 600, 900, 1800, 3600)
#: Stages in one timing chart: a drawing cannot break across pages, so longer agendas get
#: several charts, each well under a page.
ROWS_PER_CHART = 24


def _text(
    x: float,
    y: float,
    text: str,
    size: float = 8,
    color: colors.Color = INK,
    anchor: str = "start",
) -> String:
    return String(x, y, text, fontName=GOTHIC, fontSize=size, fillColor=color, textAnchor=anchor)


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours (ReportLab's default would list Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = GOTHIC
    drawing.initialFontSize = 8
    return drawing


def two_lines(text: str, size: float, small: float, width: float) -> tuple[list[str], float]:
    """``text`` on one line at ``size`` if it fits, else on two at ``small`` (the break at a
    space when one is near, the second line cut with … if still too long)."""
    if stringWidth(text, GOTHIC, size) <= width:
        return [text], size
    end = 1
    while end < len(text) and stringWidth(text[: end + 1], GOTHIC, small) <= width:
        end += 1
    space = text.rfind(" ", 0, end + 1)
    if space > end * 0.6:
        end = space
    first, rest = text[:end].rstrip(), text[end:].lstrip()
    return ([first, fit(rest, small, width)] if rest else [first]), small


def _legend(
    drawing: Drawing, x: float, y: float, items: Sequence[tuple[colors.Color, str]]
) -> None:
    for color, label in items:
        drawing.add(Rect(x, y - 1, 8, 7, fillColor=color, strokeColor=None))
        drawing.add(_text(x + 11, y, label, 7.5, MUTED))
        x += 11 + stringWidth(label, GOTHIC, 7.5) + 10


def timing_chart(
    rows: Sequence[StageTiming], titles: Sequence[str], words: dict[str, str], width: float
) -> Drawing:
    """For each stage that ran: a grey planned bar over a blue actual bar whose part past the
    stage's target is vermillion and labelled ``+m:ss``. ``titles`` are the checked titles."""
    label_w, row_h, top_pad, axis_h = 46 * mm, 25.0, 18.0, 16.0
    reserve = stringWidth("00:00  (+00:00)", GOTHIC, 8) + 6
    plot_x = label_w
    plot_w = width - label_w - reserve
    height = top_pad + row_h * len(rows) + axis_h
    drawing = _drawing(width, height)
    longest = max(
        [1.0, *(max(r.planned_seconds, r.target_seconds, r.actual_seconds) for r in rows)]
    )
    scale = plot_w / longest
    step = next((s for s in _TICK_STEPS if longest / s <= 8), 7200)
    bottom = axis_h
    for number in range(0, len(rows), 2):  # banded rows, under the grid
        y = height - top_pad - row_h * (number + 1)
        drawing.add(Rect(0, y, width, row_h, fillColor=TINT, strokeColor=None))
    for tick in range(0, int(longest) + 1, step):
        x = plot_x + tick * scale
        drawing.add(Line(x, bottom, x, height - top_pad + 2, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            _text(x, bottom - 10, words["minutes_axis"].format(n=tick // 60), 7, MUTED, "middle")
        )
    legend = [
        (GREY, words["legend_planned"]),
        (BLUE, words["legend_actual"]),
        (VERMILLION, words["legend_over"]),
    ]
    _legend(drawing, plot_x, height - 9, legend)
    adjusted = False
    for number, (row, title) in enumerate(zip(rows, titles, strict=True)):
        y = height - top_pad - row_h * (number + 1)
        lines, size = two_lines(f"{row.index + 1}. {title}", 8.5, 7.5, label_w - 6)
        for line_no, line in enumerate(lines):
            baseline = y + row_h / 2 - 3 + (len(lines) - 1 - 2 * line_no) * size * 0.62
            drawing.add(_text(2, baseline, line, size))
        planned_w = row.planned_seconds * scale
        drawing.add(Rect(plot_x, y + 15, planned_w, 6, fillColor=GREY, strokeColor=None))
        drawing.add(_text(plot_x + planned_w + 3, y + 15.5, clock(row.planned_seconds), 7, MUTED))
        over = row.overtime_seconds if row.overtime_seconds >= 1 else 0.0
        actual_w = row.actual_seconds * scale
        on_time_w = max(0.0, (row.actual_seconds - over) * scale)
        drawing.add(Rect(plot_x, y + 4, on_time_w, 9, fillColor=BLUE, strokeColor=None))
        value = clock(row.actual_seconds)
        if over:
            drawing.add(
                Rect(
                    plot_x + on_time_w,
                    y + 4,
                    actual_w - on_time_w,
                    9,
                    fillColor=VERMILLION,
                    strokeColor=None,
                )
            )
        drawing.add(_text(plot_x + actual_w + 3, y + 5.5, value, 8, INK))
        if over:
            value_w = stringWidth(value + " ", GOTHIC, 8)
            drawing.add(
                _text(plot_x + actual_w + 3 + value_w, y + 5.5, f"(+{clock(over)})", 8, VERMILLION)
            )
        if row.target_seconds != row.planned_seconds:
            adjusted = True
            x = plot_x + row.target_seconds * scale
            drawing.add(Line(x, y + 2, x, y + 23, strokeColor=INK, strokeWidth=1.2))
    if adjusted:
        x = plot_x + sum(11 + stringWidth(label, GOTHIC, 7.5) + 10 for _, label in legend)
        drawing.add(Line(x + 4, height - 10, x + 4, height - 2, strokeColor=INK, strokeWidth=1.2))
        drawing.add(_text(x + 9, height - 9, words["legend_target"], 7.5, MUTED))
    return drawing


def phrase_chart(phrases: Sequence[tuple[str, int]], width: float, color: colors.Color) -> Drawing:
    """A top-N list as horizontal bars, the phrase on the left and its count at the bar's end."""
    row_h = 15.0
    label_w = min(40 * mm, width * 0.45)
    count_w = stringWidth("000", GOTHIC, 8) + 6
    height = row_h * len(phrases) + 2
    drawing = _drawing(width, height)
    most = max([1, *(count for _, count in phrases)])
    plot_w = width - label_w - count_w
    for number, (phrase, count) in enumerate(phrases):
        y = height - row_h * (number + 1)
        size = 8.5 if stringWidth(phrase, GOTHIC, 8.5) <= label_w - 5 else 7.5
        drawing.add(_text(label_w - 5, y + 4.5, fit(phrase, size, label_w - 5), size, INK, "end"))
        bar_w = max(1.0, count / most * plot_w)
        drawing.add(Rect(label_w, y + 2.5, bar_w, row_h - 5, fillColor=color, strokeColor=None))
        drawing.add(_text(label_w + bar_w + 3, y + 4.5, str(count), 8, INK))
    return drawing


def energy_chart(distribution: dict[int, int], width: float, words: dict[str, str]) -> Drawing:
    """Columns for energy −2..+2 with their counts on top; low energy orange, high sky blue."""
    height, axis_h, top_pad = 42 * mm, 24.0, 12.0
    drawing = _drawing(width, height)
    levels = sorted(distribution)
    most = max([1, *distribution.values()])
    slot = width / max(len(levels), 1)
    plot_h = height - axis_h - top_pad
    drawing.add(Line(0, axis_h, width, axis_h, strokeColor=MUTED, strokeWidth=0.6))
    for number, level in enumerate(levels):
        count = distribution[level]
        x = slot * number + slot * 0.2
        bar_h = count / most * plot_h
        color = ORANGE if level < 0 else SKY if level > 0 else GREY
        if count:
            drawing.add(Rect(x, axis_h, slot * 0.6, bar_h, fillColor=color, strokeColor=None))
        middle = slot * number + slot / 2
        drawing.add(_text(middle, axis_h + bar_h + 3, str(count), 8.5, INK, "middle"))
        tick = "0" if level == 0 else f"{level:+d}".replace("-", "−")
        drawing.add(_text(middle, axis_h - 11, tick, 8.5, INK, "middle"))
    drawing.add(_text(0, 2, f"← {words['energy_low']}", 7.5, MUTED))
    drawing.add(_text(width, 2, f"{words['energy_high']} →", 7.5, MUTED, "end"))
    return drawing

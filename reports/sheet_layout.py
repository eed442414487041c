"""The one-sheet's geometry, words and drawing primitives (frames, ruled lines, chips, chart).

All measures are PDF points with the origin at the bottom left. The page is a fixed form —
the same boxes in the same places for everyone, so a room full of sheets reads alike and a
blank sheet is the same form with ruled lines — whose four stage boxes share the height left
between the header and the footer in fixed proportions (so Letter paper works too).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5d6975")
FAINT = colors.HexColor("#8b96a1")
RULE = colors.HexColor("#c3ccd5")
WRITE_LINE = colors.HexColor("#bac4ce")
FRAME = colors.HexColor("#aab6c2")
TINT = colors.HexColor("#edf2f7")
PRIMARY = colors.HexColor("#2c5b87")
CAN_TINT = colors.HexColor("#e4eef8")
WILL_TINT = colors.HexColor("#f8ece2")
ACCENT = colors.HexColor("#c2612e")
ACCENT_TINT = colors.HexColor("#fbf0e8")
UP = colors.HexColor("#2f7d5b")
DOWN = colors.HexColor("#b4463b")
WHITE = colors.white

MARGIN_X = 13 * mm
MARGIN_TOP = 11 * mm
MARGIN_BOTTOM = 10 * mm
HEADER = 19 * mm
FOOTER = 6 * mm
GAP = 3.2 * mm
BAND = 7.5 * mm
PAD = 2.6 * mm
RADIUS = 2.2 * mm
#: The four stage boxes share the free height in these proportions.
WEIGHTS = (64.0, 72.0, 40.0, 60.0)
#: How the first stage's extra height is taken from stages 2, 3 and 4.
DONORS = (0.55, 0.15, 0.30)
#: The most the first stage grows (20 experiences need about this much).
MAX_GROW = 30 * mm
#: Ruled lines for handwriting, this far apart.
WRITING_PITCH = 7.5 * mm

LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "kicker": "キャリアワークショップ　ワンシート",
        "name": "氏名",
        "department": "所属",
        "stage1": "経験の棚卸し",
        "stage2": "強み・価値観",
        "stage3": "目指す状態と学びテーマ",
        "stage4": "次の一歩の宣言",
        "tentative": "（仮）",
        "hint1": "エネルギーが上がった経験・下がった経験",
        "hint2": "できること・大切にしたいこと・周りから見た自分",
        "hint3": "ありたい姿と、そのために学ぶこと",
        "hint4": "小さな実験を、いつまでに・誰と",
        "when": "時期",
        "what": "経験（役割・なぜ）",
        "energy": "エネルギー",
        "why": "なぜ：",
        "separator": "｜",
        "chart": "モチベーショングラフ",
        "chart_blank": "経験ごとに点を打ち、線でつなぐ",
        "high": "高",
        "low": "低",
        "strengths": "強み（Can）",
        "values": "価値観（Will）",
        "expectations": "期待されていること（Must）",
        "partner_noticed": "対話で気づいたこと（Relation）",
        "identity": "私は…（Identity）",
        "target_state": "目指す状態",
        "themes": "学びテーマ",
        "step_what": "やってみること",
        "step_by": "いつまでに",
        "step_supporter": "応援してくれる人",
        "checkin": "最初の1on1（ふりかえり）",
        "footer_checkin": "ふりかえりの1on1",
        "undecided": "未定",
        "marker": "…（続きは記録に保存）",
        "more": "ほか{n}件（記録に保存）",
        "6m": "半年後",
        "1y": "1年後",
        "3y": "3年後",
    },
    "en": {
        "kicker": "Career workshop · One sheet",
        "name": "Name",
        "department": "Department",
        "stage1": "Taking stock of my experiences",
        "stage2": "Strengths and values",
        "stage3": "Target state and learning themes",
        "stage4": "My next step",
        "tentative": " (tentative)",
        "hint1": "What raised and lowered my energy",
        "hint2": "What I can do, what matters to me, how others see me",
        "hint3": "Where I want to be, and what I will learn for it",
        "hint4": "A small experiment: what, by when, with whom",
        "when": "When",
        "what": "Experience (role · why)",
        "energy": "Energy",
        "why": "Why: ",
        "separator": " · ",
        "chart": "Energy line",
        "chart_blank": "Plot each experience, then join the points",
        "high": "high",
        "low": "low",
        "strengths": "Strengths (Can)",
        "values": "Values (Will)",
        "expectations": "Expected of me (Must)",
        "partner_noticed": "My partner noticed (Relation)",
        "identity": "I am (Identity)",
        "target_state": "Target state",
        "themes": "Learning themes",
        "step_what": "I will",
        "step_by": "By",
        "step_supporter": "Supported by",
        "checkin": "First check-in (1on1)",
        "footer_checkin": "Check-in (1on1)",
        "undecided": "to be set",
        "marker": "… (the rest is kept in the record)",
        "more": "+{n} more (kept in the record)",
        "6m": "in 6 months",
        "1y": "in 1 year",
        "3y": "in 3 years",
    },
}
_WEEKDAYS_JA = "月火水木金土日"


def labels(language: str) -> dict[str, str]:
    """The printed words for ``language`` ("ja" or "en"; anything else prints Japanese)."""
    return LABELS.get(language, LABELS["ja"])


def format_date(day: dt.date | None, language: str) -> str:
    """``2026年12月3日（木）`` or ``Thu 3 Dec 2026``; empty for no date."""
    if day is None:
        return ""
    if language == "en":
        return f"{day:%a} {day.day} {day:%b %Y}"
    return f"{day.year}年{day.month}月{day.day}日（{_WEEKDAYS_JA[day.weekday()]}）"


@dataclass(frozen=True)
class Rect:
    """A box: left, bottom, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w

    def inset(self, dx: float, dy: float | None = None) -> Rect:
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, self.w - 2 * dx, self.h - 2 * dy)

    def columns(self, fractions: Sequence[float], gap: float) -> list[Rect]:
        """Side by side, ``gap`` apart, widths in proportion to ``fractions``."""
        free = self.w - gap * (len(fractions) - 1)
        total = sum(fractions)
        out, x = [], self.x
        for fraction in fractions:
            width = free * fraction / total
            out.append(Rect(x, self.y, width, self.h))
            x += width + gap
        return out

    def rows(self, heights: Sequence[float | None], gap: float) -> list[Rect]:
        """Stacked top down, ``gap`` apart; a ``None`` height takes what is left."""
        fixed = sum(h for h in heights if h is not None) + gap * (len(heights) - 1)
        flexible = sum(1 for h in heights if h is None)
        rest = max(self.h - fixed, 0.0) / flexible if flexible else 0.0
        out, top = [], self.top
        for height in heights:
            used = rest if height is None else height
            out.append(Rect(self.x, top - used, self.w, used))
            top -= used + gap
        return out


@dataclass(frozen=True)
class PagePlan:
    """Where the header, the four stage boxes and the footer go on the paper."""

    header: Rect
    stages: tuple[Rect, Rect, Rect, Rect]
    footer: Rect


def plan(paper: tuple[float, float], grow: float = 0.0) -> PagePlan:
    """The boxes for a portrait page of ``paper`` (width, height) points; ``grow`` makes the
    first stage taller (for many experiences), taken from the others in :data:`DONORS` shares."""
    width, height = paper
    body = Rect(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM)
    free = body.h - HEADER - FOOTER - GAP * 5
    stage_heights = [
        free * weight / sum(WEIGHTS) + grow * (1.0 if index == 0 else -DONORS[index - 1])
        for index, weight in enumerate(WEIGHTS)
    ]
    header, *stages, footer = body.rows([HEADER, *stage_heights, FOOTER], GAP)
    s1, s2, s3, s4 = stages
    return PagePlan(header, (s1, s2, s3, s4), footer)


def body_height(box: Rect) -> float:
    """The height inside a stage box under its title band."""
    return box.h - BAND - PAD * 1.6


def stage_frame(canvas: Canvas, box: Rect, *, prominent: bool = False) -> tuple[Rect, Rect]:
    """Draw a stage box with its tinted title band; returns (band, body) inner rects."""
    color = ACCENT if prominent else FRAME
    tint = ACCENT_TINT if prominent else TINT
    line = 1.8 if prominent else 0.7
    canvas.saveState()
    canvas.setFillColor(tint)
    canvas.roundRect(box.x, box.y, box.w, box.h, RADIUS, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    band_bottom = box.top - BAND
    canvas.roundRect(box.x, box.y, box.w, band_bottom - box.y, RADIUS, stroke=0, fill=1)
    canvas.rect(box.x, band_bottom - RADIUS, box.w, RADIUS, stroke=0, fill=1)
    canvas.setStrokeColor(color)
    canvas.setLineWidth(line)
    canvas.roundRect(box.x, box.y, box.w, box.h, RADIUS, stroke=1, fill=0)
    canvas.setLineWidth(0.5 if not prominent else 0.8)
    canvas.line(box.x, band_bottom, box.right, band_bottom)
    canvas.restoreState()
    band = Rect(box.x + PAD, band_bottom, box.w - 2 * PAD, BAND)
    body = Rect(box.x + PAD, box.y + PAD * 0.8, box.w - 2 * PAD, body_height(box))
    return band, body


def badge(
    canvas: Canvas,
    cx: float,
    cy: float,
    radius: float,
    text: str,
    color: colors.Color,
    font: str,
    size: float,
) -> None:
    """A filled circle with a white numeral (the stage number, a row number)."""
    canvas.saveState()
    canvas.setFillColor(color)
    canvas.circle(cx, cy, radius, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    canvas.setFont(font, size)
    canvas.drawCentredString(cx, cy - size * 0.36, text)
    canvas.restoreState()


def writing_lines(canvas: Canvas, area: Rect, pitch: float = WRITING_PITCH) -> None:
    """Ruled lines for handwriting across ``area`` (at least one)."""
    canvas.saveState()
    canvas.setStrokeColor(WRITE_LINE)
    canvas.setLineWidth(0.5)
    canvas.setDash([1.2, 1.6])
    count = max(int(area.h // pitch), 1)
    step = area.h / count if count > 1 else area.h
    for index in range(1, count + 1):
        y = area.top - index * step
        canvas.line(area.x, y, area.right, y)
    canvas.restoreState()


def pill(
    canvas: Canvas,
    box: Rect,
    fill: colors.Color,
    stroke: colors.Color | None = None,
    radius: float | None = None,
) -> None:
    """A rounded box (a chip, the horizon tag)."""
    canvas.saveState()
    canvas.setFillColor(fill)
    if stroke is not None:
        canvas.setStrokeColor(stroke)
        canvas.setLineWidth(0.6)
    canvas.roundRect(
        box.x,
        box.y,
        box.w,
        box.h,
        box.h / 2 if radius is None else radius,
        stroke=0 if stroke is None else 1,
        fill=1,
    )
    canvas.restoreState()


def checkbox(canvas: Canvas, x: float, y: float, side: float) -> None:
    """An empty tick box with its bottom left at (x, y)."""
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.6)
    canvas.rect(x, y, side, side, stroke=1, fill=0)
    canvas.restoreState()


def energy_chart(
    canvas: Canvas, area: Rect, energies: Sequence[int], font: str, words: dict[str, str]
) -> None:
    """The motivation graph: experiences in order on x, energy −2..+2 on y, points joined."""
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(font, 7)
    canvas.drawString(area.x, area.top - 8, words["chart"])
    plot = Rect(area.x + 12, area.y + 11, area.w - 14, area.h - 27)
    canvas.setFillColor(colors.HexColor("#f7f9fb"))
    canvas.rect(plot.x, plot.y, plot.w, plot.h, stroke=0, fill=1)
    for level in range(-2, 3):
        y = plot.y + (level + 2) / 4 * plot.h
        canvas.setStrokeColor(FAINT if level == 0 else RULE)
        canvas.setLineWidth(0.9 if level == 0 else 0.35)
        canvas.setDash([] if level == 0 else [1, 1.5])
        canvas.line(plot.x, y, plot.right, y)
        canvas.setFillColor(MUTED)
        canvas.setFont(font, 6.5)
        canvas.drawRightString(
            plot.x - 2.5, y - 2.3, f"{level:+d}".replace("+0", "0").replace("-", "−")
        )
    canvas.setDash([])
    canvas.setFont(font, 6)
    canvas.setFillColor(FAINT)
    canvas.drawString(plot.x + 2, plot.top - 7, words["high"])
    canvas.drawString(plot.x + 2, plot.y + 2.5, words["low"])
    if not energies:
        canvas.setFont(font, 6.5)
        canvas.drawCentredString(plot.x + plot.w / 2, area.y + 2, words["chart_blank"])
        canvas.restoreState()
        return
    step = plot.w / len(energies)
    points = [
        (plot.x + step * (index + 0.5), plot.y + (max(-2, min(2, energy)) + 2) / 4 * plot.h)
        for index, energy in enumerate(energies)
    ]
    canvas.setStrokeColor(PRIMARY)
    canvas.setLineWidth(1.4)
    canvas.setLineJoin(1)
    path = canvas.beginPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    canvas.drawPath(path, stroke=1, fill=0)
    radius = 2.4 if len(points) <= 12 else 1.8
    label_size = 6.5 if len(points) <= 12 else 5.5
    for index, ((x, y), energy) in enumerate(zip(points, energies, strict=True)):
        canvas.setFillColor(UP if energy > 0 else DOWN if energy < 0 else MUTED)
        canvas.setStrokeColor(WHITE)
        canvas.setLineWidth(0.8)
        canvas.circle(x, y, radius, stroke=1, fill=1)
        canvas.setFillColor(MUTED)
        canvas.setFont(font, label_size)
        canvas.drawCentredString(x, area.y + 3, str(index + 1))
    canvas.restoreState()

"""The boxes the projector paints, and how a text is fitted into one: measured, never clipped.

:func:`ui.projector_layout.layout_frame` returns a :class:`ProjectorLayout` of these boxes: every
text (:class:`TextBox`) gets the rectangle it was given and the rectangle it needs at the font
size chosen for it, found by shrinking until it fits (:func:`fit`, :func:`fit_wrapped`,
:func:`fit_line`), so tests can prove nothing is clipped or overlapping; the clock
(:class:`ClockBox`) gets one cell per character. Nothing here paints or holds a colour, only
colour *roles* (names of :class:`ui.projector_theme.PhaseColors` fields).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from ui.fonts import UI_FAMILY

MIN_PX = 6  # below this a text is unreadable anyway; fitting stops here
LINE_SPACING = 0.4  # extra space between wrapped lines, in em (Japanese wants air)
CLOCK_WEIGHT = 0.03  # outline added to the digits, in em


@dataclass
class TextBox:
    """One text: where it may go (``rect``), what it needs (``needed``), how to draw it."""

    key: str
    rect: QRectF
    needed: QRectF
    font: QFont
    role: str
    runs: list[tuple[QPointF, str]] = field(default_factory=list)  # baseline, one-line text
    layout: QTextLayout | None = None  # wrapped text, drawn at ``origin``
    origin: QPointF = field(default_factory=QPointF)


@dataclass
class Shape:
    """A filled rounded rectangle (``kind="fill"``), a pause sign (``"pause"``) or a phase icon
    (``"ring"``, ``"circle"``, ``"triangle"``, ``"diamond"``, ``"square"``) filling ``rect``."""

    rect: QRectF
    role: str
    radius: float = 0.0
    kind: str = "fill"


@dataclass
class ClockBox:
    """The big (or corner) clock: one cell per character, so digits never make it jump."""

    rect: QRectF
    needed: QRectF
    font: QFont
    cells: list[tuple[float, float]]  # left, width of each character's cell
    baseline: float
    ink: dict[str, tuple[float, float]]  # character -> (ink left bearing, ink width)
    stroke: float  # outline pen width that makes the digits heavier


@dataclass
class ProjectorLayout:
    """Everything the view paints, in paint order; ``pages`` is 0 without groups."""

    shapes: list[Shape] = field(default_factory=list)
    texts: list[TextBox] = field(default_factory=list)
    clock: ClockBox | None = None
    page: int = 0
    pages: int = 0


def font(px: float, bold: bool = False) -> QFont:
    """The projector's font (IPAex Gothic) at ``px`` pixels."""
    f = QFont(UI_FAMILY)
    f.setPixelSize(max(1, int(px)))
    f.setBold(bold)
    return f


def fit(fits: Callable[[int], bool], hi: float, lo: int = MIN_PX) -> int:
    """The largest whole pixel size in [lo, hi] for which ``fits`` holds (``lo`` if none)."""
    lo_ok, hi_px = lo, max(lo, int(hi))
    if fits(hi_px):
        return hi_px
    while hi_px - lo_ok > 1:
        mid = (lo_ok + hi_px) // 2
        lo_ok, hi_px = (mid, hi_px) if fits(mid) else (lo_ok, mid)
    return lo_ok


@dataclass
class Wrapped:
    layout: QTextLayout
    height: float
    fits: bool


def wrap(text: str, f: QFont, width: float, center: bool = False) -> Wrapped:
    layout = QTextLayout(text.replace("\n", "\u2028"), f)
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter if center else Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    extra = f.pixelSize() * LINE_SPACING
    y, fits = 0.0, True
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        fits = fits and line.naturalTextWidth() <= width
        y += line.height() + extra
    layout.endLayout()
    return Wrapped(layout, max(0.0, y - extra), fits)


def wrapped_box(key: str, w: Wrapped, rect: QRectF, role: str, valign: bool) -> TextBox:
    top = rect.top() + ((rect.height() - w.height) / 2 if valign else 0)
    origin = QPointF(rect.left(), top)
    needed = QRectF()
    for i in range(w.layout.lineCount()):
        needed = needed.united(w.layout.lineAt(i).naturalTextRect().translated(origin))
    return TextBox(key, rect, needed, w.layout.font(), role, layout=w.layout, origin=origin)


def fit_wrapped(
    key: str, text: str, rect: QRectF, max_px: float, role: str, center: bool = False
) -> TextBox:
    """``text`` wrapped into ``rect`` at the largest size that fits, vertically centred."""

    def fits(px: int) -> bool:
        w = wrap(text, font(px), rect.width(), center)
        return w.fits and w.height <= rect.height()

    px = fit(fits, max_px)
    return wrapped_box(key, wrap(text, font(px), rect.width(), center), rect, role, True)


def line_box(
    key: str, text: str, f: QFont, rect: QRectF, role: str, align: str = "center"
) -> TextBox:
    """One unwrapped line in ``rect``: centred, or at its ``left`` / ``right`` edge."""
    fm = QFontMetricsF(f)
    w = fm.horizontalAdvance(text)
    x = {"left": rect.left(), "right": rect.right() - w}.get(align, rect.center().x() - w / 2)
    y = rect.center().y() - fm.height() / 2
    needed = QRectF(x, y, w, fm.height())
    return TextBox(key, rect, needed, f, role, runs=[(QPointF(x, y + fm.ascent()), text)])


def fit_line(
    key: str, text: str, rect: QRectF, max_px: float, role: str, bold: bool = False
) -> TextBox:
    """One line at the largest size whose width and height fit ``rect``."""

    def fits(px: int) -> bool:
        fm = QFontMetricsF(font(px, bold))
        return fm.horizontalAdvance(text) <= rect.width() and fm.height() <= rect.height()

    return line_box(key, text, font(fit(fits, max_px), bold), rect, role)


def clock_box(text: str, rect: QRectF, max_ink: float, align: str = "center") -> ClockBox:
    """Digits in equal cells, the ink as tall as ``max_ink`` allows within ``rect``.

    The glyphs are outlined with a pen of ``stroke`` width when painted (IPAex has no bold
    face, and Qt drops synthetic bold for glyphs this large), so the ink grows by it.
    """
    shape = "".join("0" if ch.isdigit() else ch for ch in text) or "0"

    def measure(px: int) -> tuple[QFont, dict[str, tuple[float, float]], float, float, list]:
        f = font(px)
        fm = QFontMetricsF(f)
        stroke = CLOCK_WEIGHT * px
        ink = {}
        for ch in set("0123456789" + shape):
            r = fm.tightBoundingRect(ch)
            ink[ch] = (r.left(), r.width())
        digits = [fm.tightBoundingRect(d) for d in "0123456789"]
        top = min(r.top() for r in digits)
        height = max(r.bottom() for r in digits) - top + stroke
        digit_cell = max(w for ch, (_, w) in ink.items() if ch.isdigit()) + stroke + 0.07 * px
        cells = [digit_cell if ch.isdigit() else ink[ch][1] + stroke + 0.16 * px for ch in shape]
        return f, ink, top - stroke / 2, height, cells

    def fits(px: int) -> bool:
        _, _, _, height, cells = measure(px)
        return height <= min(max_ink, rect.height()) and sum(cells) <= rect.width()

    px = fit(fits, max_ink * 2, lo=4)
    f, ink, top, height, widths = measure(px)
    width = sum(widths)
    x = {"left": rect.left(), "right": rect.right() - width}.get(
        align, rect.center().x() - width / 2
    )
    y = rect.center().y() - height / 2
    cells = []
    for cell in widths:
        cells.append((x, cell))
        x += cell
    needed = QRectF(cells[0][0], y, width, height)
    return ClockBox(rect, needed, f, cells, y - top, ink, CLOCK_WEIGHT * px)

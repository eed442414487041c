"""Where each text of the projector goes, and at what size: measured, fitted, never clipped.

:func:`layout_frame` turns a :class:`ProjectorFrame` and a window size into boxes: every text
gets the rectangle it was given and the rectangle it needs at the font size chosen for it
(found by shrinking until it fits), so tests can prove nothing is clipped or overlapping. The
view paints these boxes; this module paints nothing and holds no colour, only colour *roles*
(names of :class:`ui.projector_theme.PhaseColors` fields).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from app.projector_frame import GroupCard, ProjectorFrame, StripState
from app.run_state import Phase
from ui.fonts import UI_FAMILY

MIN_PX = 6  # below this a text is unreadable anyway; fitting stops here
LINE_SPACING = 0.4  # extra space between wrapped lines, in em (Japanese wants air)
CLOCK_INK = 0.26  # the digits' ink height, as a share of the window height (>= 1/4)
CLOCK_WEIGHT = 0.03  # outline added to the digits, in em
_GRIDS = [(c, r) for r in range(1, 5) for c in range(1, 7)]


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


@dataclass(frozen=True)
class Words:
    """The view's own (translated) words: the phase word and the paused badge."""

    status: str
    paused: str


def font(px: float, bold: bool = False) -> QFont:
    """The projector's font (IPAex Gothic) at ``px`` pixels."""
    f = QFont(UI_FAMILY)
    f.setPixelSize(max(1, int(px)))
    f.setBold(bold)
    return f


def _fit(fits: Callable[[int], bool], hi: float, lo: int = MIN_PX) -> int:
    """The largest whole pixel size in [lo, hi] for which ``fits`` holds (``lo`` if none)."""
    lo_ok, hi_px = lo, max(lo, int(hi))
    if fits(hi_px):
        return hi_px
    while hi_px - lo_ok > 1:
        mid = (lo_ok + hi_px) // 2
        lo_ok, hi_px = (mid, hi_px) if fits(mid) else (lo_ok, mid)
    return lo_ok


@dataclass
class _Wrapped:
    layout: QTextLayout
    height: float
    fits: bool


def _wrap(text: str, f: QFont, width: float, center: bool = False) -> _Wrapped:
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
    return _Wrapped(layout, max(0.0, y - extra), fits)


def _wrapped_box(key: str, w: _Wrapped, rect: QRectF, role: str, valign: bool) -> TextBox:
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
        w = _wrap(text, font(px), rect.width(), center)
        return w.fits and w.height <= rect.height()

    px = _fit(fits, max_px)
    return _wrapped_box(key, _wrap(text, font(px), rect.width(), center), rect, role, True)


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

    return line_box(key, text, font(_fit(fits, max_px), bold), rect, role)


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

    px = _fit(fits, max_ink * 2, lo=4)
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


PHASE_ICONS: dict[Phase, str] = {
    Phase.NOT_STARTED: "ring",
    Phase.CALM: "circle",
    Phase.WARNING: "triangle",
    Phase.FINAL: "diamond",
    Phase.OVERTIME: "square",
}
"""The shape drawn before the phase word, so the phase reads without telling colours apart
(○ starting soon, ● calm, ▲ warning, ◆ final seconds, ■ over time; "finished" says so)."""
ICON_SIZE = 0.7  # a phase icon's side, in font heights (about as tall as the kana beside it)


def _icon_slot(icon: str) -> float:
    """The room an icon takes before a badge's text, in font heights (gap included)."""
    return 0.0 if not icon else 0.75 if icon == "pause" else ICON_SIZE + 0.33


def pill(
    out: ProjectorLayout,
    key: str,
    text: str,
    px: float,
    at: QPointF,
    bg: str,
    fg: str,
    icon: str = "",
) -> None:
    """A rounded badge whose left-centre is ``at``, with an ``icon`` shape (a kind of
    :class:`Shape`) before the text when one is given."""
    f = font(px, bold=True)
    fm = QFontMetricsF(f)
    h, pad = fm.height() * 1.5, fm.height() * 0.6
    slot = fm.height() * _icon_slot(icon)
    width = 2 * pad + slot + fm.horizontalAdvance(text)
    rect = QRectF(at.x(), at.y() - h / 2, width, h)
    out.shapes.append(Shape(rect, bg, h / 2))
    if icon == "pause":
        out.shapes.append(
            Shape(QRectF(rect.left() + pad, at.y() - h / 5, slot * 0.55, h * 0.4), fg, 0, "pause")
        )
    elif icon:
        side = fm.height() * ICON_SIZE
        out.shapes.append(
            Shape(QRectF(rect.left() + pad, at.y() - side / 2, side, side), fg, 0, icon)
        )
    text_rect = QRectF(rect.left() + pad + slot, rect.top(), width - 2 * pad - slot, h)
    out.texts.append(line_box(key, text, f, text_rect.adjusted(-1, 0, 1, 0), fg))


def pill_width(text: str, px: float, icon: str = "") -> float:
    fm = QFontMetricsF(font(px, bold=True))
    return fm.height() * (1.2 + _icon_slot(icon)) + fm.horizontalAdvance(text)


def _pills(frame: ProjectorFrame, words: Words) -> list[tuple[str, str, str, str, str]]:
    """The badges: (key, text, background role, text role, icon)."""
    pills = []
    if words.status:
        icon = PHASE_ICONS.get(frame.phase, "")
        pills.append(("status", words.status, "accent", "on_accent", icon))
    if frame.paused:
        pills.append(("paused", words.paused, "paused_bg", "paused_text", "pause"))
    return pills


def _content(size: QSize) -> tuple[float, QRectF]:
    u = size.height() / 100
    mx = round(max(3 * u, 0.025 * size.width()))
    my = round(3 * u)
    return u, QRectF(mx, my, size.width() - 2 * mx, size.height() - 2 * my)


def layout_frame(
    size: QSize, frame: ProjectorFrame, words: Words, page: int = 0
) -> ProjectorLayout:
    """The layout of ``frame`` in a window of ``size`` (see the module docstring)."""
    out = ProjectorLayout()
    if frame.blackout or size.isEmpty():
        return out
    u, content = _content(size)
    out.shapes.append(Shape(QRectF(0, 0, size.width(), max(3.0, 0.8 * u)), "accent"))
    if frame.message:
        _message_screen(out, frame, words, u, content)
    elif frame.groups:
        _groups_screen(out, frame, words, u, content, page)
    else:
        _stage_screen(out, frame, words, u, content)
    return out


def header(out: ProjectorLayout, frame: ProjectorFrame, rect: QRectF, u: float) -> None:
    """Stage number in an accent badge, then the title (wrapped and shrunk, never elided)."""
    left = rect.left()
    if frame.number:
        px = min(4.2 * u, rect.height() * 0.4)
        pill(
            out, "number", frame.number, px, QPointF(left, rect.center().y()), "accent", "on_accent"
        )
        left += pill_width(frame.number, px) + 2 * u
    if frame.title:
        title_rect = QRectF(left, rect.top(), rect.right() - left, rect.height())
        out.texts.append(fit_wrapped("title", frame.title, title_rect, 5.6 * u, "text"))


def strip(out: ProjectorLayout, frame: ProjectorFrame, rect: QRectF, u: float) -> None:
    """All stages along the bottom: a bar and an elided title each; the current one marked."""
    n = len(frame.strip)
    gap = 2 * u
    seg = (rect.width() - (n - 1) * gap) / n
    bar = max(3.0, 0.7 * u)
    text_h = rect.height() - bar - 0.6 * u
    px = _fit(lambda px: QFontMetricsF(font(px, bold=True)).height() <= text_h, 2.7 * u)
    for i, item in enumerate(frame.strip):
        x = rect.left() + i * (seg + gap)
        current = item.state == StripState.CURRENT
        done = item.state == StripState.DONE
        out.shapes.append(
            Shape(
                QRectF(x, rect.top(), seg, bar),
                "accent" if current else "dim" if done else "card",
                bar / 2,
            )
        )
        area = QRectF(x, rect.top() + bar + 0.6 * u, seg, text_h)
        f = font(px, bold=current)
        text = QFontMetricsF(f).elidedText(item.title, Qt.TextElideMode.ElideRight, seg - 2)
        role = "text" if current else "dim" if done else "soft"
        out.texts.append(line_box(f"strip{i}", text, f, area, role, align="left"))


def badges(
    out: ProjectorLayout,
    frame: ProjectorFrame,
    words: Words,
    right: float,
    row: QRectF,
    px: float,
    u: float,
) -> float:
    """The phase word and the paused badge, right-aligned at ``right`` and centred on ``row``;
    returns where they begin."""
    x = right
    for key, text, bg, fg, icon in reversed(_pills(frame, words)):
        x -= pill_width(text, px, icon)
        pill(out, key, text, px, QPointF(x, row.center().y()), bg, fg, icon)
        x -= 1.5 * u
    return x


def corner(
    out: ProjectorLayout, frame: ProjectorFrame, words: Words, rect: QRectF, ink: float, u: float
) -> float:
    """A small clock at the right of ``rect`` with the badges before it; returns its width."""
    box = clock_box(frame.clock, rect, ink, align="right")
    box.rect = box.needed.adjusted(-1, -1, 1, 1)
    out.clock = box
    x = badges(out, frame, words, box.needed.left() - 2 * u, box.needed, min(3.2 * u, ink * 0.6), u)
    return rect.right() - x


def _stage_screen(
    out: ProjectorLayout, frame: ProjectorFrame, words: Words, u: float, c: QRectF
) -> None:
    head = QRectF(c.left(), c.top(), c.width(), 11 * u)
    finished = frame.phase == Phase.FINISHED
    left = c.right() if finished else badges(out, frame, words, c.right(), head, 3.6 * u, u)
    header(
        out, frame, QRectF(head.left(), head.top(), left - head.left() - 2 * u, head.height()), u
    )
    bottom = c.bottom()
    if frame.strip:
        strip(out, frame, QRectF(c.left(), c.bottom() - 6 * u, c.width(), 6 * u), u)
        bottom -= 9 * u
    top = head.bottom() + 2.5 * u
    if finished:
        body = QRectF(c.left(), top, c.width(), bottom - top)
        out.texts.append(fit_line("status", words.status, body, 12 * u, "text", bold=True))
        return
    ink = CLOCK_INK * 100 * u
    clock = clock_box(frame.clock, QRectF(c.left(), top, c.width(), ink), ink)
    clock.rect = clock.needed.adjusted(-1, -1, 1, 1)
    out.clock = clock
    body = QRectF(c.left(), clock.needed.bottom() + 3.5 * u, c.width(), 0)
    body.setBottom(bottom)
    if body.height() > MIN_PX:
        _body(out, frame, body, u)


def _message_screen(
    out: ProjectorLayout, frame: ProjectorFrame, words: Words, u: float, c: QRectF
) -> None:
    ink = 7 * u
    corner(out, frame, words, QRectF(c.left(), c.bottom() - ink - 2, c.width(), ink + 2), ink, u)
    area = QRectF(c.left(), c.top() + 3 * u, c.width(), c.height() - ink - 9 * u)
    assert frame.message is not None
    out.texts.append(fit_wrapped("message", frame.message, area, 13 * u, "text", center=True))


def _body(out: ProjectorLayout, frame: ProjectorFrame, rect: QRectF, u: float) -> None:
    """The instructions, then the prompts in cards (one or two columns, whichever reads larger),
    all at one size: the largest at which everything fits."""
    instructions = frame.instructions.strip()
    prompts = [p.strip() for p in frame.prompts if p.strip()]
    if not instructions and not prompts:
        return

    def size_for(cols: int) -> int:
        return _fit(lambda px: _plan_body(instructions, prompts, px, cols, rect) is not None, 5 * u)

    px, cols = max((size_for(cols), cols) for cols in ((1, 2) if len(prompts) > 1 else (1,)))
    plan = _plan_body(instructions, prompts, px, cols, rect, force=True)
    assert plan is not None
    shapes, texts = plan
    out.shapes.extend(shapes)
    out.texts.extend(texts)


def _plan_body(
    instructions: str, prompts: list[str], px: int, cols: int, rect: QRectF, force: bool = False
) -> tuple[list[Shape], list[TextBox]] | None:
    """Boxes for the body at ``px``, or None if they do not fit in ``rect``."""
    f = font(px)
    instr = _wrap(instructions, f, rect.width()) if instructions else None
    col_gap, row_gap, pad_v, pad_h, mark = 0.8 * px, 0.6 * px, 0.5 * px, 0.7 * px, 0.22 * px
    col_w = (rect.width() - (cols - 1) * col_gap) / cols
    text_w = col_w - 2 * pad_h - mark
    wrapped = [_wrap(p, f, text_w) for p in prompts]
    rows = [wrapped[i : i + cols] for i in range(0, len(wrapped), cols)]
    row_h = [max(w.height for w in row) + 2 * pad_v for row in rows]
    total = sum(row_h) + row_gap * (len(rows) - 1) if rows else 0.0
    if instr is not None:
        total += instr.height + (0.9 * px if rows else 0)
    fits = all(w.fits for w in wrapped) and (instr is None or instr.fits)
    if not force and (not fits or total > rect.height()):
        return None
    y = rect.top() + max(0.0, (rect.height() - total) / 2)
    shapes: list[Shape] = []
    texts: list[TextBox] = []
    if instr is not None:
        box = QRectF(rect.left(), y, rect.width(), instr.height)
        texts.append(_wrapped_box("instructions", instr, box, "soft", False))
        y += instr.height + 0.9 * px
    for r, row in enumerate(rows):
        for c, w in enumerate(row):
            x = rect.left() + c * (col_w + col_gap)
            card = QRectF(x, y, col_w, row_h[r])
            shapes.append(Shape(card, "card", 0.35 * px))
            shapes.append(Shape(QRectF(x, y, mark, row_h[r]), "accent", mark / 2))
            inner = QRectF(x + mark + pad_h, y + pad_v, text_w, row_h[r] - 2 * pad_v)
            texts.append(_wrapped_box(f"prompt{r * cols + c}", w, inner, "text", True))
        y += row_h[r] + row_gap
    return shapes, texts


def _groups_screen(
    out: ProjectorLayout, frame: ProjectorFrame, words: Words, u: float, c: QRectF, page: int
) -> None:
    """Group cards (label and names), paged when they cannot all be read at once."""
    ink = 6 * u
    used = corner(out, frame, words, QRectF(c.left(), c.top(), c.width(), 9 * u), ink, u)
    if frame.title:
        title = QRectF(c.left(), c.top(), c.width() - used - 3 * u, 9 * u)
        out.texts.append(fit_wrapped("title", frame.title, title, 5 * u, "text"))
    area = QRectF(c.left(), c.top() + 12 * u, c.width(), c.height() - 12 * u)
    paged = QRectF(area.left(), area.top(), area.width(), area.height() - 7 * u)
    groups = frame.groups
    n = len(groups)
    # One size for every card: the one the most names, each as wide as the widest, would get.
    widest = QFontMetricsF(font(100))
    longest = max(
        (name for g in groups for name in g.names), key=widest.horizontalAdvance, default=""
    )
    worst = GroupCard("", (longest,) * max(len(g.names) for g in groups))
    options = []
    for cols, rows in _GRIDS:
        cap = cols * rows
        if cols > n or cols * (rows - 1) >= n:
            continue  # a whole row or column would stay empty
        grid = area if cap >= n else paged
        px = _card_px(worst, _card_rect(grid, cols, rows, 0, u), u)
        readable = px >= 3 * u  # else: the largest names, however many pages
        pages = math.ceil(n / cap)
        empty = pages * cap - n
        options.append((readable, -pages if readable else px, px, -empty, -cols, cols, rows))
    _, _, px, _, _, cols, rows = max(options)
    cap = cols * rows
    out.pages = math.ceil(n / cap)
    out.page = min(max(page, 0), out.pages - 1)
    grid = area if out.pages == 1 else paged
    for slot, i in enumerate(range(out.page * cap, min(n, (out.page + 1) * cap))):
        _card(out, i, groups[i], _card_rect(grid, cols, rows, slot, u), px, u)
    if out.pages > 1:
        row = QRectF(area.left(), area.bottom() - 5 * u, area.width(), 5 * u)
        text = f"{out.page + 1} / {out.pages}"
        out.texts.append(line_box("page", text, font(3.4 * u, bold=True), row, "soft"))


def _card_rect(area: QRectF, cols: int, rows: int, slot: int, u: float) -> QRectF:
    gap = 2 * u
    w = (area.width() - (cols - 1) * gap) / cols
    h = (area.height() - (rows - 1) * gap) / rows
    return QRectF(
        area.left() + (slot % cols) * (w + gap), area.top() + (slot // cols) * (h + gap), w, h
    )


def _card_parts(card: QRectF, u: float) -> tuple[QRectF, QRectF]:
    pad = min(2.2 * u, card.width() * 0.08)
    label_h = min(6.5 * u, card.height() * 0.3)
    inner = card.adjusted(pad, pad * 0.8, -pad, -pad * 0.8)
    label = QRectF(inner.left(), inner.top(), inner.width(), label_h)
    names = QRectF(
        inner.left(), label.bottom() + u, inner.width(), inner.bottom() - label.bottom() - u
    )
    return label, names


def _name_columns(names: tuple[str, ...], f: QFont, area: QRectF) -> int:
    """How many columns the names need at ``f`` in ``area`` (0: they do not fit)."""
    fm = QFontMetricsF(f)
    widest = max((fm.horizontalAdvance(n) for n in names), default=0.0)
    for cols in (1, 2, 3):
        col_w = (area.width() - (cols - 1) * fm.height()) / cols
        if widest <= col_w and math.ceil(len(names) / cols) * fm.height() * 1.25 <= area.height():
            return cols
    return 0


def _card_px(group: GroupCard, card: QRectF, u: float) -> int:
    _, names = _card_parts(card, u)
    return _fit(lambda px: _name_columns(group.names, font(px), names) > 0, 6 * u)


def _card(out: ProjectorLayout, i: int, group: GroupCard, card: QRectF, px: int, u: float) -> None:
    label, names = _card_parts(card, u)
    out.shapes.append(Shape(card, "card", 1.2 * u))
    label_px = min(5.2 * u, 1.3 * px)  # a heading, not a shout over the names
    if group.label:
        out.texts.append(
            fit_line(f"group{i}.label", group.label, label, label_px, "label", bold=True)
        )
    if not group.names:
        return
    f = font(px)
    fm = QFontMetricsF(f)
    cols = max(1, _name_columns(group.names, f, names))
    col_w = max((fm.horizontalAdvance(n) for n in group.names), default=0.0)
    block = cols * col_w + (cols - 1) * fm.height()
    left = names.left() + max(0.0, (names.width() - block) / 2)  # the names centred as a block
    per_col = math.ceil(len(group.names) / cols)
    runs = []
    needed = QRectF()
    for k, name in enumerate(group.names):
        x = left + (k // per_col) * (col_w + fm.height())
        y = names.top() + (k % per_col) * fm.height() * 1.25
        runs.append((QPointF(x, y + fm.ascent()), name))
        needed = needed.united(QRectF(x, y, fm.horizontalAdvance(name), fm.height()))
    out.texts.append(TextBox(f"group{i}.names", names, needed, f, "text", runs=runs))

"""The projector's badges: the phase word with its icon and the paused sign, and the corner clock.

:class:`Words` holds the view's own (translated) words for them. Before the phase word goes a
shape (:data:`PHASE_ICONS`), so the phase reads without telling colours apart. :func:`pill` draws
one badge (the stage number is one too); :func:`badges` lines the phase and paused badges up at
the right of a row; :func:`corner` puts a small clock there with the badges before it, as the
message and group screens show it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from app.projector_frame import ProjectorFrame
from app.run_state import Phase
from ui.projector_boxes import ProjectorLayout, Shape, clock_box, font, line_box


@dataclass(frozen=True)
class Words:
    """The view's own (translated) words: the phase word and the paused badge."""

    status: str
    paused: str


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

"""Where each text of the projector goes, and at what size: measured, fitted, never clipped.

:func:`layout_frame` turns a :class:`ProjectorFrame` and a window size into boxes
(:mod:`ui.projector_boxes`): the blackout (none), a message, the group cards
(:mod:`ui.projector_groups`) or, most of the time, a stage: its number and title, the phase
badges (:mod:`ui.projector_badges`), the big clock, the instructions and prompt cards, and the
strip of all stages. The view paints these boxes; this module paints nothing and holds no
colour, only colour *roles* (names of :class:`ui.projector_theme.PhaseColors` fields).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF

from app.projector_frame import ProjectorFrame, StripState
from app.run_state import Phase
from ui.projector_badges import Words, badges, corner, pill, pill_width
from ui.projector_boxes import (
    MIN_PX,
    ProjectorLayout,
    Shape,
    TextBox,
    clock_box,
    fit,
    fit_line,
    fit_wrapped,
    font,
    line_box,
    wrap,
    wrapped_box,
)
from ui.projector_groups import groups_screen

CLOCK_INK = 0.26  # the digits' ink height, as a share of the window height (>= 1/4)


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
        groups_screen(out, frame, words, u, content, page)
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
    px = fit(lambda px: QFontMetricsF(font(px, bold=True)).height() <= text_h, 2.7 * u)
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
        return fit(lambda px: _plan_body(instructions, prompts, px, cols, rect) is not None, 5 * u)

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
    instr = wrap(instructions, f, rect.width()) if instructions else None
    col_gap, row_gap, pad_v, pad_h, mark = 0.8 * px, 0.6 * px, 0.5 * px, 0.7 * px, 0.22 * px
    col_w = (rect.width() - (cols - 1) * col_gap) / cols
    text_w = col_w - 2 * pad_h - mark
    wrapped = [wrap(p, f, text_w) for p in prompts]
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
        texts.append(wrapped_box("instructions", instr, box, "soft", False))
        y += instr.height + 0.9 * px
    for r, row in enumerate(rows):
        for c, w in enumerate(row):
            x = rect.left() + c * (col_w + col_gap)
            card = QRectF(x, y, col_w, row_h[r])
            shapes.append(Shape(card, "card", 0.35 * px))
            shapes.append(Shape(QRectF(x, y, mark, row_h[r]), "accent", mark / 2))
            inner = QRectF(x + mark + pad_h, y + pad_v, text_w, row_h[r] - 2 * pad_v)
            texts.append(wrapped_box(f"prompt{r * cols + c}", w, inner, "text", True))
        y += row_h[r] + row_gap
    return shapes, texts

"""The projector's group screen: a card per group, its label and names, paged only when needed.

:func:`groups_screen` gives every card one size of names, the size the fullest group would get,
and picks the grid (up to 6 columns by 4 rows) that shows them all readably on the fewest pages,
or, when no grid can, the one with the largest names; a page number shows which page is on.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from app.projector_frame import GroupCard, ProjectorFrame
from ui.projector_badges import Words, corner
from ui.projector_boxes import (
    ProjectorLayout,
    Shape,
    TextBox,
    fit,
    fit_line,
    fit_wrapped,
    font,
    line_box,
)

_GRIDS = [(c, r) for r in range(1, 5) for c in range(1, 7)]


def groups_screen(
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
    return fit(lambda px: _name_columns(group.names, font(px), names) > 0, 6 * u)


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

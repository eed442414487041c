"""Colours that carry meaning in Ippo's own windows, one set per app theme.

A hint, an error, the prompt above a worksheet section, an energy tint: each was once a fixed
colour picked for the light theme, which the dark theme turned into grey on grey. Here each
meaning has a colour per theme, every text colour at least 4.5:1 (WCAG AA) on the backgrounds
that theme paints (a test computes them), and the choice follows a theme switch at once:

* widgets say what they are with a dynamic property — ``set_tone(label, "muted")`` — and the
  rules of :func:`tone_qss` (appended to the app stylesheet by ``ui.theme``) colour them, so a
  widget's own stylesheet keeps only sizes and weights;
* painted colours (item backgrounds, an item's text through :class:`ToneDelegate`) are read
  from :func:`current` when painted, and the app repaints every widget when the theme changes;
  the console clock and its phase word carry a ``phase`` property, coloured like a tone.

The projector has its own themes (``ui.projector_theme``); these are only for the laptop.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.run_state import Phase

#: The names ``set_tone`` accepts, each a text colour of :class:`Tones`.
TONES = ("muted", "prompt", "error", "warning", "success")
#: The item data role that names an item's tone, for :class:`ToneDelegate`.
TONE_ROLE = Qt.ItemDataRole.UserRole + 40


@dataclass(frozen=True)
class Tones:
    """One app theme's meaningful colours (``#rrggbb``)."""

    name: str
    #: Where text sits in this theme: windows, fields, lists, table headers.
    backgrounds: tuple[str, ...]
    text: str  # the theme's own text colour, for tinted backgrounds
    muted: str  # hints, sub-headings, counters
    prompt: str  # the question above a worksheet section
    error: str
    warning: str
    success: str
    panel: str  # the worksheet's side panel
    panel_border: str
    card_border: str  # a group's card
    notice: str  # a highlighted area (an unknown roster column)
    notice_border: str
    over_limit: str  # background of a row over the sheet's limit
    energy: dict[int, str] = field(default_factory=dict)  # experience energy tints
    phases: dict[Phase, str] = field(default_factory=dict)  # console clock and phase word


LIGHT = Tones(
    name="light",
    backgrounds=("#ffffff", "#f8f8f8", "#f5f5f5"),
    text="#555555",  # what qt-material paints item and label text in
    muted="#56616e",
    prompt="#44505c",
    error="#b00020",
    warning="#8a5000",
    success="#1e6b34",
    panel="#f4f6f9",
    panel_border="#dde2e8",
    card_border="#7b8794",
    notice="#fff4d6",
    notice_border="#b07d00",
    over_limit="#fff1d6",
    energy={2: "#e3f4e8", 1: "#f0f9f2", -1: "#fbf0ee", -2: "#f6e1dd"},
    phases={
        Phase.NOT_STARTED: "#37474f",
        Phase.CALM: "#1b5e20",
        Phase.WARNING: "#8a4b00",
        Phase.FINAL: "#b71c1c",
        Phase.OVERTIME: "#b71c1c",
        Phase.FINISHED: "#37474f",
    },
)

DARK = Tones(
    name="dark",
    backgrounds=("#31363b", "#262a2e", "#232629"),
    text="#ffffff",
    muted="#b0bec5",
    prompt="#cfd8dc",
    error="#ff8a80",
    warning="#ffb74d",
    success="#81c784",
    panel="#2a2f34",
    panel_border="#4f5b62",
    card_border="#8a96a3",
    notice="#3d3320",
    notice_border="#b28704",
    over_limit="#4a3a1a",
    energy={2: "#1f4a2c", 1: "#25392c", -1: "#43302d", -2: "#5a2f29"},
    phases={
        Phase.NOT_STARTED: "#cfd8dc",
        Phase.CALM: "#81c784",
        Phase.WARNING: "#ffb74d",
        Phase.FINAL: "#ff8a80",
        Phase.OVERTIME: "#ff8a80",
        Phase.FINISHED: "#cfd8dc",
    },
)

THEMES = {"light": LIGHT, "dark": DARK}
_current = [LIGHT]


def use(theme: str) -> Tones:
    """Make ``theme``'s tones the current ones (``ui.theme.apply_theme`` calls this)."""
    _current[0] = THEMES.get(theme, LIGHT)
    return _current[0]


def current() -> Tones:
    """The tones of the app theme in use."""
    return _current[0]


def tone_qss(tones: Tones) -> str:
    """Stylesheet rules giving each tone, panel and console phase its colour in ``tones``."""
    rules = [f'*[tone="{name}"] {{ color: {getattr(tones, name)}; }}' for name in TONES]
    rules += [
        f"QFrame#sidePanel {{ background: {tones.panel}; border: 1px solid {tones.panel_border};"
        " border-radius: 6px; }",
        f"QFrame#groupCard {{ border: 1px solid {tones.card_border}; border-radius: 6px; }}",
        f'QFrame[notice="true"] {{ background: {tones.notice};'
        f" border: 1px solid {tones.notice_border}; }}",
    ]
    rules += [f'QLabel[phase="{phase.value}"] {{ color: {color}; }}'
              for phase, color in tones.phases.items()]  # fmt: skip
    return "\n/* Meaningful colours (ui/tones.py) */\n" + "\n".join(rules) + "\n"


def set_tone(widget: QWidget, tone: str | None, name: str = "tone") -> None:
    """Give ``widget`` a tone (or a ``phase``, with ``name``), restyling it only on a change."""
    value = tone or ""
    if (widget.property(name) or "") == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class ToneDelegate(QStyledItemDelegate):
    """Draws an item's text in the tone named by its :data:`TONE_ROLE` data.

    qt-material colours ``QTableView::item`` text, and Qt then ignores ``ForegroundRole``; this
    paints the item without its text, then the text in the tone of the theme in use.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        tone = index.data(TONE_ROLE)
        if tone not in TONES:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        widget = item.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        painter.save()
        painter.setFont(item.font)
        painter.setPen(QColor(getattr(current(), tone)))
        painter.drawText(area, int(item.displayAlignment), text)
        painter.restore()

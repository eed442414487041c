"""Which texts of a window do not fit the room their widget gives them.

Used by ``tests/ui/scaling_probe.py`` (one process per scale factor) and checked against
deliberately clipped widgets in ``tests/ui/test_scaling.py``. A text is clipped when:

* QLabel: its bounding rectangle, for the label's alignment and wrapping, is larger than the
  contents rectangle (rich text is laid out as a document at the label's width);
* QPushButton, QCheckBox, QRadioButton: the text (and icon) is wider or taller than the
  style's contents sub-rectangle, which holds the theme's padding; QToolButton: the button is
  smaller than its size hint;
* QGroupBox: the title is wider than the part of its label rectangle inside the box;
* QToolBar: an action's button was moved out of sight (behind the overflow arrow);
* the window itself is larger than the screen it must fit (``screen``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from PySide6.QtGui import Qt as GuiQt  # holds mightBeRichText
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QToolBar,
    QToolButton,
    QWidget,
)

TOLERANCE = 1  # px: fractional glyph advances are rounded
Need = tuple[int, int, int, int]  # needed width, needed height, given width, given height
CONTENTS = {
    QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
    QRadioButton: QStyle.SubElement.SE_RadioButtonContents,
    QPushButton: QStyle.SubElement.SE_PushButtonContents,
}


@dataclass(frozen=True)
class Clipped:
    where: str
    widget: str
    name: str
    text: str
    needs: tuple[int, int]
    has: tuple[int, int]

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def label_need(label: QLabel) -> Need | None:
    text = label.text()
    if not text.strip() or not label.pixmap().isNull():
        return None
    margin = label.margin()
    rect = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    if label.textFormat() == GuiQt.TextFormat.RichText or (
        label.textFormat() == GuiQt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(rect.width())
        size = document.size()
        return round(document.idealWidth()), round(size.height()), rect.width(), rect.height()
    flags = label.alignment().value
    if label.wordWrap():
        flags |= GuiQt.TextFlag.TextWordWrap.value
    needed = label.fontMetrics().boundingRect(rect, flags, text)
    return needed.width(), needed.height(), rect.width(), rect.height()


def button_need(button: QAbstractButton) -> Need | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip():
        return None
    if isinstance(button, QToolButton):
        hint = button.sizeHint()
        return hint.width(), hint.height(), button.width(), button.height()
    element = next((e for kind, e in CONTENTS.items() if isinstance(button, kind)), None)
    if element is None:
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    rect = button.style().subElementRect(element, option, button)
    metrics = button.fontMetrics()
    width = metrics.horizontalAdvance(text)
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    return width, metrics.height(), rect.width(), rect.height()


def group_box_need(box: QGroupBox) -> Need | None:
    if not box.title().strip():
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    shown = label.intersected(box.rect())
    width = box.fontMetrics().horizontalAdvance(box.title().replace("&", ""))
    return width, box.fontMetrics().height(), shown.width(), shown.height()


def _need(widget: QWidget) -> tuple[Need | None, str]:
    if isinstance(widget, QLabel):
        return label_need(widget), widget.text()
    if isinstance(widget, QAbstractButton):
        return button_need(widget), widget.text()
    if isinstance(widget, QGroupBox):
        return group_box_need(widget), widget.title()
    return None, ""


def clipped_texts(window: QWidget, where: str, screen: tuple[int, int]) -> list[Clipped]:
    """Every shown text of ``window`` that does not fit, its hidden toolbar buttons, and the
    window itself if a ``screen`` (logical width, height) cannot hold it."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        need, text = _need(widget)
        if need is not None and (need[0] > need[2] + TOLERANCE or need[1] > need[3] + TOLERANCE):
            kind = type(widget).__name__
            found.append(Clipped(where, kind, widget.objectName(), text[:120], need[:2], need[2:]))
    for toolbar in window.findChildren(QToolBar):
        shown = {a: toolbar.widgetForAction(a) for a in toolbar.actions()}
        buttons = [b for b in shown.values() if b is not None]
        hidden = [a.iconText() for a, b in shown.items() if b is not None and not b.isVisible()]
        if toolbar.isVisible() and hidden:
            needed = sum(b.sizeHint().width() for b in buttons)
            given = (toolbar.width(), toolbar.height())
            found.append(Clipped(where, "QToolBar", toolbar.objectName(), " | ".join(hidden),
                                 (needed, toolbar.height()), given))  # fmt: skip
    if window.width() > screen[0] or window.height() > screen[1]:
        size = (window.width(), window.height())
        found.append(Clipped(where, type(window).__name__, "(larger than the screen)",
                             window.windowTitle(), size, screen))  # fmt: skip
    return found


def projector_clipped(projector: QWidget, where: str) -> list[Clipped]:
    """The projector's texts whose needed rectangle leaves the one they were given."""
    given, needed = projector.text_rects(), projector.needed_rects()  # type: ignore[attr-defined]
    return [
        Clipped(where, "ProjectorWindow", key, key, (needed[key].width(), needed[key].height()),
                (rect.width(), rect.height()))
        for key, rect in given.items()
        if key in needed and not rect.adjusted(-1, -1, 1, 1).contains(needed[key])
    ]  # fmt: skip

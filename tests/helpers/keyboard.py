"""What keyboard and screen-reader tests share: which widgets take focus, what they are called,
and stand-ins for the sound (tests have no audio device)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)


class SilentChimes(QObject):
    """Run-mode chimes that never sound: they ask for the visual cue, as without speakers."""

    visual_cue = Signal(int)

    def play(self, strokes: int) -> None:
        self.visual_cue.emit(strokes)


class SilentBackend:
    """A sound backend for :class:`ui.chimes.Chimes` that plays nothing."""

    def __init__(self, files: dict[int, Path], parent: QObject) -> None:
        self.files = files

    def play(self, strokes: int) -> bool:
        return True

    def set_volume(self, volume: float) -> None:
        pass

    def stop(self) -> None:
        pass

    def output_name(self) -> str:
        return "Speakers"


def _text(text: str) -> str:
    return text.replace("&", "").strip()


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says ``widget`` is ("" when it would say nothing useful).

    Follows Qt's ``QAccessibleWidget::text(Name)``: the accessible name, else the text of a
    button or label, else a sibling label whose buddy it is, else the title of the group box it
    sits in. Combo boxes get no exception: on Linux Qt reports their current item as the name.
    """
    own = widget.accessibleName().strip()
    if own:
        return own
    if isinstance(widget, QAbstractButton | QLabel) and _text(widget.text()):
        return _text(widget.text())
    if isinstance(widget, QGroupBox) and widget.title().strip():
        return widget.title().strip()
    if isinstance(widget, QTabBar):  # read out as its current tab
        texts = [_text(widget.tabText(i)) for i in range(widget.count())]
        return texts[widget.currentIndex()] if texts and all(texts) else ""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is widget and _text(label.text()):
            return _text(label.text())
    if isinstance(parent, QGroupBox):
        return parent.title().strip()
    return ""


def focusable(window: QWidget, *, by_tab: bool = False) -> list[QWidget]:
    """The visible widgets of ``window`` that take focus themselves (not through a proxy);
    with ``by_tab``, only the enabled ones the Tab key stops at."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisible() or widget.focusProxy() is not None:
            continue
        policy = widget.focusPolicy()
        if policy == Qt.FocusPolicy.NoFocus:
            continue
        if by_tab and (not widget.isEnabled() or not policy & Qt.FocusPolicy.TabFocus):
            continue
        found.append(widget)
    return found


def turn_pages(window: QWidget) -> Iterator[str]:
    """Show each further page of the tab widgets and stacked widgets shown in ``window``, one
    after the other (yields a name for each); the first pages are assumed seen already."""
    for stack in window.findChildren(QStackedWidget):
        if isinstance(stack.parentWidget(), QTabWidget) or not stack.isVisible():
            continue  # a tab widget's own stack: turned through the tab widget below
        for index in range(1, stack.count()):
            stack.setCurrentIndex(index)
            yield f"page {index + 1}"
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible() and tabs is not window:
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                yield tabs.tabText(index)


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    parent = widget.parentWidget()
    name = spoken_name(widget) or widget.objectName()
    return f"{type(widget).__name__} {name!r} in {type(parent).__name__ if parent else None}"


def focused() -> QWidget:
    """Where a key press goes: the focus widget, or the active window when nothing in it has
    focus (the operator console keeps every control out of the focus chain on purpose)."""
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "no window is active"
    return widget

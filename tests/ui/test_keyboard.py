"""Keyboard alone: every tab, every control of a page, adding and checking in a person, and a
run from Ctrl+R to the end. Each key goes where a real key press goes: to the focus widget."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from app.demo import create_demo
from app.store import Store
from app.template_model import WorkshopTemplate
from app.templates import load_templates
from app.workshops import get_workshop
from tests.helpers.keyboard import SilentBackend, describe, focusable, focused
from ui.main_window import MainWindow
from ui.participants_view import ParticipantsView
from ui.person_dialog import PersonDialog

CTRL = Qt.KeyboardModifier.ControlModifier
TABS = ("agenda", "participants", "worksheets", "groups", "details")


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_japanese(widget: QWidget, text: str) -> None:
    """Japanese arrives from the input method as a committed string, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def tab_until(qtbot: QtBot, found: Callable[[QWidget], bool], limit: int = 60) -> QWidget:
    """Press Tab until the focus is on a widget ``found`` accepts."""
    for _ in range(limit):
        if found(focused()):
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; the focus is on {describe(focused())}")


@pytest.fixture
def demo_id(store: Store, template_90: WorkshopTemplate) -> uuid.UUID:
    return create_demo(store, template_90, participants=12).id


@pytest.fixture
def window(qtbot: QtBot, store: Store, demo_id: uuid.UUID) -> MainWindow:
    win = MainWindow(store, *load_templates(None))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.refresh_list(select=demo_id)
    win.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return win


def test_ctrl_tab_reaches_every_tab_and_ctrl_shift_tab_goes_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab_until(qtbot, lambda w: window.tabs.isAncestorOf(w))
    seen = [window.tabs.currentIndex()]
    for _ in TABS:
        press(qtbot, Qt.Key.Key_Tab, CTRL)
        seen.append(window.tabs.currentIndex())
    assert seen == [0, 1, 2, 3, 4, 0]
    press(qtbot, Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentIndex() == len(TABS) - 1


@pytest.mark.parametrize("tab", TABS)
def test_tab_visits_every_control_of_a_page_and_comes_back(
    qtbot: QtBot, window: MainWindow, tab: str
) -> None:
    window.tabs.setCurrentIndex(TABS.index(tab))
    if tab == "groups":
        window.groups.use_everyone.setChecked(True)  # cards with a button per person
    expected = focusable(window, by_tab=True)
    assert len(expected) > 5
    start = tab_until(qtbot, lambda w: w in expected)
    visited: list[QWidget] = []
    # Date edits stop once per date part (year, month, day): three presses each at most.
    for _ in range(3 * len(expected) + 3):
        press(qtbot, Qt.Key.Key_Tab)
        visited.append(focused())
        if focused() is start:
            break
    assert visited[-1] is start, "the focus did not come back: " + describe(visited[-1])
    missed = [describe(w) for w in expected if w not in visited]
    assert not missed, missed


def test_worksheet_sections_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(TABS.index("worksheets"))
    sections = tab_until(
        qtbot, lambda w: isinstance(w, QTabBar) and window.worksheets.isAncestorOf(w)
    )
    assert isinstance(sections, QTabBar)
    for index in range(sections.count()):
        assert sections.currentIndex() == index
        expected = focusable(window, by_tab=True)
        visited = set()
        for _ in range(3 * len(expected)):
            press(qtbot, Qt.Key.Key_Tab)
            visited.add(focused())
            if focused() is sections:
                break
        assert focused() is sections
        missed = [describe(w) for w in expected if w not in visited]
        assert not missed, missed
        press(qtbot, Qt.Key.Key_Right)


def test_add_a_participant_and_check_in_by_keyboard(
    qtbot: QtBot, window: MainWindow, store: Store, demo_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    def exec_by_keyboard(dialog: PersonDialog) -> int:
        """The dialog as the facilitator fills it: type, Tab, type, Enter."""
        dialog.show()
        qtbot.waitUntil(lambda: focused() is dialog.edits["name"])
        type_japanese(focused(), "髙橋 一郎")
        press(qtbot, Qt.Key.Key_Tab)
        type_japanese(focused(), "たかはし いちろう")
        press(qtbot, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        window.activateWindow()  # what the window manager does when a dialog closes
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", exec_by_keyboard)
    tab_until(qtbot, lambda w: window.tabs.isAncestorOf(w))
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentWidget() is window.participants
    add = tab_until(qtbot, lambda w: w is window.participants.add_button)
    press(qtbot, Qt.Key.Key_Space)
    people = get_workshop(store, demo_id).participants
    added = [p for p in people if p.name == "髙橋 一郎"]
    assert len(added) == 1 and added[0].reading == "たかはし いちろう"
    assert focused() is add  # back where the facilitator was
    table = tab_until(qtbot, lambda w: isinstance(w, ParticipantsView))
    press(qtbot, Qt.Key.Key_Home, CTRL)
    first = window.participants.selected_id()
    assert first is not None
    press(qtbot, Qt.Key.Key_Space)
    assert next(p for p in get_workshop(store, demo_id).participants if p.id == first).attended
    assert focused() is table


def test_a_run_from_ctrl_r_to_the_end(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.chimes import Chimes

    monkeypatch.setattr(
        "ui.run_mode.Chimes", lambda parent: Chimes(parent, backend_factory=SilentBackend)
    )
    press(qtbot, Qt.Key.Key_R, CTRL)
    run = window.run_mode
    console = run.console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(qtbot, Qt.Key.Key_Space)
    assert run.controller.last_state.started
    press(qtbot, Qt.Key.Key_Right)
    assert run.controller.last_state.current == 1
    press(qtbot, Qt.Key.Key_F5)
    assert run.projector.isFullScreen()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is run.projector)
    press(qtbot, Qt.Key.Key_Escape)
    assert not run.projector.isFullScreen()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    console.close()  # the window's own close (Alt+F4): the console has no close key
    assert not run.is_open() and not run.projector.isVisible()
    window.activateWindow()  # what the window manager does when a window closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.isAncestorOf(focused())  # the facilitator is back where they were

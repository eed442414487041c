"""Screen readers: every control a keyboard can reach says what it is.

Each screen is built with real data, shown, and walked: every visible widget that can take
focus must have a name a screen reader reads — its own accessible name, its text (buttons),
the title of the group box it sits in, or a label whose buddy it is. The rule follows Qt's own
(``QAccessibleWidget::text(Name)`` reads the sibling label whose buddy is the widget); combo
boxes are checked the same way because on Linux Qt gives the current item as their name.
"""

from __future__ import annotations

import uuid
from array import array
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.demo import create_demo
from app.store import Store
from app.template_model import WorkshopTemplate
from app.templates import load_templates
from app.workshops import get_workshop
from tests.helpers.clock import FakeClock
from tests.helpers.keyboard import (
    SilentBackend,
    SilentChimes,
    describe,
    focusable,
    spoken_name,
    turn_pages,
)
from ui.focus_style import FOCUS_COLORS, focus_qss
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.theme import apply_theme

TABS = ("agenda", "participants", "worksheets", "groups", "details")


def unnamed(window: QWidget) -> list[str]:
    return [describe(w) for w in focusable(window) if not spoken_name(w)]


def show(qtbot: QtBot, widget: QWidget, size: tuple[int, int] = (1280, 720)) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(params=["ja", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(request.param)
    yield request.param
    install_language("ja")


@pytest.fixture
def demo_id(store: Store, template_90: WorkshopTemplate) -> uuid.UUID:
    return create_demo(store, template_90, participants=12).id


@pytest.fixture
def window(qtbot: QtBot, store: Store, demo_id: uuid.UUID) -> MainWindow:
    win = MainWindow(store, *load_templates(None))
    show(qtbot, win)
    win.refresh_list(select=demo_id)
    return win


def test_every_tab_of_the_main_window_names_its_controls(window: MainWindow, language: str) -> None:
    pages = [window.tabs.widget(i) for i in range(window.tabs.count())]
    assert len(pages) == len(TABS)
    window.tabs.setCurrentIndex(TABS.index("groups"))
    window.groups.use_everyone.setChecked(True)  # cards with names to swap
    problems = {}
    for index, tab in enumerate(TABS):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        problems[tab] = unnamed(window)
        assert len(focusable(window)) > 5
        for inner in turn_pages(page):  # the worksheet's sections
            problems[f"{tab} / {inner}"] = unnamed(window)
    assert len(problems) > len(TABS)
    assert not any(problems.values()), problems


def _operator_console(store: Store, workshop_id: uuid.UUID) -> QWidget:
    from app.runs import RunSession
    from ui.operator_console import OperatorConsole
    from ui.run_controller import RunController

    controller = RunController(RunSession(store, workshop_id, FakeClock()), SilentChimes())
    return OperatorConsole(controller)  # not started: no timer runs


def _print_batch(store: Store, workshop_id: uuid.UUID) -> QWidget:
    from ui.print_batch import PrintBatchDialog

    return PrintBatchDialog(store, workshop_id, synchronous=True)


def _export(store: Store, workshop_id: uuid.UUID) -> QWidget:
    from ui.export_dialog import ExportDialog

    return ExportDialog(store, workshop_id, synchronous=True)


def _import(store: Store, workshop_id: uuid.UUID) -> QWidget:
    from ui.import_dialog import ImportDialog

    return ImportDialog(store, synchronous=True)


def _roster(store: Store, workshop_id: uuid.UUID) -> QWidget:
    from ui.roster_dialog import RosterImportDialog

    path = store.data_dir.root.parent / "名簿.csv"
    path.write_bytes(
        "社員番号,氏名,ふりがな,所属\r\nE001,髙橋 一郎,たかはし,営業部\r\n".encode("cp932")
    )
    return RosterImportDialog(store, workshop_id, path)


def _person(store: Store, workshop_id: uuid.UUID) -> QWidget:
    from ui.person_dialog import PersonDialog

    return PersonDialog(get_workshop(store, workshop_id).participants[0])


def _new_workshop(store: Store, workshop_id: uuid.UUID) -> QWidget:
    from ui.new_workshop_dialog import NewWorkshopDialog

    return NewWorkshopDialog(load_templates(None)[0])


def _venue_check(store: Store, workshop_id: uuid.UUID) -> QWidget:
    from datetime import UTC, datetime

    from app.venue_check import run_checks
    from ui.chimes import Chimes
    from ui.venue_check_dialog import VenueCheckDialog
    from ui.venue_check_rows import ScreenInfo

    items = run_checks(store.data_dir, store, datetime(2026, 12, 3, tzinfo=UTC), mounts="")
    return VenueCheckDialog(
        items,
        chimes=Chimes(backend_factory=SilentBackend),
        rerun=lambda: items,
        screens=lambda: [ScreenInfo("eDP-1", 1920, 1080, primary=True)],
    )


def _kiosk(store: Store, workshop_id: uuid.UUID) -> QWidget:
    from ui.kiosk import KioskWindow

    person = get_workshop(store, workshop_id).participants[0]
    return KioskWindow(store, person.id, lambda pin: False, background=False)


SCREENS: dict[str, Callable[[Store, uuid.UUID], QWidget]] = {
    "operator console": _operator_console,
    "print batch": _print_batch,
    "export": _export,
    "import": _import,
    "roster": _roster,
    "person": _person,
    "new workshop": _new_workshop,
    "venue check": _venue_check,
    "kiosk": _kiosk,
}


@pytest.mark.parametrize("screen", SCREENS)
def test_every_window_names_its_controls(
    qtbot: QtBot, store: Store, demo_id: uuid.UUID, screen: str, language: str
) -> None:
    widget = SCREENS[screen](store, demo_id)
    if screen == "kiosk":
        qtbot.addWidget(widget, before_close_func=lambda w: w.allow_close())
        widget.resize(1280, 720)
        widget.show()
    else:
        show(qtbot, widget)
    missing = unnamed(widget)
    for page in turn_pages(widget):
        missing += [f"{page}: {name}" for name in unnamed(widget)]
    assert not missing, "\n".join(missing)


# -- visible focus ---------------------------------------------------------------------------


@pytest.fixture(params=["light", "dark"])
def theme(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The app theme with the focus rules appended (as ui/theme.py appends them). The light
    theme is the one the session runs with; the dark one is built once (a few seconds)."""
    stylesheet, palette = qapp.styleSheet(), QApplication.palette()
    if request.param != "light":
        apply_theme(qapp, tmp_path_factory.getbasetemp() / "a11y-theme", request.param)
    if "ui/focus_style.py" not in qapp.styleSheet():
        qapp.setStyleSheet(qapp.styleSheet() + focus_qss(FOCUS_COLORS[request.param]))
    yield request.param
    QApplication.setPalette(palette)
    qapp.setStyleSheet(stylesheet)


def _pixels(widget: QWidget, rect: QRect) -> array[int]:
    image = widget.grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB32)
    return array("I", bytes(image.constBits()))


def changed_pixels(qtbot: QtBot, widget: QWidget, away: QWidget, rect: QRect | None = None) -> int:
    """How many pixels of ``widget`` (or of ``rect`` in it) change when the keyboard focus
    comes to it from ``away``."""
    area = rect or widget.rect()
    away.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: away.hasFocus())
    before = _pixels(widget, area)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: widget.hasFocus())
    after = _pixels(widget, area)
    return sum(1 for a, b in zip(before, after, strict=True) if a != b)


def test_the_keyboard_focus_is_visible(qtbot: QtBot, window: MainWindow, theme: str) -> None:
    """At least a 2-pixel line across the control changes colour when it takes the focus."""
    details, people = window.details, window.participants
    window.tabs.setCurrentWidget(people)
    people.table.selectRow(1)
    cell = people.table.visualRect(people.table.currentIndex())
    away = window.workshop_list
    changes = {
        "button": (changed_pixels(qtbot, people.add_button, away), people.add_button.width()),
        "line edit": (changed_pixels(qtbot, people.search, away), people.search.width()),
        "table cell": (changed_pixels(qtbot, people.table.viewport(), away, cell), cell.width()),
    }
    window.tabs.setCurrentWidget(details)
    for name, widget in (("tab bar", window.tabs.tabBar()), ("check box", details.no_date),
                         ("text box", details.notes), ("combo box", details.language)):  # fmt: skip
        changes[name] = (changed_pixels(qtbot, widget, away), widget.width())
    invisible = {name: n for name, (n, width) in changes.items() if n < 2 * width}
    assert not invisible, invisible

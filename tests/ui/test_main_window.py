"""The main window offscreen: Japanese in the bundled font, workshop commands, undoable agenda."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app import erasure, workshops
from app.backups import make_backup
from app.demo import create_demo
from app.paths import DataDir
from app.store import Store
from app.template_model import WorkshopTemplate
from app.templates import load_templates
from ui.dialogs import Dialogs
from ui.main_window import MainWindow
from ui.new_workshop_dialog import NewWorkshopDialog, NewWorkshopRequest

SHOTS = Path("/tmp/ippo-shots")


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    templates, problems = load_templates(store.data_dir.templates)
    win = MainWindow(store, templates, problems)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def _save(window: MainWindow, shots: Path, name: str, size: tuple[int, int]) -> Path:
    window.resize(*size)
    path = shots / f"{name}-{size[0]}x{size[1]}.png"
    assert window.grab().save(str(path))
    SHOTS.mkdir(exist_ok=True)
    shutil.copy(path, SHOTS / path.name)
    return path


def test_japanese_shows_in_the_bundled_font(
    window: MainWindow, store: Store, template_90: WorkshopTemplate, shots: Path
) -> None:
    demo = create_demo(store, template_90, participants=40)
    window.refresh_list(select=demo.id)
    assert window.current_id == demo.id
    assert "サンプル" in window.heading.text()
    assert "40" in window.heading.text()
    assert QFontInfo(window.heading.font()).family() == "IPAexGothic"
    assert window.tabs.tabText(0) == "アジェンダ"
    for size in ((1920, 1080), (1280, 720)):
        assert _save(window, shots, "main-window", size).stat().st_size > 10_000


def test_first_start_with_an_empty_store_shows_a_hint(window: MainWindow) -> None:
    assert window.current_id is None
    assert window.workshop_model.rowCount() == 0
    assert not window.action("delete").isEnabled()
    assert "新しいワークショップ" in window.heading.text()


def test_new_workshop_from_the_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, template_90: WorkshopTemplate
) -> None:
    request = NewWorkshopRequest(template_90, "髙橋さんの部署向け", None, "本社", "佐藤", "ja")
    monkeypatch.setattr(NewWorkshopDialog, "ask", classmethod(lambda cls, parent, t: request))
    window.action("new").trigger()
    assert window.workshop_model.rowCount() == 1
    assert window.current_id is not None
    detail = workshops.get_workshop(window.store, window.current_id)
    assert detail.workshop.title == "髙橋さんの部署向け"
    assert window.agenda.isEnabled()


def test_delete_asks_first_and_backs_up(
    window: MainWindow, store: Store, template_90: WorkshopTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = workshops.create_workshop(store, template_90, "消すかも")
    window.refresh_list(select=created.id)
    monkeypatch.setattr(Dialogs, "confirm", staticmethod(lambda *a: False))
    window.action("delete").trigger()
    assert window.workshop_model.rowCount() == 1
    monkeypatch.setattr(Dialogs, "confirm", staticmethod(lambda *a: True))
    window.action("delete").trigger()
    assert window.workshop_model.rowCount() == 0
    assert any("before-delete" in p.name for p in store.data_dir.backups.iterdir())


def test_an_agenda_edit_can_be_undone_from_the_edit_menu(
    window: MainWindow, store: Store, template_90: WorkshopTemplate
) -> None:
    created = workshops.create_workshop(store, template_90, "アジェンダ編集")
    window.refresh_list(select=created.id)
    first = workshops.get_workshop(store, created.id).stages[0]
    model = window.agenda.model
    minutes_column = model.column_of("minutes")
    index = model.index(0, minutes_column)
    assert model.setData(index, first.planned_seconds / 60 + 5, Qt.ItemDataRole.EditRole)
    assert workshops.get_workshop(store, created.id).stages[0].planned_seconds == (
        first.planned_seconds + 300
    )
    assert window.action("undo").isEnabled()
    window.action("undo").trigger()
    assert workshops.get_workshop(store, created.id).stages[0].planned_seconds == (
        first.planned_seconds
    )
    window.action("redo").trigger()
    assert workshops.get_workshop(store, created.id).stages[0].planned_seconds == (
        first.planned_seconds + 300
    )


def test_details_edits_are_saved(
    window: MainWindow, store: Store, template_90: WorkshopTemplate, qtbot: QtBot
) -> None:
    created = workshops.create_workshop(store, template_90, "会場未定")
    window.refresh_list(select=created.id)
    window.tabs.setCurrentWidget(window.details)
    window.details.venue.setText("大阪支社 5F")
    window.details.venue.editingFinished.emit()
    assert workshops.get_workshop(store, created.id).workshop.venue == "大阪支社 5F"
    window.details.title.setText("   ")
    window.details.title.editingFinished.emit()
    assert window.details.error.isVisibleTo(window.details)
    assert workshops.get_workshop(store, created.id).workshop.title == "会場未定"


def test_a_broken_template_is_reported_and_the_app_opens(qtbot: QtBot, store: Store) -> None:
    store.data_dir.templates.mkdir(parents=True)
    (store.data_dir.templates / "mine.toml").write_text("schema = 1\n[oops", encoding="utf-8")
    templates, problems = load_templates(store.data_dir.templates)
    win = MainWindow(store, templates, problems)
    qtbot.addWidget(win)
    assert problems and "mine.toml" in win.statusBar().currentMessage()
    assert any(t.id == "workshop-90" for t in win.templates)
    assert isinstance(win.heading, QLabel)


def test_the_first_look_then_the_store(
    qtbot: QtBot, store: Store, template_90: WorkshopTemplate
) -> None:
    """The window paints from the quick view with every command off, then attaches."""
    from app.quick_view import read_quick_view

    demo = create_demo(store, template_90, participants=40)
    preview = read_quick_view(store.data_dir.database)
    win = MainWindow(None, [], [], preview=preview)
    qtbot.addWidget(win)
    assert win.current_id == demo.id
    assert "40" in win.heading.text()
    assert win.agenda.model.rowCount() == len(template_90.stages)
    assert not win.action("new").isEnabled() and not win.action("delete").isEnabled()
    assert not win.agenda.isEnabled()
    other = create_demo(store, template_90, participants=3)
    win.workshop_list.chosen.emit(other.id)  # a click before the store is open: no crash
    templates, problems = load_templates(None)
    win.attach(store, templates, problems)
    assert win.action("new").isEnabled() and win.action("delete").isEnabled()
    assert win.agenda.isEnabled()
    assert win.current_id == other.id  # the click is honoured once the store is open
    win.open_workshop(demo.id)
    assert win.current_id == demo.id
    assert not win.action("undo").isEnabled()


def test_worksheets_tab_and_kiosk_from_the_main_window(
    qtbot: QtBot, window: MainWindow, store: Store, template_90: WorkshopTemplate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from ui.kiosk import KioskWindow
    from ui.kiosk_pin import KioskPin

    demo = create_demo(store, template_90, participants=3)
    window.refresh_list(select=demo.id)
    page = window.tabs.widget(2)
    assert window.tabs.tabText(2) == "ワークシート"
    assert window._worksheet_editor is None  # built when first opened, not at start
    window.tabs.setCurrentIndex(2)
    assert window._worksheet_editor is not None
    assert window.worksheets.isVisibleTo(page)
    people = workshops.get_workshop(store, demo.id).participants
    window.worksheets.show_participant(people[1].id)
    monkeypatch.setattr(KioskPin, "choose", staticmethod(lambda parent: "2468"))
    monkeypatch.setattr(KioskWindow, "present", lambda self: self.show())
    window.action("kiosk").trigger()
    kiosk = window.kiosk  # deletes itself when it is left (checked below)
    assert kiosk.isVisible() and not window.isVisible()
    monkeypatch.setattr(KioskWindow, "ask_pin", staticmethod(lambda parent: "0000"))
    kiosk.request_leave()
    assert kiosk.isVisible()
    monkeypatch.setattr(KioskWindow, "ask_pin", staticmethod(lambda parent: "2468"))
    kiosk.request_leave()
    assert not kiosk.isVisible() and window.isVisible()
    assert window.worksheets.current_participant() == people[1].id
    import shiboken6

    qtbot.waitUntil(lambda: not shiboken6.isValid(kiosk))


def test_preview_and_print_sheets_from_the_main_window(
    qtbot: QtBot, window: MainWindow, store: Store, template_90: WorkshopTemplate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from ui.print_batch import PrintBatchDialog

    demo = create_demo(store, template_90, participants=3)
    window.refresh_list(select=demo.id)
    window.tabs.setCurrentWidget(window.participants)
    window.participants.table.selectRow(1)
    window.action("preview_sheet").trigger()
    preview = window.sheet_preview
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.ready, timeout=20_000):
        pass
    assert preview.isVisible()
    opened: list[PrintBatchDialog] = []
    monkeypatch.setattr(PrintBatchDialog, "exec", lambda self: opened.append(self) or 0)
    window.action("print_sheets").trigger()
    assert opened and opened[0].parent() is window


def test_the_kiosk_closes_other_peoples_sheets_first(
    qtbot: QtBot, window: MainWindow, store: Store, template_90: WorkshopTemplate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import shiboken6

    from ui.kiosk import KioskWindow
    from ui.kiosk_pin import KioskPin

    demo = create_demo(store, template_90, participants=2)
    window.refresh_list(select=demo.id)
    people = workshops.get_workshop(store, demo.id).participants
    window.worksheets.show_participant(people[0].id)
    window.action("preview_sheet").trigger()
    preview = window.sheet_preview
    assert preview.isVisible()
    window.worksheets.show_participant(people[1].id)
    monkeypatch.setattr(KioskPin, "choose", staticmethod(lambda parent: "1357"))
    monkeypatch.setattr(KioskWindow, "present", lambda self: self.show())
    window.action("kiosk").trigger()
    assert not shiboken6.isValid(preview) or not preview.isVisible()
    window.kiosk.allow_close()
    window.kiosk.close()


def test_an_erasure_cut_off_last_time_is_finished_and_said_at_the_start(
    qtbot: QtBot, data_dir: DataDir, template_90: WorkshopTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(data_dir) as store:
        demo = create_demo(store, template_90, participants=3)
        gone = workshops.get_workshop(store, demo.id).participants[0]
        backup = make_backup(store, "manual")

        def killed(*args: object, **kwargs: object) -> None:
            raise KeyboardInterrupt  # the process stopped between the store and the backups

        with monkeypatch.context() as patch:
            patch.setattr(erasure, "rewrite_backups", killed)
            with pytest.raises(KeyboardInterrupt):
                erasure.erase_participant(store, gone.id)
    told: list[str] = []
    monkeypatch.setattr(Dialogs, "info", staticmethod(lambda _p, title, text: told.append(text)))

    with Store.open(data_dir) as store:  # the next start
        win = MainWindow(store, *load_templates(None))
        qtbot.addWidget(win)
        assert store.finished_erasure is not None
        assert len(told) == 1
        assert tr_main("It was also removed from %1 backups.").replace("%1", "1") in told[0]
        assert gone.name.encode() not in backup.read_bytes()
        win.close()


def tr_main(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("MainWindow", text)

"""Settings applied where they show: language and themes at once in the open windows; new
workshops, the kiosk, printing, run mode and backups read them when used."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import workshops
from app.demo import create_demo
from app.settings import hash_pin
from app.store import Store
from app.template_model import WorkshopTemplate
from app.templates import load_templates
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.new_workshop_dialog import NewWorkshopDialog
from ui.settings_store import SettingsStore


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    settings = SettingsStore.load(store.data_dir)
    win = MainWindow(store, *load_templates(None), settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    yield win
    install_language("ja")  # the session's language for the other tests
    run = getattr(win, "run_mode", None)
    if run is not None and run.is_open():
        run.console.close()


def test_a_language_switch_relabels_the_open_window_at_once(
    window: MainWindow, store: Store, template_90: WorkshopTemplate
) -> None:
    demo = create_demo(store, template_90, participants=3)
    window.refresh_list(select=demo.id)
    assert window.tabs.tabText(0) == "アジェンダ"
    assert window.settings_store is not None
    window.settings_store.update(language="en")
    QApplication.sendPostedEvents()
    assert window.tabs.tabText(0) == "Agenda"
    assert window.action("export").text() == "&Export…"
    window.settings_store.update(language="ja")
    QApplication.sendPostedEvents()
    assert window.tabs.tabText(0) == "アジェンダ"


def test_a_theme_switch_restyles_the_app(window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication) and window.settings_store is not None
    light = app.styleSheet()
    window.settings_store.update(app_theme="dark")
    dark = app.styleSheet()
    assert dark != light and window.palette().window().color().lightness() < 128
    window.settings_store.update(app_theme="light")
    assert app.styleSheet() == light


def test_the_projector_follows_its_theme_while_running(
    window: MainWindow, store: Store, template_90: WorkshopTemplate
) -> None:
    demo = create_demo(store, template_90, participants=2)
    assert window.settings_store is not None
    window.settings_store.update(projector_theme="light", chime_volume=35)
    window.refresh_list(select=demo.id)
    window.run_workshop()
    run = window.run_mode
    assert run.projector.theme().name == "light" and run.console.volume.value() == 35
    accents = ("#0072B2", "#E69F00", "#D55E00", "#CC79A7")
    window.settings_store.update(projector_theme="custom", custom_colors=accents)
    assert run.projector.theme().name == "custom"
    window.settings_store.update(chime_volume=60)
    assert run.console.volume.value() == 60


def test_new_workshops_take_the_facilitators_defaults(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.settings_store is not None
    window.settings_store.update(facilitator="人事部 佐藤", default_template="workshop-60",
                                 warning_minutes=1, chimes=False)  # fmt: skip
    dialog = NewWorkshopDialog(window.templates, parent=window)
    assert dialog.facilitator.text() == "人事部 佐藤"
    assert dialog.template.currentData() == "workshop-60"
    dialog.title.setText("新任管理職研修")
    request = dialog.request()
    monkeypatch.setattr(NewWorkshopDialog, "ask", classmethod(lambda cls, parent, t: request))
    window.new_workshop()
    detail = workshops.get_workshop(store, window.current_id)  # type: ignore[arg-type]
    assert detail.workshop.facilitator == "人事部 佐藤"
    assert all(not stage.chimes for stage in detail.stages)
    assert all(stage.warning_seconds <= 60 for stage in detail.stages)


def test_a_saved_kiosk_pin_is_used_without_asking(
    qtbot: QtBot, window: MainWindow, store: Store, template_90: WorkshopTemplate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import shiboken6

    from ui.kiosk import KioskWindow
    from ui.kiosk_pin import KioskPin

    demo = create_demo(store, template_90, participants=2, today=dt.date(2026, 12, 1))
    assert window.settings_store is not None
    window.settings_store.update(kiosk_pin=hash_pin("8642"))
    window.refresh_list(select=demo.id)
    window.tabs.setCurrentIndex(2)
    window.worksheets.show_participant(workshops.get_workshop(store, demo.id).participants[0].id)
    asked: list[object] = []
    monkeypatch.setattr(KioskPin, "choose", staticmethod(lambda parent: asked.append(parent)))
    monkeypatch.setattr(KioskWindow, "present", lambda self: self.show())
    window.action("kiosk").trigger()
    kiosk = window.kiosk
    assert asked == [] and kiosk.isVisible()  # not asked: the saved PIN is the one
    monkeypatch.setattr(KioskWindow, "ask_pin", staticmethod(lambda parent: "1234"))
    kiosk.request_leave()
    assert kiosk.isVisible()
    monkeypatch.setattr(KioskWindow, "ask_pin", staticmethod(lambda parent: "8642"))
    kiosk.request_leave()
    assert not kiosk.isVisible() and window.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(kiosk))

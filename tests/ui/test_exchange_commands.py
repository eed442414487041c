"""The main window's privacy commands: erase a participant, anonymise after the retention date."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app import workshops
from app.backups import make_backup
from app.demo import create_demo
from app.store import Store
from app.template_model import WorkshopTemplate
from app.templates import load_templates
from ui.busy import Busy
from ui.dialogs import Dialogs
from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog


@pytest.fixture
def window(qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(Busy, "synchronous", True)
    win = MainWindow(store, *load_templates(None))
    qtbot.addWidget(win)
    return win


def test_erase_from_the_participants_tab_reports_the_backups(
    window: MainWindow, store: Store, template_90: WorkshopTemplate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    demo = create_demo(store, template_90, participants=4)
    backup = make_backup(store, "manual")
    window.refresh_list(select=demo.id)
    person = workshops.get_workshop(store, demo.id).participants[1]
    told: list[str] = []
    monkeypatch.setattr(PersonDialog, "ask_remove", staticmethod(lambda parent, name: "erase"))
    monkeypatch.setattr(Dialogs, "info", staticmethod(lambda _p, _t, text: told.append(text)))
    window.participants.table.selectRow(1)
    window.participants.remove_button.click()
    left = workshops.get_workshop(store, demo.id).participants
    assert person.id not in {p.id for p in left}
    assert window.participants.model.rowCount() == 3
    assert person.name.encode() not in backup.read_bytes()
    assert len(told) == 1 and person.name in told[0] and "1" in told[0]


def test_retention_is_offered_once_and_anonymises(
    window: MainWindow, store: Store, template_90: WorkshopTemplate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    demo = create_demo(store, template_90, participants=3, today=dt.date(2026, 1, 5))
    workshops.update_workshop(store, demo.id, retain_until=dt.date(2026, 6, 30))
    window.refresh_list(select=demo.id)
    assert window.details.retain.isChecked()
    asked: list[str] = []

    def confirm(parent: object, title: str, text: str, action: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(Dialogs, "confirm", staticmethod(confirm))
    window.offer_anonymizing(today=dt.date(2026, 6, 30))
    assert asked == []  # not yet: the date itself is still within the retention
    window.offer_anonymizing(today=dt.date(2026, 7, 1))
    assert len(asked) == 1 and demo.title in asked[0]
    people = workshops.get_workshop(store, demo.id).participants
    assert sorted(p.name for p in people) == ["P01", "P02", "P03"]
    assert window.details.anonymized_note.isVisibleTo(window.details)
    window.offer_anonymizing(today=dt.date(2026, 7, 1))
    assert len(asked) == 1


def test_the_retention_date_is_edited_in_the_details(
    window: MainWindow, store: Store, template_90: WorkshopTemplate
) -> None:
    demo = create_demo(store, template_90, participants=0, today=dt.date(2026, 12, 1))
    window.refresh_list(select=demo.id)
    details = window.details
    assert not details.retain.isChecked()
    assert details.retain_until.date().toPython() == dt.date(2027, 12, 8)  # a year after
    details.retain.setChecked(True)
    assert workshops.get_workshop(store, demo.id).workshop.retain_until == dt.date(2027, 12, 8)
    details.retain.setChecked(False)
    assert workshops.get_workshop(store, demo.id).workshop.retain_until is None

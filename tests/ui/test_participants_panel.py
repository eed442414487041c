"""The participants tab: add, edit, search, check-in at the door by key, remove with a choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import workshops
from app.participants import PersonDraft, add_participants
from app.store import Store
from app.template_model import WorkshopTemplate
from app.templates import load_templates
from app.worksheets import get_worksheet, save_fields
from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog


@pytest.fixture
def window(qtbot: QtBot, store: Store, template_90: WorkshopTemplate) -> MainWindow:
    workshop = workshops.create_workshop(store, template_90, "受付テスト")
    add_participants(
        store,
        workshop.id,
        [
            PersonDraft(name="髙橋 一郎", reading="たかはし", department="営業部"),
            PersonDraft(name="﨑山 花子", reading="さきやま", department="開発部"),
            PersonDraft(name="𠮷田 ①", reading="よしだ", department="人事部"),
        ],
    )
    templates, problems = load_templates(None)
    win = MainWindow(store, templates, problems)
    qtbot.addWidget(win)
    win.tabs.setCurrentWidget(win.participants)
    win.show()
    return win


def test_check_in_at_the_door_with_the_space_key(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.participants
    assert panel.model.rowCount() == 3
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    people = workshops.get_workshop(window.store, window.current_id).participants
    assert [p.attended for p in people] == [True, True, False]
    assert "2 / 3" in panel.counts.text()
    assert panel.table.currentIndex().row() == 2  # ready for the next person in the queue


def test_search_add_edit_and_remove(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = window.participants
    panel.search.setText("さき")
    assert panel.model.rowCount() == 1
    assert panel.model.person(0).name == "﨑山 花子"
    panel.search.clear()
    new = {"name": " ｻﾄｳ　ﾀﾛｳ ", "reading": "さとう", "department": "経理部",
           "employee_code": "E9", "email": "", "print_name": "佐藤 太郎"}  # fmt: skip
    monkeypatch.setattr(PersonDialog, "ask", classmethod(lambda cls, parent, person: new))
    panel.add_button.click()
    people = workshops.get_workshop(window.store, window.current_id).participants
    added = people[-1]
    assert (added.name, added.print_name) == ("サトウ　タロウ", "佐藤 太郎")
    save_fields(window.store, added.id, identity="残る言葉")
    panel.table.selectRow(3)
    edited = {**new, "name": "佐藤 太郎"}
    monkeypatch.setattr(PersonDialog, "ask", classmethod(lambda cls, parent, person: edited))
    panel.edit_button.click()
    assert workshops.get_workshop(window.store, window.current_id).participants[-1].name == (
        "佐藤 太郎"
    )
    monkeypatch.setattr(PersonDialog, "ask_remove", staticmethod(lambda parent, name: None))
    panel.table.selectRow(3)
    panel.remove_button.click()
    assert panel.model.rowCount() == 4
    monkeypatch.setattr(PersonDialog, "ask_remove", staticmethod(lambda parent, name: "withdraw"))
    panel.table.selectRow(3)
    panel.remove_button.click()
    assert panel.model.rowCount() == 3
    assert get_worksheet(window.store, added.id).identity == "残る言葉"
    assert "3" in window.heading.text()

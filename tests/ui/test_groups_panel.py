"""The groups panel: checked-in people only, sizes, swapping, shuffling and the projector cards."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from app import grouping, workshops
from app.grouping import Person, make_groups
from app.models import Participant
from app.participants import PersonDraft, add_participants, update_participant
from app.projector_frame import GroupCard
from app.store import Store
from app.template_model import WorkshopTemplate
from ui.groups_panel import NOTE_TEXTS, GroupsPanel, display_name

SHOTS = Path("/tmp/groups-shots")
PRESENT = [
    ("髙橋 一郎", "営業部"),
    ("﨑山 花子", "開発部"),
    ("佐藤 ①", "人事部"),
    ("鈴木 次郎", "営業部"),
    ("田中 美咲", "開発部"),
    ("伊藤 健", "人事部"),
    ("渡辺 真理", "経理部"),
]
ABSENT = [("欠席 太郎", "総務部"), ("遅刻 花子", "法務部")]


def add_people(
    store: Store, workshop_id: uuid.UUID, people: list[tuple[str, str]], attended: bool
) -> None:
    drafts = [PersonDraft(name=n, department=d, attended=attended) for n, d in people]
    add_participants(store, workshop_id, drafts)


@pytest.fixture
def workshop_id(store: Store, template_90: WorkshopTemplate) -> uuid.UUID:
    workshop_id = workshops.create_workshop(store, template_90, "対話テスト").id
    add_people(store, workshop_id, PRESENT, attended=True)
    add_people(store, workshop_id, ABSENT, attended=False)
    return workshop_id


def participants(store: Store, workshop_id: uuid.UUID) -> list[Participant]:
    return workshops.get_workshop(store, workshop_id).participants


@pytest.fixture
def panel(qtbot: QtBot, store: Store, workshop_id: uuid.UUID) -> GroupsPanel:
    widget = GroupsPanel()
    qtbot.addWidget(widget)
    widget.set_people(participants(store, workshop_id))
    return widget


def names_of(panel: GroupsPanel, round_index: int = 0) -> list[list[str]]:
    return [list(card.names) for card in panel.cards(round_index)]


def test_pairs_for_seven_checked_in_people(panel: GroupsPanel) -> None:
    groups = panel.report.rounds[0].groups
    assert sorted(len(g.members) for g in groups) == [2, 2, 3]  # two pairs and one trio
    shown = sorted(name for names in names_of(panel) for name in names)
    assert shown == sorted(name for name, _ in PRESENT)  # only the checked-in people
    assert len(panel.buttons) == 7
    assert panel.projector_button.isEnabled()


def test_groups_of_four_and_rounds(panel: GroupsPanel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(panel.changed):
        panel.size_combo.setCurrentIndex(panel.size_combo.findData(4))
    assert sorted(len(g.members) for g in panel.report.rounds[0].groups) == [3, 4]
    panel.rounds_spin.setValue(3)
    assert len(panel.report.rounds) == 3
    assert panel.round_tabs.count() == 3 and panel.round_tabs.isVisibleTo(panel)
    panel.round_tabs.setCurrentIndex(2)
    shown = {name for names in names_of(panel, 2) for name in names}
    on_cards = {b.text().split("\n")[0] for b in panel.buttons.values()}
    assert on_cards == shown  # the cards follow the chosen round


def test_the_projector_gets_names_only(panel: GroupsPanel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(panel.show_on_projector) as signal:
        panel.projector_button.click()
    cards = signal.args[0]
    assert all(isinstance(card, GroupCard) for card in cards)
    assert [card.label for card in cards] == [
        QCoreApplication.translate("GroupsPanel", "Group %1").replace("%1", str(n))
        for n in (1, 2, 3)
    ]
    departments = {d for _, d in PRESENT + ABSENT}
    texts = [card.label for card in cards] + [name for card in cards for name in card.names]
    assert not [t for t in texts if any(d in t for d in departments)]
    assert sorted(n for card in cards for n in card.names) == sorted(n for n, _ in PRESENT)
    # the operator's cards do show the departments
    assert any("営業部" in button.text() for button in panel.buttons.values())


def test_print_name_is_the_display_name(qtbot: QtBot, store: Store, workshop_id: uuid.UUID) -> None:
    first = participants(store, workshop_id)[0]
    update_participant(store, first.id, print_name="高橋 一郎")
    widget = GroupsPanel()
    qtbot.addWidget(widget)
    widget.set_people(participants(store, workshop_id))
    names = [n for card in widget.cards(0) for n in card.names]
    assert "高橋 一郎" in names and "髙橋 一郎" not in names
    assert display_name(participants(store, workshop_id)[1]) == "﨑山 花子"


def test_swap_two_people_by_click_and_by_keyboard(panel: GroupsPanel, qtbot: QtBot) -> None:
    before = panel.report.rounds[0].groups
    a, b = before[0].members[0], before[1].members[0]
    with qtbot.waitSignal(panel.changed):
        panel.buttons[a].click()
        assert panel.picked == a and panel.buttons[a].isChecked()
        panel.buttons[b].click()
    after = panel.report.rounds[0].groups
    assert b in after[0].members and a in after[1].members
    assert panel.picked is None
    assert [g.members[1:] for g in after] == [g.members[1:] for g in before]  # others stay
    # and back, with the keyboard
    panel.show()
    qtbot.keyClick(panel.buttons[a], Qt.Key.Key_Space)
    assert panel.picked == a
    qtbot.keyClick(panel.buttons[b], Qt.Key.Key_Space)
    assert panel.report.rounds[0].groups == before


def test_choosing_within_one_group_moves_the_choice(panel: GroupsPanel) -> None:
    group = panel.report.rounds[0].groups[0]
    panel.pick(group.members[0])
    panel.pick(group.members[1])
    assert panel.picked == group.members[1]
    assert panel.report.rounds[0].groups[0] == group
    panel.pick(group.members[1])
    assert panel.picked is None


def test_shuffle_again_uses_the_next_seed(panel: GroupsPanel, qtbot: QtBot) -> None:
    people = [Person(key, p.department) for key, p in panel.people.items()]
    assert panel.seed == 0
    assert panel.report == make_groups(people, 2, seed=0)
    with qtbot.waitSignal(panel.changed):
        panel.shuffle_button.click()
    assert panel.seed == 1
    assert panel.report == make_groups(people, 2, seed=1)
    assert panel.report.rounds != make_groups(people, 2, seed=0).rounds


def test_nobody_checked_in_offers_everyone(
    qtbot: QtBot, store: Store, template_90: WorkshopTemplate
) -> None:
    workshop_id = workshops.create_workshop(store, template_90, "受付前").id
    add_people(store, workshop_id, ABSENT + PRESENT[:2], attended=False)
    widget = GroupsPanel()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_people(participants(store, workshop_id))
    assert widget.people == {} and widget.cards(0) == ()
    assert widget.use_everyone.isVisible()
    assert not widget.projector_button.isEnabled()
    widget.use_everyone.setChecked(True)
    assert len(widget.people) == 4
    assert sorted(len(g.members) for g in widget.report.rounds[0].groups) == [2, 2]


def test_same_people_again_keeps_the_adjusted_groups(
    panel: GroupsPanel, store: Store, workshop_id: uuid.UUID
) -> None:
    groups = panel.report.rounds[0].groups
    panel.pick(groups[0].members[0])
    panel.pick(groups[1].members[0])
    adjusted = panel.report
    panel.set_people(participants(store, workshop_id))
    assert panel.report == adjusted
    latecomer = participants(store, workshop_id)[-1]
    update_participant(store, latecomer.id, attended=True)
    panel.set_people(participants(store, workshop_id))
    assert len(panel.people) == 8 and panel.report != adjusted


def test_notes_are_listed_for_translation() -> None:
    notes = {v for k, v in vars(grouping).items() if k.startswith("NOTE_")}
    assert set(NOTE_TEXTS) == notes


def test_one_department_note_is_shown(
    qtbot: QtBot, store: Store, template_90: WorkshopTemplate
) -> None:
    workshop_id = workshops.create_workshop(store, template_90, "同じ部署").id
    add_people(store, workshop_id, [("甲", "営業部"), ("乙", "営業部"), ("丙", "営業部")], True)
    widget = GroupsPanel()
    qtbot.addWidget(widget)
    widget.set_people(participants(store, workshop_id))
    expected = QCoreApplication.translate("GroupsPanel", grouping.NOTE_ONE_DEPARTMENT)
    assert expected in widget.notes.text()


def test_screenshots(qtbot: QtBot, store: Store, template_90: WorkshopTemplate) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    workshop_id = workshops.create_workshop(store, template_90, "新任管理職研修").id
    departments = ["営業部", "開発部", "人事部", "経理部", "品質保証部", "経営企画室"]
    surnames = "髙橋 﨑山 佐藤 鈴木 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 松本 井上"
    given = ["一郎", "花子", "美咲"]
    people = [
        (f"{surname} {given[i % 3]}", departments[i % len(departments)])
        for i, surname in enumerate((surnames.split() * 2)[:23])
    ]
    add_people(store, workshop_id, people, attended=True)
    widget = GroupsPanel()
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    widget.set_people(participants(store, workshop_id))
    widget.size_combo.setCurrentIndex(widget.size_combo.findData(4))
    widget.rounds_spin.setValue(2)
    widget.pick(widget.report.rounds[0].groups[0].members[0])
    assert widget.grab().save(str(SHOTS / "groups-fours.png"))
    widget.size_combo.setCurrentIndex(widget.size_combo.findData(2))
    assert widget.grab().save(str(SHOTS / "groups-pairs.png"))
    waiting = workshops.create_workshop(store, template_90, "受付前").id
    add_people(store, waiting, ABSENT, attended=False)
    empty = GroupsPanel()
    qtbot.addWidget(empty)
    empty.resize(1280, 720)
    empty.show()
    empty.set_people(participants(store, waiting))
    assert empty.grab().save(str(SHOTS / "groups-empty.png"))


def test_print_the_list_from_the_main_window(
    qtbot: QtBot, store: Store, template_90: WorkshopTemplate, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import pypdf

    from app import workshops
    from app.demo import create_demo
    from app.participants import set_checked_in
    from app.templates import load_templates
    from ui.dialogs import SaveDialogs
    from ui.main_window import MainWindow

    demo = create_demo(store, template_90, participants=9)
    for person in workshops.get_workshop(store, demo.id).participants:
        set_checked_in(store, person.id, True)
    window = MainWindow(store, *load_templates(None))
    qtbot.addWidget(window)
    window.refresh_list(select=demo.id)
    target = tmp_path / "groups.pdf"
    monkeypatch.setattr(SaveDialogs, "pdf_path", staticmethod(lambda *_a: target))
    window.groups.print_button.click()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    names = [p.name for p in workshops.get_workshop(store, demo.id).participants]
    assert all(name in text for name in names)
    assert str(target) in window.statusBar().currentMessage()


def test_groups_and_swaps_are_kept_with_the_workshop(
    qtbot: QtBot, store: Store, template_90: WorkshopTemplate
) -> None:
    from app import workshops
    from app.demo import create_demo
    from app.group_rounds import load_rounds
    from app.participants import set_checked_in
    from app.templates import load_templates
    from ui.main_window import MainWindow

    demo = create_demo(store, template_90, participants=8)
    for person in workshops.get_workshop(store, demo.id).participants:
        set_checked_in(store, person.id, True)
    window = MainWindow(store, *load_templates(None))
    qtbot.addWidget(window)
    window.refresh_list(select=demo.id)
    panel = window.groups
    assert load_rounds(store, demo.id) == list(panel.report.rounds)
    first, second = panel.report.rounds[0].groups[:2]
    panel.pick(first.members[0])
    panel.pick(second.members[0])
    swapped = panel.report.rounds[0]
    assert load_rounds(store, demo.id)[0] == swapped

    reopened = MainWindow(store, *load_templates(None))
    qtbot.addWidget(reopened)
    reopened.refresh_list(select=demo.id)
    assert reopened.groups.report.rounds[0] == swapped  # the swap survived a restart

    # someone leaves: the saved rounds no longer fit, fresh groups are made and kept
    set_checked_in(store, workshops.get_workshop(store, demo.id).participants[0].id, False)
    reopened.refresh_list(select=demo.id)
    members = {m for g in reopened.groups.report.rounds[0].groups for m in g.members}
    assert len(members) == 7
    assert load_rounds(store, demo.id) == list(reopened.groups.report.rounds)

"""Participants: edited as typed, checked in, withdrawn with their worksheet kept or erased."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.participants import (
    PersonDraft,
    add_participants,
    attendance,
    matches,
    remove_participant,
    set_checked_in,
    update_participant,
)
from app.quick_view import read_quick_view
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import get_worksheet, save_fields
from app.workshops import create_workshop, get_workshop, list_workshops


def test_edit_check_in_and_withdraw(store: Store, template_90: WorkshopTemplate) -> None:
    workshop = create_workshop(store, template_90, "受付")
    a, b, c = add_participants(
        store,
        workshop.id,
        [
            PersonDraft(name="髙橋 一郎", reading="たかはし いちろう", department="営業部"),
            PersonDraft(name="﨑山 花子", department="開発部", employee_code="E7"),
            PersonDraft(name="① 佐藤", department="人事部"),
        ],
    )
    edited = update_participant(store, a.id, name=" ﾀｶﾊｼ　一郎 ", print_name="高橋 一郎")
    assert edited.name == "タカハシ　一郎"
    assert edited.print_name == "高橋 一郎"
    with pytest.raises(UserError):
        update_participant(store, a.id, name="   ")
    set_checked_in(store, b.id, True)
    assert attendance(get_workshop(store, workshop.id).participants) == (1, 3)
    save_fields(store, c.id, identity="残す言葉")
    remove_participant(store, c.id, erase_worksheet=False)
    people = get_workshop(store, workshop.id).participants
    assert [p.id for p in people] == [a.id, b.id]
    assert get_worksheet(store, c.id).identity == "残す言葉"  # kept
    assert list_workshops(store)[0].participants == 2
    view = read_quick_view(store.path)
    assert view is not None and view.detail is not None and len(view.detail.participants) == 2
    save_fields(store, b.id, identity="消える言葉")
    remove_participant(store, b.id, erase_worksheet=True)
    assert [p.id for p in get_workshop(store, workshop.id).participants] == [a.id]


def test_search_is_width_and_case_insensitive(store: Store, template_90: WorkshopTemplate) -> None:
    workshop = create_workshop(store, template_90, "検索")
    (person,) = add_participants(
        store,
        workshop.id,
        [PersonDraft(name="Tanaka Taro", reading="たなか", department="ＩＴ部", email="t@x.jp")],
    )
    assert matches(person, "tanaka")
    assert matches(person, "ＴＡＮＡＫＡ")
    assert matches(person, "it部")
    assert matches(person, "たなか")
    assert not matches(person, "佐藤")
    assert matches(person, "  ")

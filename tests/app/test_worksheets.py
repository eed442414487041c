"""Worksheets: saved field by field, cleaned of control characters, never cut."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from app.errors import NotFound, UserError
from app.participants import PersonDraft, add_participants
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import (
    clean_text,
    get_worksheet,
    save_fields,
    too_long,
    worksheets_for,
)
from app.workshops import create_workshop


@pytest.fixture
def person(store: Store, template_90: WorkshopTemplate):  # type: ignore[no-untyped-def]
    workshop = create_workshop(store, template_90, "記入")
    return add_participants(store, workshop.id, [PersonDraft(name="髙橋 𠮷子")])[0]


def test_a_field_is_saved_and_read_back_from_another_connection(store: Store, person) -> None:  # type: ignore[no-untyped-def]
    assert get_worksheet(store, person.id).identity == ""
    save_fields(store, person.id, identity="私は、人と人をつなぐ人です 😀")
    save_fields(store, person.id, strengths="傾聴\n 段取り \n\n巻き込み力", horizon="1y")
    save_fields(store, person.id, step_what="来週の1on1で相談する", step_by=date(2026, 12, 10))
    with sqlite3.connect(store.path) as other:
        row = other.execute(
            "SELECT identity, strengths, horizon, step_by FROM worksheet WHERE participant_id = ?",
            (person.id.hex,),
        ).fetchone()
    assert (row[0], json.loads(row[1]), row[2], row[3]) == (
        "私は、人と人をつなぐ人です 😀",
        ["傾聴", "段取り", "巻き込み力"],
        "1y",
        "2026-12-10",
    )
    assert list(worksheets_for(store, person.workshop_id)) == [person.id]


def test_experiences_are_checked(store: Store, person) -> None:  # type: ignore[no-untyped-def]
    item = {"when": "2024", "what": "新規事業の立ち上げ", "role": "リーダー", "energy": 2,
            "why": "任された", "learned": "巻き込み方"}  # fmt: skip
    saved = save_fields(store, person.id, experiences=[item] * 20)
    assert len(saved.experiences) == 20
    with pytest.raises(UserError):
        save_fields(store, person.id, experiences=[item] * 21)
    with pytest.raises(UserError):
        save_fields(store, person.id, experiences=[{**item, "energy": 3}])
    with pytest.raises(UserError):
        save_fields(store, person.id, themes=["a", "b", "c", "d"])
    assert len(get_worksheet(store, person.id).experiences) == 20  # nothing half-applied


def test_pasted_text_loses_control_characters_but_keeps_line_breaks_and_length(
    store: Store,
    person,  # type: ignore[no-untyped-def]
) -> None:
    assert clean_text("a\x00b\x07c\r\nd\re\tf\u2028g") == "abc\nd\ne fg"
    long = "一歩" * 5000
    saved = save_fields(store, person.id, target_state=long)
    assert saved.target_state == long
    assert "target_state" in too_long(saved)


def test_unknown_people_and_fields(store: Store, person) -> None:  # type: ignore[no-untyped-def]
    import uuid

    with pytest.raises(NotFound):
        save_fields(store, uuid.uuid4(), identity="x")
    with pytest.raises(ValueError):
        save_fields(store, person.id, salary="x")

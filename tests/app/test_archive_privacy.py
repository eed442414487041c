"""Merging an archive never puts back a name this store took out: someone erased here, named in
what another laptop wrote later, and the names in an archive from before an anonymisation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.archive import export_archive, import_archive
from app.archive_format import encode
from app.demo import create_demo
from app.erasure import anonymize_workshop, erase_participant
from app.name_scrubber import ERASED_NAME
from app.participants import PersonDraft, add_participants
from app.paths import DataDir
from app.run_events import EventKind, RunEvent
from app.runs import load_events, save_event
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import get_worksheet, save_fields
from app.workshops import get_workshop, update_workshop

AT = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)


@pytest.fixture
def laptop_b(tmp_path: Path) -> Iterator[Store]:
    with Store.open(DataDir(tmp_path / "b")) as opened:
        yield opened


def _move(source: Store, target: Store, workshop_id: object) -> None:
    import_archive(target, encode(export_archive(source, workshop_id)))  # type: ignore[arg-type]


def test_a_name_erased_here_does_not_come_back_in_what_another_laptop_wrote_later(
    store: Store, laptop_b: Store, template_90: WorkshopTemplate
) -> None:
    workshop = create_demo(store, template_90, participants=0, today=dt.date(2026, 12, 1))
    gone, stay = add_participants(
        store, workshop.id, [PersonDraft("佐藤 未来"), PersonDraft("高橋 希望")]
    )
    save_fields(store, stay.id, partner_noticed="（まだ）")
    _move(store, laptop_b, workshop.id)  # laptop B has everyone
    erase_participant(store, gone.id)  # erased here; B has not heard of it
    save_fields(laptop_b, stay.id, partner_noticed="佐藤 未来さんが聞き上手だと言ってくれた")
    update_workshop(laptop_b, workshop.id, notes="佐藤 未来さんは欠席。未来の話をした")
    save_event(laptop_b, workshop.id, RunEvent(0, EventKind.START, AT))
    save_event(
        laptop_b, workshop.id, RunEvent(1, EventKind.MESSAGE_SHOW, AT, text="未来さん、受付へ")
    )

    report = import_archive(store, encode(export_archive(laptop_b, workshop.id)))

    assert report.erased_skipped == 1
    assert (
        get_worksheet(store, stay.id).partner_noticed
        == f"{ERASED_NAME}さんが聞き上手だと言ってくれた"
    )
    assert (
        get_workshop(store, workshop.id).workshop.notes
        == f"{ERASED_NAME}さんは欠席。未来の話をした"
    )
    assert [e.text for e in load_events(store, workshop.id)] == [None, f"{ERASED_NAME}さん、受付へ"]
    assert [p.name for p in get_workshop(store, workshop.id).participants] == ["高橋 希望"]
    raw = b"".join(p.read_bytes() for p in store.path.parent.glob(store.path.name + "*"))
    assert "佐藤".encode() not in raw


def test_an_anonymised_workshop_takes_no_names_from_the_messages_of_an_older_archive(
    store: Store, laptop_b: Store, template_90: WorkshopTemplate
) -> None:
    workshop = create_demo(store, template_90, participants=0, today=dt.date(2026, 12, 1))
    names = ["佐藤 未来", "高橋 希望", "鈴木 一郎"]
    add_participants(store, workshop.id, [PersonDraft(name) for name in names])
    _move(store, laptop_b, workshop.id)
    anonymize_workshop(store, workshop.id)
    save_event(laptop_b, workshop.id, RunEvent(0, EventKind.START, AT))
    save_event(
        laptop_b, workshop.id, RunEvent(1, EventKind.MESSAGE_SHOW, AT, text="佐藤 未来さん、受付へ")
    )

    import_archive(store, encode(export_archive(laptop_b, workshop.id)))

    detail = get_workshop(store, workshop.id)
    assert detail.workshop.anonymized
    sato = next(
        p.id for p in get_workshop(laptop_b, workshop.id).participants if p.name == names[0]
    )
    label = next(p.name for p in detail.participants if p.id == sato)
    assert label.startswith("P")
    assert [e.text for e in load_events(store, workshop.id)] == [None, f"{label}さん、受付へ"]
    raw = b"".join(p.read_bytes() for p in store.path.parent.glob(store.path.name + "*"))
    assert not any(name.split()[0].encode() in raw for name in names)

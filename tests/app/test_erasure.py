"""Erasing personal data: gone from the store's file, its log and Ippo's own backups."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.backups import list_backups, make_backup
from app.demo import create_demo
from app.erasure import anonymize_workshop, due_for_anonymizing, erase_participant
from app.errors import NotFound
from app.group_rounds import load_rounds, save_rounds
from app.grouping import Group, Round
from app.models import ErasureRow, Participant
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import get_worksheet, save_fields
from app.workshop_record import load_record
from app.workshops import get_workshop, update_workshop

SECRET = "秘密の経験テキスト𠮷"


def _raw_bytes(store: Store) -> bytes:
    files = [store.path, store.path.with_name(store.path.name + "-wal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def _names_in(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM participant")}
    finally:
        connection.close()


@pytest.fixture
def workshop(store: Store, template_90: WorkshopTemplate):  # type: ignore[no-untyped-def]
    return create_demo(store, template_90, participants=6, today=dt.date(2026, 12, 1))


def test_erase_one_participant_everywhere(store: Store, workshop) -> None:  # type: ignore[no-untyped-def]
    people = get_workshop(store, workshop.id).participants
    gone, other = people[0], people[1]
    save_fields(store, gone.id, experiences=[{"what": SECRET, "energy": 1}])
    save_rounds(store, workshop.id, [Round((Group((str(gone.id), str(other.id))),))])
    backup = make_backup(store, "manual")
    assert gone.name in _names_in(backup)

    report = erase_participant(store, gone.id)

    assert report.people == 1 and report.complete
    assert report.backups_rewritten == [backup]
    assert gone.name not in _names_in(backup)
    assert other.name in _names_in(backup)  # the rest of the backup is intact
    assert [p.id for p in get_workshop(store, workshop.id).participants] == [
        p.id for p in people[1:]
    ]
    with pytest.raises(NotFound):
        get_worksheet(store, gone.id)
    assert load_rounds(store, workshop.id) == [Round((Group((str(other.id),)),))]
    with store.session() as session:
        assert session.get(ErasureRow, gone.id) is not None
        assert session.get(Participant, gone.id) is None
    raw = _raw_bytes(store)
    assert SECRET.encode() not in raw  # not even in free pages or the write-ahead log
    assert gone.name.encode() not in raw
    assert SECRET.encode() not in backup.read_bytes()
    with pytest.raises(NotFound):
        erase_participant(store, gone.id)


def test_a_backup_that_cannot_be_rewritten_is_reported(store: Store, workshop) -> None:  # type: ignore[no-untyped-def]
    person = get_workshop(store, workshop.id).participants[0]
    good = make_backup(store, "manual")
    broken = good.with_name(good.name.replace("manual", "before-delete"))
    broken.write_bytes(good.read_bytes()[:4096] + b"\0" * 8192)  # a damaged copy
    report = erase_participant(store, person.id)
    assert report.backups_rewritten == [good]
    assert [path for path, _reason in report.backups_failed] == [broken]
    assert not report.complete
    assert person.name not in _names_in(good)


def test_retention_anonymises_in_place_and_in_backups(store: Store, workshop) -> None:  # type: ignore[no-untyped-def]
    people = get_workshop(store, workshop.id).participants
    save_fields(store, people[0].id, experiences=[{"what": SECRET, "energy": 2}],
                partner_noticed=f"{people[1].name}さんが聞き上手だと言ってくれた")  # fmt: skip
    update_workshop(store, workshop.id, retain_until=dt.date(2027, 3, 31))
    assert due_for_anonymizing(store, dt.date(2027, 3, 31)) == []
    assert [w.id for w in due_for_anonymizing(store, dt.date(2027, 4, 1))] == [workshop.id]
    backup = make_backup(store, "manual")

    report = anonymize_workshop(store, workshop.id)

    assert report.people == 6 and report.backups_rewritten == [backup]
    assert due_for_anonymizing(store, dt.date(2027, 4, 1)) == []
    after = get_workshop(store, workshop.id)
    assert after.workshop.anonymized
    assert sorted(p.name for p in after.participants) == [f"P0{i}" for i in range(1, 7)]
    assert all(not (p.email or p.employee_code or p.reading) for p in after.participants)
    sheet = get_worksheet(store, people[0].id)
    assert sheet.experiences == [{"energy": 2}]
    assert people[1].name not in sheet.partner_noticed
    raw = _raw_bytes(store) + backup.read_bytes()
    for person in people:
        assert person.name.encode() not in raw, person.name
    assert SECRET.encode() not in raw
    record = load_record(store, workshop.id)
    assert record.anonymized  # every later document is the anonymised one
    assert len(list_backups(store.data_dir.backups)) == 1


def test_a_reader_holding_the_log_is_reported_not_hidden(
    store: Store,
    workshop,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from app import erasure

    monkeypatch.setattr(erasure, "CHECKPOINT_WAIT_MS", 0)  # no real waiting in a test
    person = get_workshop(store, workshop.id).participants[0]
    reader = sqlite3.connect(store.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM participant").fetchone()  # a snapshot held open
    try:
        report = erase_participant(store, person.id)
    finally:
        reader.close()
    assert report.log_pending and not report.complete
    assert erasure.checkpoint(store)  # once the reader is gone, the log empties
    assert person.name.encode() not in _raw_bytes(store)

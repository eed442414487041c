"""The workshop archive: a faithful round trip, merge rules, and refusals that write nothing."""

from __future__ import annotations

import copy
import errno
import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

import app.archive_format as archive_format
from app.archive import archive_filename, export_archive, import_archive, write_archive
from app.archive_format import SECTIONS, columns, read_archive
from app.archive_report import ImportReport
from app.demo import create_demo
from app.errors import UserError
from app.models import ErasureRow, GroupRoundRow, Participant, WorksheetRow, Workshop
from app.participants import PersonDraft, add_participants, remove_participant, update_participant
from app.paths import DataDir
from app.runs import RunSession
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import get_worksheet, save_fields
from app.workshop_record import load_record
from app.workshops import get_workshop, update_stage
from tests.helpers.clock import FakeClock
from tests.helpers.runs import run_through

TABLES = ("workshop", "stage", "participant", "worksheet", "run_event", "group_round", "erasure")
ODD_TEXT = "私は①番目の𠮷田です🙂（髙橋・山﨑と）"


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Store]:
    """A second installation (HR's laptop), empty."""
    with Store.open(DataDir(tmp_path / "hr")) as opened:
        yield opened


@pytest.fixture
def wid(store: Store, template_90: WorkshopTemplate) -> uuid.UUID:
    """A workshop with everything an archive holds: a finished run, two group rounds, a
    withdrawn participant, a worksheet in odd characters, an erased participant."""
    workshop = create_demo(store, template_90, participants=8, today=date(2026, 11, 26))
    people = get_workshop(store, workshop.id).participants
    update_participant(store, people[0].id, name="髙橋 ①子")
    save_fields(store, people[0].id, identity=ODD_TEXT, strengths=["𠮷", "🙂"])
    remove_participant(store, people[1].id, erase_worksheet=False)
    run_through(store, workshop.id, extra_seconds=[0, 120, -60, 300])
    ids = [str(p.id) for p in people[2:]]
    with store.session() as session:
        session.add(GroupRoundRow(workshop_id=workshop.id, number=1, groups=[ids[:3], ids[3:]]))
        session.add(GroupRoundRow(workshop_id=workshop.id, number=2, groups=[ids[::2], ids[1::2]]))
    erase(store, people[7].id)
    return workshop.id


def erase(store: Store, participant_id: uuid.UUID) -> None:
    """What app.erasure leaves behind: no person, no sheet, no place in a group, a tombstone."""
    with store.session() as session:
        person = session.get(Participant, participant_id)
        assert person is not None
        session.delete(person)
        for row in session.exec(select(GroupRoundRow)).all():
            row.groups = [[m for m in g if m != str(participant_id)] for g in row.groups]
            session.add(row)
        session.add(ErasureRow(id=participant_id, workshop_id=person.workshop_id))


def grouped(store: Store) -> set[str]:
    """Everyone placed in a group, in any round."""
    with store.session() as session:
        rounds = session.exec(select(GroupRoundRow)).all()
    return {member for row in rounds for group in row.groups for member in group}


def archive_bytes(store: Store, wid: uuid.UUID) -> bytes:
    return archive_format.encode(export_archive(store, wid))


def content(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "exported_at"}


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read with plain sqlite3 (what is really in the file)."""
    with sqlite3.connect(store.path) as raw:
        return {t: sorted(raw.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES}


def only(report: ImportReport, kind: str) -> bool:
    """Whether every count of the report is of this kind."""
    kinds = ("added", "updated", "unchanged", "kept_local")
    return all(getattr(c, k) == 0 for c in report.counts.values() for k in kinds if k != kind)


# -- round trip --------------------------------------------------------------------------------


def test_round_trip_into_an_empty_store_gives_the_same_archive(
    store: Store, target: Store, wid: uuid.UUID, tmp_path: Path
) -> None:
    path = write_archive(store, wid, tmp_path / "archive.json")
    text = path.read_text(encoding="utf-8")
    assert ODD_TEXT in text and "髙橋 ①子" in text  # written as is, not \u escapes
    assert not list(tmp_path.glob("*.part"))
    source = json.loads(text)
    assert len(source["participants"]) == 7  # the withdrawn one too; the erased one is gone
    assert any(p["withdrawn"] for p in source["participants"])
    assert len(source["erasures"]) == 1 and len(source["group_rounds"]) == 2
    assert source["run_events"][0]["at"].endswith("+00:00")

    report = import_archive(target, path)
    assert only(report, "added") and not report.conflicts
    assert report.counts["participants"].added == 7
    assert report.counts["run_events"].added == len(source["run_events"])
    assert content(export_archive(target, wid)) == content(source)
    clock = FakeClock()
    clock.advance(10_000)
    assert (
        load_record(target, wid, now=clock.now).timings()
        == load_record(store, wid, now=clock.now).timings()
    )


def test_an_import_into_the_store_it_came_from_changes_nothing(
    store: Store, wid: uuid.UUID
) -> None:
    before, changes = snapshot(store), store.change_count
    report = import_archive(store, archive_bytes(store, wid))
    assert only(report, "unchanged") and not report.changed and not report.conflicts
    assert snapshot(store) == before and store.change_count == changes
    assert "already has everything" in report.summary_lines()[0]


def test_a_second_import_changes_nothing(store: Store, target: Store, wid: uuid.UUID) -> None:
    data = archive_bytes(store, wid)
    import_archive(target, data)
    before, changes = snapshot(target), target.change_count
    again = import_archive(target, data)
    assert only(again, "unchanged") and not again.changed
    assert again.counts["participants"].unchanged == 7
    assert snapshot(target) == before  # every updated_at too
    assert target.change_count == changes
    with sqlite3.connect(target.path) as raw:
        assert raw.execute("SELECT count(*) FROM participant").fetchone() == (7,)


def test_the_export_order_is_fixed(store: Store, wid: uuid.UUID) -> None:
    first, second = export_archive(store, wid), export_archive(store, wid)
    assert content(first) == content(second)
    assert [s["position"] for s in first["stages"]] == sorted(
        s["position"] for s in first["stages"]
    )
    assert [e["seq"] for e in first["run_events"]] == list(range(len(first["run_events"])))


def test_the_archive_holds_every_column_of_every_table() -> None:
    for table, model in SECTIONS.values():
        assert list(model.model_fields) == columns(table), table.__name__


# -- merge rules -------------------------------------------------------------------------------


def test_the_newer_copy_wins_and_every_difference_is_listed(
    store: Store, target: Store, wid: uuid.UUID
) -> None:
    import_archive(target, archive_bytes(store, wid))
    a, b, c = get_workshop(store, wid).participants[:3]
    update_participant(store, a.id, department="研究所")  # edited here first …
    update_participant(target, a.id, department="本社")  # … and later on HR's laptop
    update_participant(target, b.id, email="b@hr.example")  # HR first …
    update_participant(store, b.id, email="b@new.example")  # … the facilitator later
    saved = save_fields(store, c.id, identity="あとで書き直した")
    save_fields(target, c.id, identity="同時刻の別の内容")
    with target.session() as session:  # the same instant on both laptops
        sheet = session.exec(select(WorksheetRow).where(WorksheetRow.participant_id == c.id)).one()
        sheet.updated_at = saved.updated_at
        session.add(sheet)

    report = import_archive(target, archive_bytes(store, wid))

    by_what = {conflict.what: conflict for conflict in report.conflicts}
    assert set(by_what) == {a.name, b.name, f"worksheet of {c.name}"}
    assert by_what[a.name].winner == "local" and by_what[a.name].fields == ("department",)
    assert by_what[b.name].winner == "archive" and "newer" in by_what[b.name].reason
    tie = by_what[f"worksheet of {c.name}"]
    assert tie.winner == "local" and "same instant" in tie.reason
    assert report.counts["participants"].updated == 1
    assert report.counts["participants"].kept_local == 1
    assert report.counts["worksheets"].kept_local == 1
    merged = {p.id: p for p in get_workshop(target, wid).participants}
    assert merged[a.id].department == "本社"
    assert merged[b.id].email == "b@new.example"
    source_b = next(p for p in get_workshop(store, wid).participants if p.id == b.id)
    assert merged[b.id].updated_at == source_b.updated_at  # the archive's time, not "now"
    assert any("3 rows differ" in line for line in report.summary_lines())
    assert json.loads(json.dumps(report.as_json()))["counts"]["participants"]["updated"] == 1


def test_sheets_begun_on_two_laptops_are_matched_by_person(
    store: Store, target: Store, wid: uuid.UUID
) -> None:
    (late,) = add_participants(store, wid, [PersonDraft(name="遅刻 太郎")])
    import_archive(target, archive_bytes(store, wid))
    save_fields(target, late.id, identity="HRの端末で書いた")
    save_fields(store, late.id, identity="会場の端末で書いた")  # another row id, written later
    report = import_archive(target, archive_bytes(store, wid))
    assert report.counts["worksheets"].updated == 1
    assert get_worksheet(target, late.id).identity == "会場の端末で書いた"
    assert not import_archive(target, archive_bytes(store, wid)).changed


def test_an_archive_edit_reaches_a_store_that_did_not_change(
    store: Store, target: Store, wid: uuid.UUID
) -> None:
    import_archive(target, archive_bytes(store, wid))
    stage = get_workshop(store, wid).stages[1]
    update_stage(store, stage.id, title="強みの言語化（延長版）")
    report = import_archive(target, archive_bytes(store, wid))
    assert report.counts["stages"].updated == 1
    assert [c.winner for c in report.conflicts] == ["archive"]
    assert get_workshop(target, wid).stages[1].title == "強みの言語化（延長版）"


def test_two_different_runs_are_never_mixed(
    store: Store, target: Store, template_90: WorkshopTemplate
) -> None:
    workshop = create_demo(store, template_90, participants=3, today=date(2026, 11, 26))
    import_archive(target, archive_bytes(store, workshop.id))
    run_through(store, workshop.id, extra_seconds=[60])
    run_through(target, workshop.id, extra_seconds=[0, 0, 600])
    here = snapshot(target)["run_event"]

    report = import_archive(target, archive_bytes(store, workshop.id))

    runs = [c for c in report.conflicts if c.table == "run_events"]
    assert len(runs) == 1 and runs[0].winner == "local"
    assert report.counts["run_events"].kept_local == len(here)
    assert report.counts["run_events"].added == 0
    assert snapshot(target)["run_event"] == here


def test_a_run_that_went_on_elsewhere_is_appended(
    store: Store, target: Store, template_90: WorkshopTemplate
) -> None:
    workshop = create_demo(store, template_90, participants=2, today=date(2026, 11, 26))
    clock = FakeClock()
    RunSession(store, workshop.id, now=clock).act("start")
    import_archive(target, archive_bytes(store, workshop.id))
    session = RunSession(store, workshop.id, now=clock)
    clock.advance(600)
    session.act("next")
    session.act("finish")
    report = import_archive(target, archive_bytes(store, workshop.id))
    assert report.counts["run_events"].unchanged == 1
    assert report.counts["run_events"].added == 2
    assert get_workshop(target, workshop.id).workshop.status == "finished"


def test_group_rounds_made_twice_keep_the_local_ones(
    store: Store, target: Store, wid: uuid.UUID
) -> None:
    with store.session() as session:  # the store loses its rounds; HR keeps the archive's
        for row in session.exec(select(GroupRoundRow)).all():
            session.delete(row)
    import_archive(target, archive_bytes(store, wid))
    with store.session() as session:
        session.add(GroupRoundRow(workshop_id=wid, number=1, groups=[["x"], ["y"]]))
    with target.session() as session:
        session.add(GroupRoundRow(workshop_id=wid, number=1, groups=[["p"], ["q"]]))
    report = import_archive(target, archive_bytes(store, wid))
    assert [c.table for c in report.conflicts] == ["group_rounds"]
    assert report.counts["group_rounds"].kept_local == 1
    with target.session() as session:
        assert [r.groups for r in session.exec(select(GroupRoundRow)).all()] == [[["p"], ["q"]]]


# -- erasure -----------------------------------------------------------------------------------


def test_a_person_erased_here_is_not_brought_back(
    store: Store, target: Store, wid: uuid.UUID
) -> None:
    data = archive_bytes(store, wid)
    import_archive(target, data)
    person = get_workshop(target, wid).participants[3]
    assert str(person.id) in grouped(target)
    erase(target, person.id)
    report = import_archive(target, data)
    assert report.erased_skipped == 1 and not report.changed
    assert not holds(target, person.id) and str(person.id) not in grouped(target)


def test_a_person_erased_on_the_other_laptop_is_erased_here(
    store: Store, target: Store, wid: uuid.UUID
) -> None:
    import_archive(target, archive_bytes(store, wid))
    person = get_workshop(store, wid).participants[4]
    assert holds(target, person.id) and str(person.id) in grouped(target)
    erase(store, person.id)
    report = import_archive(target, archive_bytes(store, wid))
    assert report.erased_applied == 1 and report.counts["erasures"].added == 1
    assert any("erased here" in line for line in report.summary_lines())
    assert not holds(target, person.id) and str(person.id) not in grouped(target)
    with target.session() as session:
        assert session.get(ErasureRow, person.id) is not None
    assert content(export_archive(target, wid)) == content(export_archive(store, wid))
    assert not import_archive(target, archive_bytes(store, wid)).changed


def holds(store: Store, participant_id: uuid.UUID) -> bool:
    """Whether the store has the person or their worksheet."""
    with store.session() as session:
        sheet = select(WorksheetRow).where(WorksheetRow.participant_id == participant_id)
        return session.get(Participant, participant_id) is not None or bool(
            session.exec(sheet).all()
        )


def test_names_erased_here_stay_erased(store: Store, target: Store, wid: uuid.UUID) -> None:
    data = archive_bytes(store, wid)
    import_archive(target, data)
    with target.session() as session:
        workshop = session.get(Workshop, wid)
        assert workshop is not None
        workshop.anonymized = True
        session.add(workshop)
        for index, person in enumerate(session.exec(select(Participant)).all()):
            person.name = f"P{index + 1:02d}"
            session.add(person)
    names = {p.name for p in get_workshop(target, wid).participants}
    report = import_archive(target, data)
    assert report.counts["participants"].kept_local == 7 and not report.changed
    assert "erased here" in report.conflicts[0].reason
    assert {p.name for p in get_workshop(target, wid).participants} == names


# -- nothing half-written ----------------------------------------------------------------------


def test_a_dry_run_reports_the_same_and_writes_nothing(
    store: Store, target: Store, wid: uuid.UUID
) -> None:
    data = archive_bytes(store, wid)
    before = snapshot(target)
    dry = import_archive(target, read_archive(data), dry_run=True)
    assert snapshot(target) == before
    assert dry.summary_lines()[-1] == "Dry run: nothing was written."
    real = import_archive(target, data)
    assert {**dry.as_json(), "dry_run": False} == real.as_json()


def test_a_failure_midway_writes_nothing(
    store: Store, target: Store, wid: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = archive_bytes(store, wid)
    flush = Session.flush
    calls = []

    def failing_flush(self: Session, *args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) == 4:  # workshop, stages and people are flushed by then
            raise OSError(errno.EIO, "the disk went away")
        flush(self, *args, **kwargs)

    monkeypatch.setattr(Session, "flush", failing_flush)
    before = snapshot(target)
    with pytest.raises(OSError, match="went away"):
        import_archive(target, data)
    assert len(calls) == 4
    assert snapshot(target) == before
    monkeypatch.undo()
    assert import_archive(target, data).counts["participants"].added == 7


def test_ids_that_belong_to_another_workshop_here_are_refused(
    store: Store, target: Store, wid: uuid.UUID
) -> None:
    import_archive(target, archive_bytes(store, wid))
    other = json.loads(archive_bytes(store, wid))
    new_id = str(uuid.uuid4())
    other["workshop"]["id"] = new_id
    for section in (
        "stages",
        "participants",
        "worksheets",
        "run_events",
        "group_rounds",
        "erasures",
    ):
        for row in other[section]:
            row["workshop_id"] = new_id
    for row in other["stages"] + other["run_events"] + other["group_rounds"]:
        row["id"] = str(uuid.uuid4())
    before = snapshot(target)
    with pytest.raises(UserError, match="clashes with this store"):
        import_archive(target, json.dumps(other).encode())
    assert snapshot(target) == before


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *where, last = path.split(".")
        node: Any = data
        for key in where:
            node = node[int(key)] if key.isdigit() else node[key]
        if value is KeyError:
            del node[last]
        else:
            node[last] = value

    return change


def _dangling(data: dict[str, Any]) -> None:
    sheet_owner = data["worksheets"][0]["participant_id"]
    data["participants"] = [p for p in data["participants"] if p["id"] != sheet_owner]


def _naive(data: dict[str, Any]) -> None:
    data["participants"][2]["updated_at"] = "2026-12-03T10:00:00"


def _twice(data: dict[str, Any]) -> None:
    data["participants"].append(copy.deepcopy(data["participants"][0]))


MALFORMED: dict[str, tuple[Callable[[dict[str, Any]], None] | bytes, str]] = {
    "not JSON": (b"Ippo workshop archive\n", r"not valid JSON \(line 1, column 1"),
    "cp932": (
        '{"format": "ippo-archive", "workshop": {"title": "研修"}}'.encode("cp932"),
        "not UTF-8 text",
    ),
    "wrong format": (_set("format", "something-else"), "not an Ippo archive"),
    "a list": (b"[1, 2]", "not an Ippo archive"),
    "newer version": (_set("version", 2), "made by a newer Ippo"),
    "newer schema": (_set("schema", "0099"), "made by a newer Ippo"),
    "missing field": (_set("participants.0.email", KeyError), r"participants\[0\]\.email: missing"),
    "bad uuid": (_set("participants.3.id", "not-a-uuid"), r"participants\[3\]\.id: not a UUID"),
    "text for a number": (_set("stages.0.position", "1"), r"stages\[0\]\.position: not a whole"),
    "naive time": (_naive, r"participants\[2\]\.updated_at: a date and time without"),
    "unknown field": (_set("workshop.owner", "x"), r"workshop\.owner: not a field"),
    "dangling worksheet": (_dangling, r"worksheets\[0\]\.participant_id: no participant"),
    "another workshop": (
        _set("stages.1.workshop_id", str(uuid.UUID(int=7))),
        r"stages\[1\]\.workshop_id: another workshop",
    ),
    "repeated id": (_twice, r"participants\[7\]\.id: the same as participants\[0\]"),
    "bad run event": (_set("run_events.0.kind", "explode"), r"run_events\[0\]: 'explode'"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_archive_is_refused_and_nothing_is_written(
    store: Store, target: Store, wid: uuid.UUID, tmp_path: Path, case: str
) -> None:
    good = archive_bytes(store, wid)
    import_archive(target, good)  # the store holds something that could be damaged
    change, expected = MALFORMED[case]
    if isinstance(change, bytes):
        bad = change
    else:
        data = json.loads(good)
        change(data)
        bad = json.dumps(data, ensure_ascii=False).encode("utf-8")
    path = tmp_path / "bad.json"
    path.write_bytes(bad)
    before, changes = snapshot(target), target.change_count
    with pytest.raises(UserError, match=expected) as refused:
        import_archive(target, path)
    assert refused.value.advice and refused.value.path == path
    assert snapshot(target) == before and target.change_count == changes


def test_a_truncated_archive_is_refused(store: Store, target: Store, wid: uuid.UUID) -> None:
    good = archive_bytes(store, wid)
    for cut in (len(good) // 3, len(good) - 5):
        with pytest.raises(UserError, match=r"not valid JSON .*cut short"):
            import_archive(target, good[:cut])
    assert not snapshot(target)["workshop"]


def test_a_file_far_too_big_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_format, "MAX_BYTES", 100)
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * 101)
    with pytest.raises(UserError, match="far larger than any Ippo archive"):
        read_archive(path)
    with pytest.raises(UserError, match="could not be read"):
        read_archive(tmp_path / "missing.json")


def test_a_byte_order_mark_and_other_offsets_are_accepted(store: Store, wid: uuid.UUID) -> None:
    data = json.loads(archive_bytes(store, wid))
    data["workshop"]["updated_at"] = "2026-12-03T19:00:00+09:00"
    archive = read_archive(b"\xef\xbb\xbf" + json.dumps(data).encode())
    assert archive.workshop.updated_at.isoformat() == "2026-12-03T10:00:00+00:00"


# -- writing the file --------------------------------------------------------------------------


def test_a_full_disk_leaves_no_file(
    store: Store, wid: uuid.UUID, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(UserError, match="disk is full"):
        write_archive(store, wid, tmp_path / "a.json")
    assert list(tmp_path.glob("a.json*")) == []


def test_a_missing_folder_is_named(store: Store, wid: uuid.UUID, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="could not be written"):
        write_archive(store, wid, tmp_path / "gone" / "a.json")


def test_the_offered_file_name_is_safe(store: Store, wid: uuid.UUID) -> None:
    workshop = get_workshop(store, wid).workshop
    workshop.title = 'A/B: "研修"?'
    workshop.date = date(2026, 12, 10)
    assert archive_filename(workshop) == "ippo-2026-12-10-A_B_ _研修.json"

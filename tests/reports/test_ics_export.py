"""The iCalendar export, parsed back with icalendar: all-day events on the stored dates in any
local time zone, stable UIDs, one file per person or one for all, anonymised labels."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar, Event

import app
from app.demo import create_demo
from app.errors import UserError
from app.participants import PersonDraft, add_participants, update_participant
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import save_fields
from app.workshop_record import WorkshopRecord, load_record
from app.workshops import get_workshop, update_workshop
from reports.ics_export import calendar_bytes, write_ics, write_ics_per_person

TODAY = dt.date(2026, 11, 26)
MADE_AT = dt.datetime(2026, 12, 3, 9, 30, tzinfo=dt.UTC)
LONG_STEP = "𠮷田さんと髙橋さんに相談して、月末までに社内公募の説明会に参加し、" * 4


def _workshop(store: Store, template: WorkshopTemplate) -> uuid.UUID:
    """Five demo people: two share a name, one has no dates, one has no sheet, one a long step."""
    workshop = create_demo(store, template, participants=5, today=TODAY)
    people = get_workshop(store, workshop.id).participants
    update_participant(store, people[0].id, name="髙橋 一郎")
    update_participant(store, people[1].id, name="髙橋 一郎")
    update_participant(store, people[2].id, name="𠮷田 太郎")
    update_participant(store, people[3].id, name="山﨑 花子")
    update_participant(store, people[4].id, name="佐藤 陽菜")
    save_fields(store, people[2].id, step_what=LONG_STEP, step_supporter="課長, 部長; 先輩")
    save_fields(store, people[3].id, step_by=None, checkin_date=None)
    add_participants(store, workshop.id, [PersonDraft(name="中村 新人")])
    return workshop.id


def _record(store: Store, wid: uuid.UUID, **options: object) -> WorkshopRecord:
    return load_record(store, wid, now=MADE_AT, **options)  # type: ignore[arg-type]


def _events(data: bytes) -> list[Event]:
    return [e for e in Calendar.from_ical(data).walk("VEVENT") if isinstance(e, Event)]


@pytest.fixture(params=["Asia/Tokyo", "America/Los_Angeles"])
def local_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The process's local time zone set to Tokyo, then to Los Angeles (and restored)."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_all_day_events_on_the_stored_dates_in_any_local_zone(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path, local_zone: str
) -> None:
    offset = dt.datetime(2026, 12, 3, 12).astimezone().utcoffset()
    assert offset == (
        dt.timedelta(hours=9) if local_zone == "Asia/Tokyo" else dt.timedelta(hours=-8)
    )
    wid = _workshop(store, template_90)
    record = _record(store, wid)
    report = write_ics(tmp_path / "all.ics", record)
    events = _events((tmp_path / "all.ics").read_bytes())
    by_uid = {str(e["uid"]): e for e in events}

    dated = [p for p in record.people if p.sheet and p.sheet.step_by and p.sheet.checkin_date]
    assert len(dated) == 4
    assert report.events == len(events) == 8
    for person in dated:
        assert person.sheet and person.sheet.step_by and person.sheet.checkin_date
        deadline = by_uid[f"{person.id}-deadline@ippo"]
        checkin = by_uid[f"{person.id}-checkin@ippo"]
        for event, day in ((deadline, person.sheet.step_by), (checkin, person.sheet.checkin_date)):
            start = event.decoded("dtstart")
            assert type(start) is dt.date  # all day, not a datetime that a zone could shift
            assert start == day
            assert event.decoded("dtend") == day + dt.timedelta(days=1)
            assert event["dtstart"].params["VALUE"] == "DATE"
            assert str(event["transp"]) == "TRANSPARENT"
            assert event.decoded("dtstamp") == MADE_AT
        assert str(deadline["summary"]) == f"一歩の期限：{person.label}"
        assert str(checkin["summary"]) == f"ふりかえりの1on1：{person.label}"
        assert deadline.categories == ["Ippo", "一歩の期限"]
        assert checkin.categories == ["Ippo", "ふりかえりの1on1"]
        assert str(person.sheet.step_what) in str(deadline["description"])
        assert "サンプル：キャリアオーナーシップ研修" in str(deadline["description"])
        assert "2026年12月3日（木）" in str(deadline["description"])
        (alarm,) = checkin.walk("VALARM")
        trigger = alarm.decoded("trigger")
        assert isinstance(trigger, dt.timedelta)
        reminder = dt.datetime.combine(person.sheet.checkin_date, dt.time()) + trigger
        day_before = person.sheet.checkin_date - dt.timedelta(days=1)
        assert reminder == dt.datetime.combine(day_before, dt.time(9))  # 09:00 the day before
        assert not deadline.walk("VALARM")


def test_calendar_header_and_long_japanese_lines_fold_at_character_boundaries(
    store: Store, template_90: WorkshopTemplate
) -> None:
    wid = _workshop(store, template_90)
    record = _record(store, wid)
    data = calendar_bytes(record)
    calendar = Calendar.from_ical(data)
    assert str(calendar["prodid"]) == f"-//Ippo//Ippo {app.__version__}//JA"
    assert str(calendar["version"]) == "2.0"

    lines = data.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # each folded line is whole UTF-8: no character cut in two
    assert any(line.startswith(b" ") for line in lines)  # the long step was folded

    taro = next(p for p in record.people if p.label == "𠮷田 太郎")
    deadline = next(e for e in _events(data) if str(e["uid"]) == f"{taro.id}-deadline@ippo")
    description = str(deadline["description"])
    assert LONG_STEP in description
    assert "応援してくれる人：課長, 部長; 先輩" in description.splitlines()
    assert str(deadline["summary"]) == "一歩の期限：𠮷田 太郎"


def test_people_without_dates_are_reported_not_given_empty_events(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = _workshop(store, template_90)
    people = get_workshop(store, wid).participants
    save_fields(store, people[4].id, checkin_date=None)  # a deadline but no check-in
    record = _record(store, wid)
    report = write_ics(tmp_path / "all.ics", record)
    events = _events(report.files[0].read_bytes())

    assert report.people_without_dates == ("山﨑 花子", "中村 新人")
    summaries = [str(e["summary"]) for e in events]
    assert not any("山﨑" in s or "中村" in s for s in summaries)
    assert summaries.count("一歩の期限：佐藤 陽菜") == 1
    assert "ふりかえりの1on1：佐藤 陽菜" not in summaries
    assert report.events == len(events) == 7


def test_one_file_per_person_with_unique_names(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = _workshop(store, template_90)
    record = _record(store, wid)
    report = write_ics_per_person(tmp_path / "calendars", record)

    names = sorted(path.name for path in report.files)
    assert names == sorted(["髙橋 一郎.ics", "髙橋 一郎 (2).ics", "𠮷田 太郎.ics", "佐藤 陽菜.ics"])
    assert sorted(p.name for p in (tmp_path / "calendars").iterdir()) == names
    assert report.events == 8
    assert report.people_without_dates == ("山﨑 花子", "中村 新人")
    dated = [p for p in record.people if p.sheet and (p.sheet.step_by or p.sheet.checkin_date)]
    for path, person in zip(report.files, dated, strict=True):
        events = _events(path.read_bytes())
        assert len(events) == 2
        assert {str(e["uid"]) for e in events} == {
            f"{person.id}-deadline@ippo",
            f"{person.id}-checkin@ippo",
        }

    again = write_ics_per_person(tmp_path / "calendars", record)
    assert sorted(p.name for p in again.files) == names  # replaced, not "(3)"
    assert not list((tmp_path / "calendars").glob("*.part"))


def test_uids_are_stable_across_exports_so_a_newer_file_updates_the_events(
    store: Store, template_90: WorkshopTemplate
) -> None:
    wid = _workshop(store, template_90)
    first = _events(calendar_bytes(_record(store, wid)))
    people = get_workshop(store, wid).participants
    save_fields(store, people[0].id, step_by=dt.date(2027, 2, 1))
    later = load_record(store, wid, now=MADE_AT + dt.timedelta(days=10))
    second = _events(calendar_bytes(later))

    assert [str(e["uid"]) for e in first] == [str(e["uid"]) for e in second]
    assert len({str(e["uid"]) for e in first}) == len(first)
    moved = {str(e["uid"]): e for e in second}[f"{people[0].id}-deadline@ippo"]
    assert moved.decoded("dtstart") == dt.date(2027, 2, 1)
    assert moved.decoded("dtstamp") == MADE_AT + dt.timedelta(days=10)


def test_anonymised_calendar_uses_labels_and_holds_no_name(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = _workshop(store, template_90)
    everyone = get_workshop(store, wid).participants
    record = _record(store, wid, anonymize=True)
    report = write_ics_per_person(tmp_path / "anon", record)
    assert sorted(p.name for p in report.files) == sorted(
        f"{p.label}.ics" for p in record.people if p.sheet and p.sheet.step_by
    )
    data = calendar_bytes(record)
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8")
    texts = [unfolded] + [
        path.read_bytes().replace(b"\r\n ", b"").decode() for path in report.files
    ]
    for person in everyone:
        pieces = {person.name, person.name.replace(" ", "")}
        pieces |= {part for part in person.name.split() if len(part) >= 2}
        for piece in pieces:
            assert all(piece not in text for text in texts), piece
    summaries = {str(e["summary"]) for e in _events(data)}
    assert all(s.split("：")[1].startswith("P0") for s in summaries)
    # names inside the declaration were replaced too: 𠮷田 by a label, and 髙橋 — shared by two
    # people — by a neutral word, so the text is not credited to the wrong one of them
    assert any("P0" in str(e["description"]) and "さんと（氏名）さん" in str(e["description"])
               for e in _events(data))  # fmt: skip


def test_english_words(store: Store, template_90: WorkshopTemplate) -> None:
    wid = _workshop(store, template_90)
    update_workshop(store, wid, language="en")
    events = _events(calendar_bytes(_record(store, wid)))
    summaries = {str(e["summary"]) for e in events}
    assert "Next-step deadline: 𠮷田 太郎" in summaries
    assert "Follow-up 1on1: 𠮷田 太郎" in summaries
    assert "Workshop: サンプル：キャリアオーナーシップ研修 (Thu 3 Dec 2026)" in str(
        events[0]["description"]
    )


def test_nobody_with_a_date_is_a_user_error(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    workshop = create_demo(store, template_90, participants=2, today=TODAY)
    for person in get_workshop(store, workshop.id).participants:
        save_fields(store, person.id, step_by=None, checkin_date=None)
    record = _record(store, workshop.id)
    with pytest.raises(UserError):
        write_ics(tmp_path / "all.ics", record)
    with pytest.raises(UserError):
        write_ics_per_person(tmp_path / "each", record)
    assert not (tmp_path / "all.ics").exists()


def test_an_unwritable_place_is_a_user_error(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    record = _record(store, _workshop(store, template_90))
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(UserError) as error:
        write_ics(blocker / "all.ics", record)
    assert "writable" in error.value.advice
    with pytest.raises(UserError):
        write_ics_per_person(blocker / "each", record)


def test_anonymised_uids_do_not_carry_the_participant_ids(
    store: Store, template_90: WorkshopTemplate
) -> None:
    wid = _workshop(store, template_90)
    ids = {str(p.id) for p in get_workshop(store, wid).participants}
    uids = [str(e["uid"]) for e in _events(calendar_bytes(_record(store, wid, anonymize=True)))]
    assert uids and not [u for u in uids if u.split("-deadline")[0].split("-checkin")[0] in ids]
    again = [str(e["uid"]) for e in _events(calendar_bytes(_record(store, wid, anonymize=True)))]
    assert again == uids  # still stable: a calendar updates its events on a second import

"""Follow-up dates for managers' calendars: each person's step deadline and check-in 1on1 as .ics.

Every event is an **all-day** event (``DTSTART;VALUE=DATE``). All-day dates are "floating": the
same calendar date in every time zone, which is what a deadline means — a manager in Los
Angeles sees the 3rd of December as the 3rd, not as the afternoon of the 2nd. So the file needs
no VTIMEZONE, and ``DTEND`` is the next day (the end is exclusive).

Re-importing a newer file updates the events instead of adding copies: the UIDs are made from
the participant's id (``<id>-deadline@ippo``, ``<id>-checkin@ippo``), which never changes.
The events are ``TRANSP:TRANSPARENT`` so they do not block the manager's day, and the check-in
has a reminder at 09:00 the day before (``TRIGGER:-PT15H`` from the day's start).

Escaping and line folding (at 75 octets, never inside a UTF-8 character) are icalendar's job.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from icalendar import Alarm, Calendar, Event

import app
from app.errors import QT_TRANSLATE_NOOP, UserError
from app.models import WorksheetRow
from app.workshop_record import PersonRecord, WorkshopRecord
from reports.sheet_layout import format_date
from reports.sheets import safe_file_name

#: The check-in reminder: 15 hours before the all-day event starts = 09:00 the day before.
REMINDER = dt.timedelta(hours=-15)

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "deadline": "一歩の期限：{label}",
        "checkin": "ふりかえりの1on1：{label}",
        "deadline_category": "一歩の期限",
        "checkin_category": "ふりかえりの1on1",
        "what": "やってみること：{text}",
        "by": "期限：{date}",
        "supporter": "応援してくれる人：{text}",
        "workshop": "ワークショップ：{title}",
        "workshop_on": "ワークショップ：{title}（{date}）",
        "reminder": "明日は{label}さんとのふりかえりの1on1です",
        "undecided": "未定",
    },
    "en": {
        "deadline": "Next-step deadline: {label}",
        "checkin": "Follow-up 1on1: {label}",
        "deadline_category": "Next-step deadline",
        "checkin_category": "Follow-up 1on1",
        "what": "Next step: {text}",
        "by": "By: {date}",
        "supporter": "Supporter: {text}",
        "workshop": "Workshop: {title}",
        "workshop_on": "Workshop: {title} ({date})",
        "reminder": "Tomorrow: follow-up 1on1 with {label}",
        "undecided": "not decided",
    },
}


@dataclass(frozen=True)
class IcsReport:
    """What was written: the files, the number of events, who had no date at all (no event)."""

    files: tuple[Path, ...]
    events: int
    people_without_dates: tuple[str, ...]


def _words(record: WorkshopRecord) -> dict[str, str]:
    return WORDS.get(record.workshop.language, WORDS["ja"])


def _has_dates(person: PersonRecord) -> bool:
    sheet = person.sheet
    return sheet is not None and (sheet.step_by is not None or sheet.checkin_date is not None)


def _description(sheet: WorksheetRow, record: WorkshopRecord, words: dict[str, str]) -> str:
    """The declaration in plain text, one item a line (icalendar escapes the line breaks)."""
    language = record.workshop.language
    lines = [words["what"].format(text=sheet.step_what or words["undecided"])]
    lines.append(
        words["by"].format(date=format_date(sheet.step_by, language) or words["undecided"])
    )
    if sheet.step_supporter:
        lines.append(words["supporter"].format(text=sheet.step_supporter))
    workshop = record.workshop
    if workshop.date is not None:
        lines.append(
            words["workshop_on"].format(
                title=workshop.title, date=format_date(workshop.date, language)
            )
        )
    else:
        lines.append(words["workshop"].format(title=workshop.title))
    return "\n".join(lines)


def _event(
    uid: str,
    day: dt.date,
    summary: str,
    description: str,
    category: str,
    stamp: dt.datetime,
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)  # a date, so VALUE=DATE: all day, floating
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("categories", ["Ippo", category])
    event.add("transp", "TRANSPARENT")
    return event


def _uid_key(record: WorkshopRecord, person: PersonRecord) -> str:
    """The participant's id — or, anonymised, a stand-in made from the workshop and the label,
    so an anonymised calendar cannot be joined to a named CSV or archive by its UIDs."""
    if record.anonymized:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"ippo:{record.workshop.id}:{person.label}"))
    return str(person.id)


def person_events(record: WorkshopRecord, person: PersonRecord) -> list[Event]:
    """The person's deadline and check-in events (none without a sheet or dates)."""
    sheet = person.sheet
    if sheet is None:
        return []
    words = _words(record)
    stamp = record.made_at.astimezone(dt.UTC)
    description = _description(sheet, record, words)
    events = []
    key = _uid_key(record, person)
    if sheet.step_by is not None:
        events.append(
            _event(
                f"{key}-deadline@ippo",
                sheet.step_by,
                words["deadline"].format(label=person.label),
                description,
                words["deadline_category"],
                stamp,
            )
        )
    if sheet.checkin_date is not None:
        checkin = _event(
            f"{key}-checkin@ippo",
            sheet.checkin_date,
            words["checkin"].format(label=person.label),
            description,
            words["checkin_category"],
            stamp,
        )
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", words["reminder"].format(label=person.label))
        alarm.add("trigger", REMINDER)
        checkin.add_component(alarm)
        events.append(checkin)
    return events


def calendar_bytes(record: WorkshopRecord, people: Iterable[PersonRecord] | None = None) -> bytes:
    """One VCALENDAR with the events of ``people`` (default: everyone in the record)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//Ippo//Ippo {app.__version__}//JA")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", record.workshop.title)
    for person in record.people if people is None else people:
        for event in person_events(record, person):
            calendar.add_component(event)
    return calendar.to_ical()


def _write(path: Path, data: bytes) -> None:
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(data)
        os.replace(part, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            part.unlink()
        raise _write_error(path, error) from error
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise


def _write_error(path: Path, error: OSError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Core", "The calendar file %1 could not be written (%2)."),
        QT_TRANSLATE_NOOP("Core", "Check that the folder exists and is writable and that the disk is not full."),  # noqa: E501
        path=path,
        args=(path.name, error.strerror or error),
    )  # fmt: skip


def _dated(record: WorkshopRecord) -> tuple[list[PersonRecord], tuple[str, ...]]:
    dated = [p for p in record.people if _has_dates(p)]
    if not dated:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "No participant has a step deadline or a check-in date."),
            QT_TRANSLATE_NOOP("Core", "Fill in 'by when' or the follow-up 1on1 on the worksheets first."),  # noqa: E501
        )  # fmt: skip
    return dated, tuple(p.label for p in record.people if not _has_dates(p))


def _count(record: WorkshopRecord, people: Sequence[PersonRecord]) -> int:
    return sum(len(person_events(record, p)) for p in people)


def write_ics(path: Path, record: WorkshopRecord) -> IcsReport:
    """Everyone's events in one calendar file (people without any date are only reported)."""
    dated, without = _dated(record)
    path = Path(path)
    _write(path, calendar_bytes(record, dated))
    return IcsReport((path,), _count(record, dated), without)


def _file_name(label: str, taken: set[str]) -> str:
    """``<label>.ics``, or ``<label> (2).ics``… (names compare case-insensitively).

    The label is shortened first so that :func:`~reports.sheets.safe_file_name`'s length
    limit never cuts the ``.ics`` away.
    """
    stem = label[:100]
    while len(stem.encode("utf-8")) > 200:
        stem = stem[:-1]
    candidate, number = safe_file_name(f"{stem}.ics"), 1
    while candidate.casefold() in taken:
        number += 1
        candidate = safe_file_name(f"{stem} ({number}).ics")
    taken.add(candidate.casefold())
    return candidate


def write_ics_per_person(folder: Path, record: WorkshopRecord) -> IcsReport:
    """One calendar file per person with a date, named ``<label>.ics``, in ``folder``.

    Two people with the same name get ``<label> (2).ics``; an existing file of the same name
    is replaced (exporting again after an edit).
    """
    dated, without = _dated(record)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _write_error(folder, error) from error
    taken: set[str] = set()
    files = []
    for person in dated:
        path = folder / _file_name(person.label, taken)
        _write(path, calendar_bytes(record, [person]))
        files.append(path)
    return IcsReport(tuple(files), _count(record, dated), without)

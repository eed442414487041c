"""The JSON archive of one workshop: what it holds, and how a file is read back and checked.

An archive is how a workshop leaves a laptop whole: its agenda, run log, people (withdrawn ones
too), worksheets, group rounds and erasure tombstones, every column, keyed by the same UUIDs as
in the store. HR merges archives from several laptops into one store (``app.archive``), so a
file is checked completely *before* anything is written: a file that is cut short, edited by
hand, written by another program or by a newer Ippo is refused with a message that names the
problem (``participants[3].id: not a UUID``), never half understood.

The format is plain JSON (UTF-8, instants in ISO 8601 with their offset, dates ``YYYY-MM-DD``,
UUIDs as text). ``version`` changes only when the meaning of the file changes; ``schema`` is
the store revision it was exported from.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, ValidationError
from sqlmodel import SQLModel

from app import schema
from app.errors import QT_TRANSLATE_NOOP, UserError
from app.models import (
    ErasureRow,
    GroupRoundRow,
    Participant,
    RunEventRow,
    Stage,
    WorksheetRow,
    Workshop,
)
from app.run_events import EventKind, RunEvent

FORMAT = "ippo-archive"
FORMAT_VERSION = 1
#: Far above any real workshop (200 people ≈ 1 MB); a bigger file is not an archive.
MAX_BYTES = 200 * 1024 * 1024
#: How many problems a refusal lists (the first ones; the rest are counted).
SHOWN_PROBLEMS = 3

_ADVICE = QT_TRANSLATE_NOOP("Core", "Nothing was imported. Export the workshop again from the Ippo it came from, and copy the file as it is (do not open and save it in another program).")  # noqa: E501 # fmt: skip


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


#: An instant with its offset, kept in UTC once read (the store's own convention).
Instant = Annotated[AwareDatetime, AfterValidator(_utc)]


class _Row(BaseModel):
    """Strict: no coercion ("1" is not 1), no unknown fields, every column present."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class WorkshopData(_Row):
    id: uuid.UUID
    title: str
    date: dt.date | None
    venue: str
    facilitator: str
    language: str
    status: str
    template_id: str
    template_minutes: int
    notes: str
    retain_until: dt.date | None
    anonymized: bool
    created_at: Instant
    updated_at: Instant


class StageData(_Row):
    id: uuid.UUID
    workshop_id: uuid.UUID
    position: int
    kind: str
    title: str
    planned_seconds: int
    instructions: str
    prompts: list[str]
    warning_seconds: int
    protected: bool
    at_zero: Literal["hold", "advance"]
    chimes: bool
    created_at: Instant
    updated_at: Instant


class ParticipantData(_Row):
    id: uuid.UUID
    workshop_id: uuid.UUID
    position: int
    name: str
    reading: str
    department: str
    employee_code: str
    email: str
    attended: bool
    print_name: str
    name_key: str
    withdrawn: bool
    created_at: Instant
    updated_at: Instant


class WorksheetData(_Row):
    id: uuid.UUID
    participant_id: uuid.UUID
    workshop_id: uuid.UUID
    experiences: list[dict[str, Any]]
    strengths: list[str]
    values: list[str]
    expectations: str
    partner_noticed: str
    identity: str
    target_state: str
    horizon: Literal["", "6m", "1y", "3y"]
    themes: list[str]
    tentative: bool
    step_what: str
    step_by: dt.date | None
    step_supporter: str
    checkin_date: dt.date | None
    created_at: Instant
    updated_at: Instant


class RunEventData(_Row):
    id: uuid.UUID
    workshop_id: uuid.UUID
    seq: int
    kind: str
    at: Instant
    seconds: int | None
    stage: int | None
    text: str | None
    plan: list[int] | None
    created_at: Instant


class GroupRoundData(_Row):
    id: uuid.UUID
    workshop_id: uuid.UUID
    number: int
    groups: list[list[str]]
    created_at: Instant
    updated_at: Instant


class ErasureData(_Row):
    id: uuid.UUID
    workshop_id: uuid.UUID
    erased_at: Instant


class Archive(_Row):
    """A whole archive, validated. Rows are in the file's order."""

    format: Literal["ippo-archive"]
    version: int
    schema_revision: str = Field(alias="schema")
    app_version: str
    exported_at: Instant
    workshop: WorkshopData
    stages: list[StageData]
    participants: list[ParticipantData]
    worksheets: list[WorksheetData]
    run_events: list[RunEventData]
    group_rounds: list[GroupRoundData]
    erasures: list[ErasureData]


#: Each section of the file, the table it comes from, and the model that checks it.
SECTIONS: dict[str, tuple[type[SQLModel], type[_Row]]] = {
    "workshop": (Workshop, WorkshopData),
    "stages": (Stage, StageData),
    "participants": (Participant, ParticipantData),
    "worksheets": (WorksheetRow, WorksheetData),
    "run_events": (RunEventRow, RunEventData),
    "group_rounds": (GroupRoundRow, GroupRoundData),
    "erasures": (ErasureRow, ErasureData),
}


# -- writing -----------------------------------------------------------------------------------


def to_json(value: Any) -> Any:
    """A column value as JSON: UUIDs as text, instants in UTC with their offset, ISO dates."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def row_json(row: SQLModel) -> dict[str, Any]:
    """Every column of a table row, in the table's column order."""
    return {name: to_json(getattr(row, name)) for name in columns(type(row))}


def columns(table: type[SQLModel]) -> list[str]:
    return [column.key for column in table.__table__.columns]  # type: ignore[attr-defined]


def encode(data: dict[str, Any]) -> bytes:
    """The file's bytes: UTF-8, Japanese kept readable, one key a line (diffable)."""
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


# -- reading -----------------------------------------------------------------------------------


def read_archive(data: bytes | Path) -> Archive:
    """Read and check an archive completely; nothing is trusted until this returns.

    Raises:
        UserError: the file cannot be read, is not UTF-8 JSON, is not an Ippo archive, was
            made by a newer Ippo, or breaks a rule of the format (the message names the field).
    """
    path = data if isinstance(data, Path) else None
    raw = _read_bytes(data)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The file is not UTF-8 text: it is not an Ippo archive, or it was changed by another program."),  # noqa: E501
            _ADVICE,
            path,
        ) from exc  # fmt: skip
    try:
        head = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The file is not valid JSON (line %1, column %2: %3). It may have been cut short while it was copied."),  # noqa: E501
            _ADVICE,
            path,
            args=(exc.lineno, exc.colno, exc.msg),
        ) from exc  # fmt: skip
    _check_header(head, path)
    try:
        archive = Archive.model_validate_json(text)
    except ValidationError as exc:
        raise _refusal([_describe(error) for error in exc.errors()], path) from exc
    problems = reference_problems(archive)
    if problems:
        raise _refusal(problems, path)
    return archive


def _read_bytes(data: bytes | Path) -> bytes:
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise _too_big(len(data), None)
        return data
    try:
        size = data.stat().st_size
        if size > MAX_BYTES:
            raise _too_big(size, data)
        return data.read_bytes()
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The archive %1 could not be read (%2)."),
            QT_TRANSLATE_NOOP("Core", "Check the file's name and that the drive holding it is still connected."),  # noqa: E501
            data,
            args=(data, exc.strerror or exc),
        ) from exc  # fmt: skip


def _too_big(size: int, path: Path | None) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Core", "The file is %1 MB: far larger than any Ippo archive (the limit is %2 MB)."),  # noqa: E501
        QT_TRANSLATE_NOOP("Core", "Choose the .json file Ippo exported for one workshop."),
        path,
        args=(f"{size / 1024 / 1024:.0f}", MAX_BYTES // 1024 // 1024),
    )  # fmt: skip


def _check_header(head: object, path: Path | None) -> None:
    """Format and version first, so a newer archive is named as such, not as 40 field errors."""
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", 'The file is not an Ippo archive (it has no "format": "ippo-archive").'),  # noqa: E501
            QT_TRANSLATE_NOOP("Core", "Choose a workshop archive that Ippo exported (a .json file)."),  # noqa: E501
            path,
        )  # fmt: skip
    version = head.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refusal([f"version: not a format version ({version!r})"], path)
    revision = head.get("schema")
    if version > FORMAT_VERSION or (isinstance(revision, str) and revision not in schema.REVISIONS):
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The archive was made by a newer Ippo (archive version %1, store schema %2; this Ippo reads version %3, schema up to %4)."),  # noqa: E501
            QT_TRANSLATE_NOOP("Core", "Update Ippo on this computer, then import the file again. Nothing was imported."),  # noqa: E501
            path,
            args=(version, revision, FORMAT_VERSION, schema.HEAD),
        )  # fmt: skip


_MESSAGES = {
    "missing": "missing",
    "extra_forbidden": "not a field of an Ippo archive",
    "uuid_parsing": "not a UUID",
    "uuid_type": "not a UUID",
    "timezone_aware": "a date and time without its UTC offset",
    "int_type": "not a whole number",
    "int_from_float": "not a whole number",
    "string_type": "not text",
    "bool_type": "not true or false",
    "list_type": "not a list",
    "dict_type": "not an object",
    "model_type": "not an object",
}


def _describe(error: Any) -> str:
    kind = str(error["type"])
    if kind in _MESSAGES:
        what = _MESSAGES[kind]
    elif kind.startswith("datetime"):
        what = "not a date and time with its offset (like 2026-12-03T10:00:00+09:00)"
    elif kind.startswith("date"):
        what = "not a date (YYYY-MM-DD)"
    else:
        what = str(error["msg"])
    return f"{field_path(error['loc'])}: {what}"


def field_path(loc: Iterable[int | str]) -> str:
    """``('participants', 3, 'id')`` → ``participants[3].id``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(the whole file)"


def _refusal(problems: Sequence[str], path: Path | None) -> UserError:
    """The first problems (field paths and what is wrong stay English: they name the file's
    own keys), in a translated frame."""
    shown = "; ".join(problems[:SHOWN_PROBLEMS])
    more = len(problems) - SHOWN_PROBLEMS
    if more > 1:
        message = QT_TRANSLATE_NOOP("Core", "The file is not a valid Ippo archive: %1 (and %2 more problems).")  # noqa: E501 # fmt: skip
    elif more == 1:
        message = QT_TRANSLATE_NOOP("Core", "The file is not a valid Ippo archive: %1 (and 1 more problem).")  # noqa: E501 # fmt: skip
    else:
        message = QT_TRANSLATE_NOOP("Core", "The file is not a valid Ippo archive: %1.")
    return UserError(message, _ADVICE, path, args=(shown, more))


def reference_problems(archive: Archive) -> list[str]:
    """What a well-formed archive can still get wrong: rows of another workshop, repeated
    ids or keys, a worksheet whose participant is not in the file, a run event the run clock
    would refuse, a person both present and erased."""
    wid = archive.workshop.id
    problems: list[str] = []
    sections: dict[str, Sequence[Any]] = {
        "stages": archive.stages,
        "participants": archive.participants,
        "worksheets": archive.worksheets,
        "run_events": archive.run_events,
        "group_rounds": archive.group_rounds,
        "erasures": archive.erasures,
    }
    for name, rows in sections.items():
        problems += _repeats(name, "id", [row.id for row in rows])
        for index, row in enumerate(rows):
            if row.workshop_id != wid:
                problems.append(
                    f"{name}[{index}].workshop_id: another workshop ({row.workshop_id}) than "
                    f"the archive's ({wid})"
                )
    problems += _repeats(
        "worksheets", "participant_id", [s.participant_id for s in archive.worksheets]
    )
    problems += _repeats("run_events", "seq", [e.seq for e in archive.run_events])
    problems += _repeats("group_rounds", "number", [r.number for r in archive.group_rounds])
    people = {p.id for p in archive.participants}
    for index, sheet in enumerate(archive.worksheets):
        if sheet.participant_id not in people:
            problems.append(
                f"worksheets[{index}].participant_id: no participant with this id in the archive"
            )
    for index, erased in enumerate(archive.erasures):
        if erased.id in people:
            problems.append(f"erasures[{index}].id: this participant is erased and also listed")
    for index, event in enumerate(archive.run_events):
        try:
            RunEvent(
                seq=event.seq,
                kind=EventKind(event.kind),
                at=event.at,
                seconds=event.seconds,
                stage=event.stage,
                text=event.text,
                plan=tuple(event.plan) if event.plan is not None else None,
            )
        except ValueError as exc:
            problems.append(f"run_events[{index}]: {exc}")
    return problems


def _repeats(section: str, key: str, values: Sequence[object]) -> list[str]:
    seen: dict[object, int] = {}
    problems = []
    for index, value in enumerate(values):
        if value in seen:
            problems.append(f"{section}[{index}].{key}: the same as {section}[{seen[value]}]")
        else:
            seen[value] = index
    return problems

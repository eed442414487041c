"""A first look at the store with the standard library only, for the first paint.

Importing SQLAlchemy and SQLModel costs more than starting Qt itself. The main window paints
the workshop list and the open workshop from this read-only look first, then the store is
opened properly (lock, checks, migrations, backup) and the window switches to it. Anything
unusual — no store yet, an older or newer schema, a damaged file — returns ``None``, and the
app takes the ordinary path with its messages.

The rows carry the same attribute names as the tables, so the widgets show either.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path

HEAD = "0004"  # app.schema.HEAD; a test keeps the two equal without importing SQLAlchemy here


@dataclass(frozen=True)
class WorkshopSummary:
    """A row of the workshop list."""

    id: uuid.UUID
    title: str
    date: dt.date | None
    venue: str
    status: str
    participants: int
    planned_seconds: int


@dataclass(frozen=True)
class WorkshopRow:
    id: uuid.UUID
    title: str
    date: dt.date | None
    venue: str
    facilitator: str
    language: str
    status: str
    template_minutes: int
    notes: str
    retain_until: dt.date | None
    anonymized: bool


@dataclass(frozen=True)
class StageRow:
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
    at_zero: str
    chimes: bool


@dataclass(frozen=True)
class PersonRow:
    id: uuid.UUID
    name: str
    reading: str
    department: str
    employee_code: str
    email: str
    attended: bool
    print_name: str


@dataclass(frozen=True)
class QuickDetail:
    """Duck-types ``app.workshops.WorkshopDetail`` for display."""

    workshop: WorkshopRow
    stages: list[StageRow] = field(default_factory=list)
    participants: list[PersonRow] = field(default_factory=list)

    @property
    def planned_seconds(self) -> int:
        return sum(s.planned_seconds for s in self.stages)


@dataclass(frozen=True)
class QuickView:
    summaries: list[WorkshopSummary]
    detail: QuickDetail | None


def _uuid(value: str) -> uuid.UUID:
    return uuid.UUID(hex=value)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def sort_summaries(rows: list[WorkshopSummary]) -> list[WorkshopSummary]:
    """The list's order: dated workshops by date, then the undated ones, by title."""
    return sorted(rows, key=lambda r: (r.date is None, r.date or dt.date.min, r.title))


def read_quick_view(database: Path, select: uuid.UUID | None = None) -> QuickView | None:
    """The workshop list and one workshop (``select``, else the first), or ``None``."""
    if not database.is_file():
        return None
    try:
        uri = database.resolve().as_uri() + "?mode=ro"  # escapes "#" and "?" in folder names
        connection = sqlite3.connect(uri, uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        return _read(connection, select)
    except (sqlite3.Error, ValueError, TypeError, KeyError):
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, select: uuid.UUID | None) -> QuickView | None:
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != HEAD:
        return None
    rows = connection.execute(
        "SELECT w.id, w.title, w.date, w.venue, w.status, "
        "(SELECT count(*) FROM participant p WHERE p.workshop_id = w.id AND NOT p.withdrawn), "
        "(SELECT coalesce(sum(s.planned_seconds), 0) FROM stage s WHERE s.workshop_id = w.id) "
        "FROM workshop w"
    ).fetchall()
    summaries = sort_summaries(
        [
            WorkshopSummary(_uuid(r[0]), r[1], _date(r[2]), r[3], r[4], int(r[5]), int(r[6]))
            for r in rows
        ]
    )
    chosen = select or (summaries[0].id if summaries else None)
    if chosen is None:
        return QuickView(summaries, None)
    w = connection.execute(
        "SELECT id, title, date, venue, facilitator, language, status, template_minutes, notes, "
        "retain_until, anonymized FROM workshop WHERE id = ?",
        (chosen.hex,),
    ).fetchone()
    if w is None:
        return QuickView(summaries, None)
    workshop = WorkshopRow(
        _uuid(w[0]), w[1], _date(w[2]), w[3], w[4], w[5], w[6], int(w[7]), w[8], _date(w[9]),
        bool(w[10]),
    )  # fmt: skip
    stages = [
        StageRow(
            _uuid(s[0]),
            _uuid(s[1]),
            int(s[2]),
            s[3],
            s[4],
            int(s[5]),
            s[6],
            list(json.loads(s[7])),
            int(s[8]),
            bool(s[9]),
            s[10],
            bool(s[11]),
        )
        for s in connection.execute(
            "SELECT id, workshop_id, position, kind, title, planned_seconds, instructions, "
            "prompts, warning_seconds, protected, at_zero, chimes FROM stage "
            "WHERE workshop_id = ? ORDER BY position",
            (chosen.hex,),
        )
    ]
    people = [
        PersonRow(_uuid(p[0]), p[1], p[2], p[3], p[4], p[5], bool(p[6]), p[7])
        for p in connection.execute(
            "SELECT id, name, reading, department, employee_code, email, attended, print_name "
            "FROM participant WHERE workshop_id = ? AND NOT withdrawn ORDER BY position, name",
            (chosen.hex,),
        )
    ]
    return QuickView(summaries, QuickDetail(workshop, stages, people))

"""The store's tables. UUID keys everywhere so archives from several laptops merge cleanly.

Later issues add tables (worksheets, run events, groups) as new Alembic revisions; nothing here
needs to change for them: they point at ``workshop.id`` or ``participant.id``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.db_types import UTCDateTime, utcnow

WORKSHOP_STATUSES = ("planned", "running", "finished")
AT_ZERO_CHOICES = ("hold", "advance")
DEFAULT_WARNING_SECONDS = 120


def _created() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


def _updated() -> Any:
    return Field(
        default_factory=utcnow,
        sa_type=UTCDateTime,
        nullable=False,
        sa_column_kwargs={"onupdate": utcnow},
    )


class Workshop(SQLModel, table=True):
    """One workshop: planned, run and reported as a unit."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    title: str
    date: dt.date | None = None
    venue: str = ""
    facilitator: str = ""
    language: str = "ja"
    status: str = "planned"
    template_id: str = ""
    #: The template's nominal length, shown against the agenda's total while editing.
    template_minutes: int = 0
    notes: str = ""
    #: After this date Ippo offers to erase the personal data and keep the anonymised summary.
    retain_until: dt.date | None = None
    #: The personal data was erased (names are P01, P02, …; see app.erasure).
    anonymized: bool = False
    created_at: dt.datetime = _created()
    updated_at: dt.datetime = _updated()


class Stage(SQLModel, table=True):
    """One timed stage of a workshop's agenda, in ``position`` order."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    workshop_id: uuid.UUID = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    position: int
    kind: str
    title: str
    planned_seconds: int
    instructions: str = ""
    prompts: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    warning_seconds: int = DEFAULT_WARNING_SECONDS
    #: A protected stage (the declaration) is never shortened by the adaptive plan.
    protected: bool = False
    at_zero: str = "hold"
    chimes: bool = True
    created_at: dt.datetime = _created()
    updated_at: dt.datetime = _updated()


class Participant(SQLModel, table=True):
    """A person in the room. ``name`` is stored exactly as given (trimmed, katakana widened)."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    workshop_id: uuid.UUID = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    position: int = 0
    name: str
    reading: str = ""
    department: str = ""
    employee_code: str = ""
    email: str = ""
    attended: bool = False
    #: What the sheet prints instead of ``name`` when a font cannot draw it (or the person asks).
    print_name: str = ""
    #: A normalised copy used only for matching and search; never shown, never printed.
    name_key: str = Field(default="", index=True)
    #: Taken off the list by the facilitator, with the worksheet kept (see app.participants).
    withdrawn: bool = False
    created_at: dt.datetime = _created()
    updated_at: dt.datetime = _updated()


class RunEventRow(SQLModel, table=True):
    """One operator event of a workshop's run (append-only; the run state is a fold of them)."""

    __tablename__ = "run_event"
    __table_args__ = (UniqueConstraint("workshop_id", "seq", name="uq_run_event_seq"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    workshop_id: uuid.UUID = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    seq: int
    kind: str
    at: dt.datetime = Field(sa_type=UTCDateTime, nullable=False)
    seconds: int | None = None
    stage: int | None = None
    text: str | None = None
    plan: list[int] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    created_at: dt.datetime = _created()


class WorksheetRow(SQLModel, table=True):
    """One participant's four-stage worksheet (at most one per participant).

    Lists are JSON: ``experiences`` holds dicts with when, what, role, energy (-2..+2), why
    and learned; ``strengths`` (Can), ``values`` (Will) and ``themes`` are short phrases.
    """

    __tablename__ = "worksheet"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    participant_id: uuid.UUID = Field(
        foreign_key="participant.id", ondelete="CASCADE", unique=True, index=True
    )
    workshop_id: uuid.UUID = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    experiences: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    strengths: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    values: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    expectations: str = ""  # Must: what others expect of me
    partner_noticed: str = ""  # Relation: what my dialogue partner noticed
    identity: str = ""  # Identity: "I am …"
    target_state: str = ""
    horizon: str = ""  # "6m" | "1y" | "3y" | ""
    themes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    tentative: bool = True
    step_what: str = ""
    step_by: dt.date | None = None
    step_supporter: str = ""
    checkin_date: dt.date | None = None
    created_at: dt.datetime = _created()
    updated_at: dt.datetime = _updated()


class GroupRoundRow(SQLModel, table=True):
    """One round of the dialogue groups: ``groups`` lists each group's participant ids as text."""

    __tablename__ = "group_round"
    __table_args__ = (UniqueConstraint("workshop_id", "number", name="uq_group_round_number"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    workshop_id: uuid.UUID = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    number: int
    groups: list[list[str]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: dt.datetime = _created()
    updated_at: dt.datetime = _updated()


class ErasureRow(SQLModel, table=True):
    """A participant erased on purpose: only the id, so a merged archive cannot bring them back."""

    __tablename__ = "erasure"

    id: uuid.UUID = Field(primary_key=True)
    workshop_id: uuid.UUID
    erased_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)

"""Everything a document about one workshop needs, read once, optionally anonymised.

The summary PDF, the CSV, the calendar files and the follow-up guides all start from a
:class:`WorkshopRecord`. Anonymising happens here, once, so that every anonymised output follows
the same rules:

* names become ``P01``, ``P02``, … (``P001`` from 100 people), numbered in the order of the
  participants' ids — stable across exports, unrelated to names or to the roster's order;
* a department is kept only where at least :data:`MIN_DEPARTMENT` people in the record share it;
* no experience text (the energy of each experience stays, as a number);
* reading, employee code, e-mail and print name are dropped;
* any participant's name, e-mail address or employee code written inside a free text is replaced
  by that person's label (a part of a name, such as a family name, only where it reads as a name:
  see :class:`app.name_scrubber.NameScrubber`).
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from app.db_types import utcnow
from app.models import GroupRoundRow, Participant, Stage, WorksheetRow, Workshop
from app.name_scrubber import NameScrubber, scrubber_for
from app.run_events import RunEvent
from app.run_fold import fold, planned_vs_actual
from app.run_state import RunState, StageTiming
from app.runs import load_events, plan_for
from app.store import Store
from app.workshops import WorkshopDetail, get_workshop

#: A department is printed in an anonymised output only when this many people share it.
MIN_DEPARTMENT = 3

_SCRUBBED_SHEET_TEXTS = (
    "expectations",
    "partner_noticed",
    "identity",
    "target_state",
    "step_what",
    "step_supporter",
)


@dataclass(frozen=True)
class PersonRecord:
    """One participant as a document shows them (already anonymised when the record is)."""

    id: uuid.UUID
    label: str  # the name exactly as stored, or P01
    reading: str
    department: str
    employee_code: str
    email: str
    attended: bool
    sheet: WorksheetRow | None


@dataclass(frozen=True)
class WorkshopRecord:
    """A workshop, its agenda, run, people and groups, as of ``made_at``."""

    workshop: Workshop
    stages: list[Stage]
    people: list[PersonRecord]
    events: list[RunEvent]
    rounds: list[list[list[str]]]  # round → group → person labels
    anonymized: bool
    made_at: datetime = field(default_factory=utcnow)

    @property
    def attended(self) -> int:
        return sum(1 for p in self.people if p.attended)

    @property
    def has_run(self) -> bool:
        return bool(self.events)

    def run_state(self) -> RunState:
        plan = plan_for(WorkshopDetail(self.workshop, self.stages, []))
        return fold(plan, self.events, self.made_at)

    def timings(self) -> list[StageTiming]:
        """Planned vs actual per stage that ran (misclicks under 10 s left out)."""
        return planned_vs_actual(self.run_state()) if self.events else []


def pseudonyms(ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """``P01``, ``P02``, … in the order of the ids (three digits from 100 people)."""
    ordered = sorted(set(ids), key=str)
    width = max(2, len(str(len(ordered))))
    return {pid: f"P{number:0{width}d}" for number, pid in enumerate(ordered, start=1)}


def shared_departments(departments: Iterable[str], minimum: int = MIN_DEPARTMENT) -> set[str]:
    """The departments (compared without surrounding spaces) held by at least ``minimum`` people."""
    counts = Counter(d.strip() for d in departments if d.strip())
    return {d for d, n in counts.items() if n >= minimum}


def _anonymous_sheet(sheet: WorksheetRow, scrub: NameScrubber) -> WorksheetRow:
    data: dict[str, Any] = sheet.model_dump()
    data["experiences"] = [{"energy": item.get("energy", 0)} for item in sheet.experiences]
    for key in _SCRUBBED_SHEET_TEXTS:
        data[key] = scrub(str(data[key]))
    for key in ("strengths", "values", "themes"):
        data[key] = [scrub(str(v)) for v in data[key]]
    return WorksheetRow(**data)


def load_record(
    store: Store,
    workshop_id: uuid.UUID,
    *,
    anonymize: bool = False,
    participant_ids: Sequence[uuid.UUID] | None = None,
    now: datetime | None = None,
) -> WorkshopRecord:
    """Read one workshop for a document. Withdrawn participants are left out.

    Args:
        store: The open store.
        workshop_id: Which workshop (:class:`~app.errors.NotFound` if it is gone).
        anonymize: Apply the rules in this module's docstring.
        participant_ids: Only these people (in list order); ``None`` for everyone.
        now: The instant the run is folded at (tests pass a fixed one).
    """
    detail = get_workshop(store, workshop_id)
    people: list[Participant] = detail.participants
    if participant_ids is not None:
        wanted = set(participant_ids)
        people = [p for p in people if p.id in wanted]
    with store.session() as session:
        sheets = {
            s.participant_id: s
            for s in session.exec(
                select(WorksheetRow).where(WorksheetRow.workshop_id == workshop_id)
            ).all()
        }
        rounds = session.exec(
            select(GroupRoundRow)
            .where(GroupRoundRow.workshop_id == workshop_id)
            .order_by(col(GroupRoundRow.number))
        ).all()
    events = load_events(store, workshop_id)
    anonymize = anonymize or detail.workshop.anonymized

    if anonymize:
        # Everyone ever on the list, withdrawn people too: their names may be in others' texts,
        # and labels must not shift when someone withdraws.
        everyone = _everyone(store, workshop_id)
        labels = pseudonyms(p.id for p in everyone)
        kept = shared_departments(p.department for p in people)
        scrub = scrubber_for(everyone, labels)
        records = [
            PersonRecord(
                id=p.id,
                label=labels[p.id],
                reading="",
                department=p.department.strip() if p.department.strip() in kept else "",
                employee_code="",
                email="",
                attended=p.attended,
                sheet=_anonymous_sheet(sheets[p.id], scrub) if p.id in sheets else None,
            )
            for p in sorted(people, key=lambda p: labels[p.id])  # no roster order to go by
        ]
        notes = scrub(detail.workshop.notes)
    else:
        labels = {p.id: p.name for p in detail.participants}
        records = [
            PersonRecord(
                id=p.id,
                label=p.name,
                reading=p.reading,
                department=p.department,
                employee_code=p.employee_code,
                email=p.email,
                attended=p.attended,
                sheet=sheets.get(p.id),
            )
            for p in people
        ]
        notes = detail.workshop.notes
    workshop = Workshop(**{**detail.workshop.model_dump(), "notes": notes})
    by_text = {str(pid): label for pid, label in labels.items()}
    named_rounds = [
        [[by_text[key] for key in group if key in by_text] for group in row.groups]
        for row in rounds
    ]
    return WorkshopRecord(
        workshop=workshop,
        stages=detail.stages,
        people=records,
        events=events,
        rounds=named_rounds,
        anonymized=anonymize,
        made_at=now or utcnow(),
    )


def _everyone(store: Store, workshop_id: uuid.UUID) -> list[Participant]:
    with store.session() as session:
        return list(
            session.exec(select(Participant).where(Participant.workshop_id == workshop_id)).all()
        )

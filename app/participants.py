"""The people of a workshop: added one by one here; rosters arrive through ``app.roster``."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import select

from app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from app.models import Participant
from app.names import clean_name, matches_any, name_key
from app.store import Store


@dataclass(frozen=True)
class PersonDraft:
    """A person as typed or imported, before cleaning."""

    name: str
    reading: str = ""
    department: str = ""
    employee_code: str = ""
    email: str = ""
    attended: bool = False


def make_participant(workshop_id: uuid.UUID, draft: PersonDraft, position: int) -> Participant:
    """A participant row with the name kept exactly (trimmed, katakana widened)."""
    name = clean_name(draft.name)
    if not name:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "A participant needs a name."),
            QT_TRANSLATE_NOOP("Core", "Type the person's name."),
        )
    return Participant(
        workshop_id=workshop_id,
        position=position,
        name=name,
        reading=clean_name(draft.reading),
        department=clean_name(draft.department),
        employee_code=draft.employee_code.strip(),
        email=draft.email.strip(),
        attended=draft.attended,
        name_key=name_key(name),
    )


def add_participants(
    store: Store, workshop_id: uuid.UUID, drafts: Iterable[PersonDraft]
) -> list[Participant]:
    """Add people at the end of the workshop's list, in one transaction."""
    with store.session() as session:
        start = session.exec(
            select(func.count()).where(Participant.workshop_id == workshop_id)
        ).one()
        rows = [
            make_participant(workshop_id, draft, start + offset)
            for offset, draft in enumerate(drafts)
        ]
        session.add_all(rows)
    return rows


EDITABLE = frozenset(
    {"name", "reading", "department", "employee_code", "email", "print_name", "attended"}
)


def update_participant(store: Store, participant_id: uuid.UUID, **changes: object) -> Participant:
    """Change a person's details; the name is cleaned as on import and never normalised."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with store.session() as session:
        person = session.get(Participant, participant_id)
        if person is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Core", "No participant has the id %1."), args=(participant_id,)
            )
        for field, value in changes.items():
            if field == "attended":
                person.attended = bool(value)
                continue
            text = str(value)
            text = clean_name(text) if field in ("name", "reading", "department") else text.strip()
            if field == "name":
                if not text:
                    raise UserError(
                        QT_TRANSLATE_NOOP("Core", "A participant needs a name."),
                        QT_TRANSLATE_NOOP("Core", "Type the person's name."),
                    )
                person.name_key = name_key(text)
            setattr(person, field, text)
        session.add(person)
    return person


def set_checked_in(store: Store, participant_id: uuid.UUID, present: bool) -> Participant:
    """Check a person in at the door (or undo it)."""
    return update_participant(store, participant_id, attended=present)


def remove_participant(store: Store, participant_id: uuid.UUID, *, erase_worksheet: bool) -> None:
    """Take a person off the list. Their worksheet is erased only when asked; otherwise the
    person is withdrawn (hidden from lists, groups and printing) and the worksheet kept."""
    with store.session() as session:
        person = session.get(Participant, participant_id)
        if person is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Core", "No participant has the id %1."), args=(participant_id,)
            )
        if erase_worksheet:
            session.delete(person)  # the worksheet goes with it (ON DELETE CASCADE)
        else:
            person.withdrawn = True
            session.add(person)


def attendance(people: Iterable[Participant]) -> tuple[int, int]:
    """(checked in, expected) among the people on the list."""
    listed = [p for p in people if not p.withdrawn]
    return sum(1 for p in listed if p.attended), len(listed)


def matches(person: Participant, query: str) -> bool:
    """Search by name, reading, department, code or e-mail, width- and case-insensitively."""
    fields = (person.name, person.reading, person.department, person.employee_code, person.email)
    return matches_any(query, *fields)

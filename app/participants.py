"""The people of a workshop: added one by one here; rosters arrive through ``app.roster``."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import select

from app.errors import UserError
from app.models import Participant
from app.names import clean_name, name_key
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
        raise UserError("A participant needs a name.", "Type the person's name.")
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

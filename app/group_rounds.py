"""The dialogue groups of a workshop, kept with it so archives, summaries and a reopened app
see the rounds the room actually used (including the facilitator's swaps)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlmodel import col, select

from app.grouping import Group, Round
from app.models import GroupRoundRow
from app.store import Store


def save_rounds(store: Store, workshop_id: uuid.UUID, rounds: Sequence[Round]) -> None:
    """Replace the workshop's rounds with ``rounds``; an unchanged round is not rewritten."""
    wanted = [[list(group.members) for group in round_.groups] for round_ in rounds]
    with store.session() as session:
        stored = {
            row.number: row
            for row in session.exec(
                select(GroupRoundRow).where(GroupRoundRow.workshop_id == workshop_id)
            ).all()
        }
        for number, groups in enumerate(wanted, start=1):
            row = stored.pop(number, None)
            if row is None:
                session.add(GroupRoundRow(workshop_id=workshop_id, number=number, groups=groups))
            elif row.groups != groups:
                row.groups = groups
                session.add(row)
        for row in stored.values():
            session.delete(row)
        session.commit()


def load_rounds(store: Store, workshop_id: uuid.UUID) -> list[Round]:
    """The saved rounds, first round first (empty when none were made)."""
    with store.session() as session:
        rows = session.exec(
            select(GroupRoundRow)
            .where(GroupRoundRow.workshop_id == workshop_id)
            .order_by(col(GroupRoundRow.number))
        ).all()
    return [Round(tuple(Group(tuple(members)) for members in row.groups)) for row in rows]


def drop_member(store: Store, workshop_id: uuid.UUID, participant_id: uuid.UUID) -> None:
    """Take one person out of every saved round (their groups stay, one smaller)."""
    key = str(participant_id)
    rounds = load_rounds(store, workshop_id)
    kept = [
        Round(tuple(Group(tuple(m for m in g.members if m != key)) for g in r.groups))
        for r in rounds
    ]
    kept = [Round(tuple(g for g in r.groups if g.members)) for r in kept]
    save_rounds(store, workshop_id, kept)

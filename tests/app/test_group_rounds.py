"""Group rounds kept with the workshop: saved, read back, a person taken out."""

from __future__ import annotations

from app.demo import create_demo
from app.group_rounds import drop_member, load_rounds, save_rounds
from app.grouping import Group, Round
from app.models import GroupRoundRow
from app.store import Store
from app.template_model import WorkshopTemplate


def _round(*groups: tuple[str, ...]) -> Round:
    return Round(tuple(Group(g) for g in groups))


def test_rounds_round_trip_and_unchanged_rounds_are_not_rewritten(
    store: Store, template_90: WorkshopTemplate
) -> None:
    workshop = create_demo(store, template_90, participants=0)
    first = _round(("a", "b"), ("c", "d"))
    save_rounds(store, workshop.id, [first, _round(("a", "c"), ("b", "d"))])
    with store.session() as session:
        stamp = session.get_one(GroupRoundRow, _row_id(store, 1)).updated_at
    save_rounds(store, workshop.id, [first])
    assert load_rounds(store, workshop.id) == [first]
    with store.session() as session:
        assert session.get_one(GroupRoundRow, _row_id(store, 1)).updated_at == stamp
    save_rounds(store, workshop.id, [])
    assert load_rounds(store, workshop.id) == []


def test_a_person_is_taken_out_of_every_round(store: Store, template_90: WorkshopTemplate) -> None:
    import uuid

    gone = uuid.uuid4()
    workshop = create_demo(store, template_90, participants=0)
    save_rounds(store, workshop.id, [_round((str(gone),), ("b", "c")), _round(("b", str(gone)))])
    drop_member(store, workshop.id, gone)
    assert load_rounds(store, workshop.id) == [_round(("b", "c")), _round(("b",))]


def _row_id(store: Store, number: int):  # type: ignore[no-untyped-def]
    from sqlmodel import select

    with store.session() as session:
        return session.exec(select(GroupRoundRow.id).where(GroupRoundRow.number == number)).one()

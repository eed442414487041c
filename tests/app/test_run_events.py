"""The run's log: events and stage plans are checked when made, and every way in refuses a
naive datetime (``app.run_events``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.run_clock import RunClock, monotonic_utc_clock
from app.run_events import EventKind, RunEvent, StagePlan
from app.run_fold import crossings, fold
from tests.helpers.run_logs import PLAN, T0


def test_naive_datetimes_are_rejected() -> None:
    naive = datetime(2025, 6, 2, 10, 0)
    with pytest.raises(ValueError, match="timezone-aware"):
        RunEvent(0, EventKind.START, naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        fold(PLAN, [], naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        crossings(PLAN, [], naive, T0)
    run = RunClock(PLAN, now=lambda: naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        run.start()
    assert run.events == ()
    with pytest.raises(ValueError, match="timezone-aware"):
        monotonic_utc_clock(wall=lambda: naive)


def test_events_are_validated_and_normalised() -> None:
    jst = timezone(timedelta(hours=9))
    event = RunEvent(3, "pause", datetime(2025, 6, 2, 10, 0, tzinfo=jst))  # type: ignore[arg-type]
    assert event.kind is EventKind.PAUSE and event.at == T0 and event.at.tzinfo is UTC
    plan_event = RunEvent(4, EventKind.APPLY_ADAPTIVE, T0, plan=[60, 70])  # type: ignore[arg-type]
    assert plan_event.plan == (60, 70)
    for bad in (
        {"kind": "dance"},
        {"kind": EventKind.ADJUST},
        {"kind": EventKind.PAUSE, "seconds": 5},
        {"kind": EventKind.LATE_START, "seconds": -1},
        {"kind": EventKind.JUMP, "stage": True},
        {"kind": EventKind.APPLY_ADAPTIVE, "plan": (60, -1)},
        {"kind": EventKind.START, "seq": -1},
    ):
        fields: dict[str, object] = {"seq": 0, "at": T0, **bad}
        with pytest.raises(ValueError):
            RunEvent(**fields)  # type: ignore[arg-type]


def test_stage_plans_are_validated() -> None:
    assert StagePlan("k", "t", 60, at_zero="advance").at_zero == "advance"
    for bad in ({"planned_seconds": -1}, {"warning_seconds": -5}, {"at_zero": "explode"}):
        fields: dict[str, object] = {"key": "k", "title": "t", "planned_seconds": 60, **bad}
        with pytest.raises(ValueError):
            StagePlan(**fields)  # type: ignore[arg-type]

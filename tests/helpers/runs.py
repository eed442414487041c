"""A finished run for documents to report on: every stage run, some over time."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from app.runs import RunSession
from app.store import Store
from tests.helpers.clock import FakeClock


def run_through(
    store: Store,
    workshop_id: uuid.UUID,
    extra_seconds: Sequence[int] = (),
    clock: FakeClock | None = None,
) -> FakeClock:
    """Start, run each stage for its planned time plus ``extra_seconds[i]`` (default 0), finish.

    Returns the clock, left at the finish, so a test can fold the run at that instant.
    """
    clock = clock or FakeClock()
    session = RunSession(store, workshop_id, now=clock)
    session.act("start")
    for index, stage in enumerate(session.detail.stages):
        extra = extra_seconds[index] if index < len(extra_seconds) else 0
        clock.advance(stage.planned_seconds + extra)
        session.act("next")
    session.act("finish")
    return clock

"""Replaying a run's event log: the run at any instant, its bells, and planned vs actual.

Time is derived, never counted. The run is an append-only log of operator events
(``app.run_events``); :func:`fold` replays it and reads the clock at ``now``, so a crash loses
nothing and planned-vs-actual reports fall out of the same replay. The replay itself is
:class:`app.run_replay.Replay`; the values it returns are in :mod:`app.run_state`.

Rules the fold follows (the tests pin each one):

* **Order and time.** Events are taken in ``seq`` order. Time never runs backwards: an event
  stamped earlier than the one before it counts as happening at that one's instant, and a
  ``now`` earlier than the last event reads the clock at the last event.
* **Before START** only LATE_START, MESSAGE_* and BLACKOUT_* take effect. **After FINISH** the
  same holds; everything else is ignored. Ignored (no-op) events are listed in
  ``RunState.ignored``: PAUSE while paused, RESUME while running, NEXT on the last stage, BACK
  on the first, JUMP out of range or to the current stage, ADJUST by 0, a plan of the wrong
  length, showing the message already shown, and so on.
* **Remaining** of a stage = planned (after any adaptive plan) + its adjustments - the time it
  has run (pauses excluded). Re-entering a stage with BACK or JUMP carries on from there.
  NEXT or JUMP while paused changes stage and stays paused.
* **Phases:** calm -> warning (remaining <= ``warning_seconds``) -> final (remaining <= 30 s)
  -> overtime (remaining < 0). Exactly zero is still final.
* **At zero,** a ``hold`` stage counts overtime up. An ``advance`` stage moves on by itself at
  the exact instant its time runs out while it runs (also when an ADJUST or a RESUME finds it
  with no time left). It holds instead when re-entered with no time left (so BACK can revisit
  it; adding time re-arms it), and on the last stage (only FINISH ends a run).
* **UNDO** cancels the most recent event still in force that changed something (no-ops are
  skipped); consecutive UNDOs peel back further; an UNDO with nothing left is itself a no-op.
  The run goes back to exactly how it was just before the cancelled event, and the clock
  runs on from there as if that event had never happened: undoing a PAUSE five minutes later
  means the clock ran through those five minutes; undoing a NEXT gives the time since it to
  the stage before. (Any no-ops after the cancelled event stay no-ops.)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from operator import attrgetter

from app.run_events import EventKind, RunEvent, StagePlan, require_aware
from app.run_replay import Replay
from app.run_state import Crossing, RunState, StageTiming

__all__ = ["crossings", "fold", "planned_vs_actual"]


def _replay(
    plan: Sequence[StagePlan], events: Sequence[RunEvent], *, record_segments: bool
) -> Replay:
    ordered = sorted(events, key=attrgetter("seq"))  # stable: equal seqs keep their order
    last_undo = max((i for i, e in enumerate(ordered) if e.kind is EventKind.UNDO), default=-1)
    replay = Replay(plan, record_segments=record_segments)
    for i, event in enumerate(ordered):
        replay.feed(event, keep_history=i < last_undo)
    return replay


def fold(plan: Sequence[StagePlan], events: Sequence[RunEvent], now: datetime) -> RunState:
    """The state of a run at ``now``: a pure, deterministic replay of its event log.

    O(events + stages); see the module docs for the rules it follows.

    Args:
        plan: The stages, in order.
        events: The run's log, in any order (taken by ``seq``).
        now: The instant to read the clock at; timezone-aware.

    Returns:
        The run's state.

    Raises:
        ValueError: ``now`` is naive.
    """
    require_aware(now, "now")
    return _replay(plan, events, record_segments=False).state(now)


def crossings(
    plan: Sequence[StagePlan], events: Sequence[RunEvent], before: datetime, after: datetime
) -> list[Crossing]:
    """The bells the run's clock crossed in ``(before, after]``, in time order.

    Each crossing has one exact instant, so calling this over consecutive windows (however
    irregular the ticks) yields every bell exactly once. Only running time rings: pauses,
    ADJUSTs and stage changes do not, and stages with ``chimes=False`` never do. An
    "advance" stage rings ZERO at the instant it moves on.

    Args:
        plan: The stages, in order.
        events: The run's log.
        before: Start of the window (exclusive); timezone-aware.
        after: End of the window (inclusive); timezone-aware.

    Returns:
        The crossings, earliest first.
    """
    return _replay(plan, events, record_segments=True).crossings(before, after)


def planned_vs_actual(state: RunState) -> list[StageTiming]:
    """Planned vs actual per stage, leaving out stages never run or run under 10 s (misclicks).

    Args:
        state: A folded run (usually the finished one).

    Returns:
        One row per counted stage, in plan order.
    """
    rows = []
    for rec in state.stages:
        if not rec.counted:
            continue
        target = rec.planned_seconds + rec.adjustment_seconds
        rows.append(
            StageTiming(
                index=rec.index,
                key=rec.key,
                title=rec.title,
                planned_seconds=rec.original_planned_seconds,
                target_seconds=target,
                actual_seconds=rec.actual_seconds,
                overtime_seconds=max(0.0, rec.actual_seconds - target),
            )
        )
    return rows

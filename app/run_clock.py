"""The run clock: the state of a running workshop, derived from its event log and "now".

Time is derived, never counted. The run is an append-only log of operator events
(``app.run_events``); :func:`fold` replays it and reads the clock at ``now``, so a crash loses
nothing and planned-vs-actual reports fall out of the same replay. A QTimer in the UI only asks
for a repaint.

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
* **Display** (:func:`format_clock`): a countdown shows the remaining time rounded up, so it
  reads ``00:01`` until zero and changes exactly on each whole second; overtime shows the
  overrun rounded down, ``+00:00`` during its first second.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from fractions import Fraction
from itertools import chain
from operator import attrgetter

from app.run_events import AtZero, EventKind, RunEvent, StagePlan, require_aware

__all__ = [
    "FINAL_SECONDS",
    "MISCLICK_SECONDS",
    "OVERTIME_BELL_SECONDS",
    "AdaptiveSuggestion",
    "AtZero",
    "Bell",
    "Crossing",
    "EventKind",
    "Phase",
    "RunClock",
    "RunEvent",
    "RunState",
    "StagePlan",
    "StageRecord",
    "StageTiming",
    "crossings",
    "fold",
    "format_clock",
    "monotonic_utc_clock",
    "planned_vs_actual",
    "suggest_adaptive",
]

FINAL_SECONDS = 30
"""The final phase starts when this many seconds are left."""
MISCLICK_SECONDS = 10
"""A stage that ran for less than this was a misclick: left out of planned-vs-actual."""
OVERTIME_BELL_SECONDS = 60
"""The overtime bell (three strokes) rings this long after zero."""
ADAPTIVE_FLOOR_SECONDS = 60
ADAPTIVE_FLOOR_RATIO = Fraction(1, 2)
"""The adaptive suggestion leaves every stage at least max(60 s, half its original plan)."""

_NONE = timedelta(0)


class Phase(StrEnum):
    """Where the run (or the current stage) is; ``paused`` is a separate flag."""

    NOT_STARTED = "not_started"
    CALM = "calm"
    WARNING = "warning"
    FINAL = "final"
    OVERTIME = "overtime"
    FINISHED = "finished"


class Bell(StrEnum):
    """A boundary the chime marks, with its number of strokes in :attr:`Crossing.bells`."""

    WARNING = "warning"  # 予鈴, 1 stroke, when warning_seconds are left
    ZERO = "zero"  # 本鈴, 2 strokes, when the time is up
    OVERTIME = "overtime"  # 3 strokes, OVERTIME_BELL_SECONDS past zero


_STROKES = {Bell.WARNING: 1, Bell.ZERO: 2, Bell.OVERTIME: 3}


@dataclass(frozen=True)
class Crossing:
    """A bell to ring: a phase boundary the running clock passed.

    Attributes:
        bell: Which boundary.
        stage: Index of the stage whose clock crossed it.
        key: That stage's key.
        at: The exact instant of the crossing (UTC).
    """

    bell: Bell
    stage: int
    key: str
    at: datetime

    @property
    def bells(self) -> int:
        """How many strokes to ring."""
        return _STROKES[self.bell]


@dataclass(frozen=True)
class StageRecord:
    """One stage as the run has treated it so far.

    Attributes:
        index: Position in the plan.
        key: The stage's key.
        title: The stage's title.
        planned_seconds: Planned length in force (after an adaptive plan, if one was applied).
        original_planned_seconds: Planned length in the plan the run started with.
        adjustment_seconds: Sum of the ADJUSTs made while on this stage.
        actual_seconds: Time it ran (pauses excluded), over all its visits.
        remaining_seconds: planned + adjustment - actual; negative in overtime.
        overtime_seconds: How far past zero it ran (>= 0).
        started_at: First entry (UTC), or None if never entered.
        ended_at: Last exit (UTC); None while it is the current stage or if never entered.
        visited: Whether it was ever entered.
        counted: Visited and ran at least MISCLICK_SECONDS, so it belongs in reports.
        protected: The plan protects it from adaptive shortening.
    """

    index: int
    key: str
    title: str
    planned_seconds: int
    original_planned_seconds: int
    adjustment_seconds: int
    actual_seconds: float
    remaining_seconds: float
    overtime_seconds: float
    started_at: datetime | None
    ended_at: datetime | None
    visited: bool
    counted: bool
    protected: bool


@dataclass(frozen=True)
class RunState:
    """The run as of one instant. Fields about "the current stage" are zero when none runs.

    Attributes:
        now: The instant the clock was read at (UTC).
        started: START took effect.
        finished: FINISH took effect.
        paused: The clock is paused.
        current: Index of the current stage; None before START and after FINISH.
        phase: Phase of the current stage, or NOT_STARTED / FINISHED.
        planned_seconds: Current stage's planned length in force (before START: stage 0's).
        adjustment_seconds: Current stage's adjustments.
        elapsed_seconds: Time the current stage has run, over all its visits.
        remaining_seconds: Current stage's remaining time; negative in overtime. Before START,
            stage 0's full length (what the projector shows while waiting).
        overtime_seconds: max(0, -remaining_seconds).
        message: The message on the projector, if any.
        blackout: The projector is blacked out.
        stages: Every stage of the plan, in order.
        started_at: When START took effect.
        finished_at: When FINISH took effect.
        late_seconds: The last LATE_START's seconds.
        scheduled_start: started_at - late_seconds.
        planned_end: scheduled_start + the original plan's total.
        projected_end: When the run will end if the rest goes to plan: now + what is left of
            the current stage (>= 0) + what is left of every later stage, with the plan in
            force. Before START: now + the whole plan. After FINISH: finished_at.
        ahead_behind_seconds: projected_end - planned_end; positive means behind.
        workshop_elapsed_seconds: Wall time since START (to FINISH), pauses included.
        running_seconds: The same with pauses excluded.
        paused_seconds: Total time paused.
        adaptive_applied: An adaptive plan is in force.
        can_undo: An UNDO now would cancel something.
        undone: seq of every event cancelled by an UNDO.
        ignored: seq of every event that changed nothing when it came (see module docs).
    """

    now: datetime
    started: bool
    finished: bool
    paused: bool
    current: int | None
    phase: Phase
    planned_seconds: int
    adjustment_seconds: int
    elapsed_seconds: float
    remaining_seconds: float
    overtime_seconds: float
    message: str | None
    blackout: bool
    stages: tuple[StageRecord, ...]
    started_at: datetime | None
    finished_at: datetime | None
    late_seconds: int
    scheduled_start: datetime | None
    planned_end: datetime | None
    projected_end: datetime | None
    ahead_behind_seconds: float | None
    workshop_elapsed_seconds: float
    running_seconds: float
    paused_seconds: float
    adaptive_applied: bool
    can_undo: bool
    undone: tuple[int, ...]
    ignored: tuple[int, ...]

    @property
    def display(self) -> str:
        """The big number on the projector, per :func:`format_clock`."""
        return format_clock(self.remaining_seconds)

    @property
    def stage(self) -> StageRecord | None:
        """The current stage's record, if a stage is running."""
        return None if self.current is None else self.stages[self.current]


@dataclass(frozen=True)
class StageTiming:
    """One row of the planned-vs-actual report.

    Attributes:
        index: Position in the plan.
        key: The stage's key.
        title: The stage's title.
        planned_seconds: Length in the original plan.
        target_seconds: What its clock counted down from: planned in force + adjustments.
        actual_seconds: Time it ran, pauses excluded.
        overtime_seconds: max(0, actual - target).
    """

    index: int
    key: str
    title: str
    planned_seconds: int
    target_seconds: int
    actual_seconds: float
    overtime_seconds: float


@dataclass(frozen=True)
class AdaptiveSuggestion:
    """A shorter plan for the stages still to come, to win back an overrun.

    Attributes:
        plan: New planned seconds of every stage (the APPLY_ADAPTIVE payload).
        overrun_seconds: How far behind the plan the run was when suggested.
        recovered_seconds: How much the new plan wins back.
        shortfall_seconds: What it cannot win back (floors, protected stages): >= 0.
        changed: Indexes of the stages it shortens.
    """

    plan: tuple[int, ...]
    overrun_seconds: float
    recovered_seconds: int
    shortfall_seconds: float
    changed: tuple[int, ...]


def format_clock(seconds: float) -> str:
    """Format a remaining time for the big display.

    A countdown (``seconds >= 0``) shows ``ceil(seconds)``: "00:01" until the instant of zero,
    so the number changes exactly on each whole second and zero appears only when the time is
    really up. Overtime (``seconds < 0``) counts up with ``floor(-seconds)`` and a plus sign:
    "+00:00" during the first second past zero, "+01:23" later. An hour or more shows hours:
    "1:02:03". Values are first rounded to the microsecond, so float noise such as
    59.000000000001 does not flip a second early. A non-finite value shows "--:--" rather than
    breaking the projector.

    Args:
        seconds: Remaining seconds; negative in overtime.

    Returns:
        The text to show.
    """
    if not math.isfinite(seconds):
        return "--:--"
    seconds = round(seconds, 6)
    if seconds < 0:
        sign, whole = "+", math.floor(-seconds)
    else:
        sign, whole = "", math.ceil(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def _phase_for(remaining: float, warning_seconds: int) -> Phase:
    if remaining < 0:
        return Phase.OVERTIME
    if remaining <= FINAL_SECONDS:
        return Phase.FINAL
    if remaining <= warning_seconds:
        return Phase.WARNING
    return Phase.CALM


# A stretch of uninterrupted running on one stage: (stage, start, end, time left at start).
# Bells are found from these, so crossings never depend on how often the UI ticks.
_Segment = tuple[int, datetime, datetime, timedelta]

# What an UNDO snapshot holds: the run, not the log's bookkeeping (clock, undone, ignored, ...).
_LIST_FIELDS = ("planned", "adjust", "spent", "first_in", "last_out", "visited")
_SCALAR_FIELDS = (
    "started_at",
    "finished_at",
    "current",
    "seg_start",
    "armed",
    "paused_since",
    "paused_total",
    "late",
    "message",
    "blackout",
    "adaptive",
)


class _Replay:
    """The fold's engine: applies events one by one; reads the clock at any later instant.

    Durations are kept as timedelta (whole microseconds), so the result does not depend on how
    running time was split between events; a replay from scratch and an incremental one agree
    exactly. Each event still in force keeps a snapshot of the state just before it, so UNDO
    restores that snapshot in O(1) instead of replaying the log: the fold stays O(events).
    """

    def __init__(self, plan: Sequence[StagePlan], *, record_segments: bool) -> None:
        self.plan = tuple(plan)
        count = len(self.plan)
        self.original = tuple(s.planned_seconds for s in self.plan)
        self.planned = list(self.original)
        self.adjust = [0] * count
        self.spent = [_NONE] * count  # running time of closed segments
        self.first_in: list[datetime | None] = [None] * count
        self.last_out: list[datetime | None] = [None] * count
        self.visited = [False] * count
        self.clock: datetime | None = None  # effective instant of the last event
        self.started_at: datetime | None = None
        self.finished_at: datetime | None = None
        self.current: int | None = None
        self.seg_start: datetime | None = None  # set while the current stage runs
        self.armed = False  # an "advance" stage may move on when its time runs out
        self.paused_since: datetime | None = None
        self.paused_total = _NONE
        self.late = 0
        self.message: str | None = None
        self.blackout = False
        self.adaptive = False
        self.in_force = 0
        self.undone: list[int] = []
        self.ignored: list[int] = []
        self.history: list[tuple[int, dict[str, object]]] = []
        self.segments: list[_Segment] | None = [] if record_segments else None
        # Stage records that only change with the replay; dropped whenever it changes.
        self.still: tuple[list[StageRecord | None], timedelta] | None = None

    # -- snapshots ------------------------------------------------------------------------

    def _save(self) -> dict[str, object]:
        saved: dict[str, object] = {name: getattr(self, name)[:] for name in _LIST_FIELDS}
        saved.update((name, getattr(self, name)) for name in _SCALAR_FIELDS)
        saved["segments"] = None if self.segments is None else len(self.segments)
        return saved

    def _restore(self, saved: dict[str, object]) -> None:
        # The log's own bookkeeping (clock, undone, ignored, history) is never restored. The
        # saved lists are adopted, not copied: a snapshot is restored at most once.
        for name in (*_LIST_FIELDS, *_SCALAR_FIELDS):
            setattr(self, name, saved[name])
        kept = saved["segments"]
        if self.segments is not None and isinstance(kept, int):
            del self.segments[kept:]

    def fork(self, *, record_segments: bool = False) -> _Replay:
        """A copy to read a later instant from, without touching this replay."""
        twin = _Replay.__new__(_Replay)
        twin.__dict__.update(self.__dict__)  # undone/ignored are shared: a fork never feeds
        twin._restore(self._save())
        twin.history = []
        twin.segments = [] if record_segments else None
        return twin

    # -- running segments ---------------------------------------------------------------

    def _budget(self, stage: int) -> timedelta:
        """Time left on ``stage`` as of its last closed segment."""
        return timedelta(seconds=self.planned[stage] + self.adjust[stage]) - self.spent[stage]

    def _close(self, at: datetime) -> None:
        if self.seg_start is None or self.current is None:
            return
        stage = self.current
        if self.segments is not None:
            self.segments.append((stage, self.seg_start, at, self._budget(stage)))
        self.spent[stage] += at - self.seg_start
        self.seg_start = None

    def _open(self, at: datetime) -> None:
        if self.current is not None and self.finished_at is None and self.paused_since is None:
            self.seg_start = at

    def _enter(self, stage: int, at: datetime) -> None:
        if self.current is not None:
            self.last_out[self.current] = at
        first_visit = not self.visited[stage]
        self.current = stage
        self.visited[stage] = True
        if self.first_in[stage] is None:
            self.first_in[stage] = at
        # A stage re-entered with no time left holds, or BACK could never revisit it.
        self.armed = first_visit or self._budget(stage) > _NONE

    def _rearm(self) -> None:
        if self.current is not None and self._budget(self.current) > _NONE:
            self.armed = True

    def _advance_at(self) -> datetime | None:
        """When the running "advance" stage moves on, if it does."""
        stage = self.current
        if self.seg_start is None or stage is None or not self.armed:
            return None
        if self.plan[stage].at_zero != AtZero.ADVANCE or stage >= len(self.plan) - 1:
            return None
        return self.seg_start + max(self._budget(stage), _NONE)

    def advance_to(self, at: datetime) -> None:
        """Carry out every automatic move on to the next stage due by ``at``."""
        while (due := self._advance_at()) is not None and due <= at:
            assert self.current is not None  # _advance_at returns None otherwise
            self.still = None
            self._close(due)
            self._enter(self.current + 1, due)
            self._open(due)

    # -- events ---------------------------------------------------------------------------

    def feed(self, event: RunEvent, *, keep_history: bool) -> bool:
        """Apply one event; return whether it changed anything.

        Args:
            event: The next event of the log.
            keep_history: Keep a snapshot so a later UNDO can cancel it. The fold turns this
                off after the log's last UNDO, where it would be wasted work.
        """
        at = event.at if self.clock is None or event.at > self.clock else self.clock
        self.clock = at
        self.still = None
        self.advance_to(at)
        if event.kind is EventKind.UNDO:
            if not self.history:
                self.ignored.append(event.seq)
                return False
            seq, saved = self.history.pop()
            self._restore(saved)
            self.in_force -= 1
            self.undone.append(seq)
            self.advance_to(at)
            return True
        saved = self._save() if keep_history else {}
        if not self._apply(event, at):
            self.ignored.append(event.seq)
            return False
        self.in_force += 1
        if keep_history:
            self.history.append((event.seq, saved))
        self.advance_to(at)  # e.g. an ADJUST that used up an "advance" stage's time
        return True

    def _apply(self, event: RunEvent, at: datetime) -> bool:
        kind = event.kind
        # Display-side events work before START and after FINISH too.
        if kind is EventKind.LATE_START:
            if event.seconds == self.late:
                return False
            self.late = event.seconds or 0
            return True
        if kind is EventKind.MESSAGE_SHOW:
            if event.text == self.message:
                return False
            self.message = event.text
            return True
        if kind is EventKind.MESSAGE_HIDE:
            if self.message is None:
                return False
            self.message = None
            return True
        if kind in (EventKind.BLACKOUT_ON, EventKind.BLACKOUT_OFF):
            wanted = kind is EventKind.BLACKOUT_ON
            if self.blackout == wanted:
                return False
            self.blackout = wanted
            return True
        if kind is EventKind.START:
            if self.started_at is not None or not self.plan:
                return False
            self.started_at = at
            self._enter(0, at)
            self._open(at)
            return True
        stage = self.current
        if self.started_at is None or self.finished_at is not None or stage is None:
            return False
        count = len(self.plan)
        if kind is EventKind.PAUSE:
            if self.paused_since is not None:
                return False
            self._close(at)
            self.paused_since = at
        elif kind is EventKind.RESUME:
            if self.paused_since is None:
                return False
            self.paused_total += at - self.paused_since
            self.paused_since = None
            self._open(at)
        elif kind in (EventKind.NEXT, EventKind.BACK, EventKind.JUMP):
            target = {EventKind.NEXT: stage + 1, EventKind.BACK: stage - 1}.get(kind, event.stage)
            if target is None or not 0 <= target < count or target == stage:
                return False
            self._close(at)
            self._enter(target, at)
            self._open(at)
        elif kind is EventKind.ADJUST:
            if not event.seconds:
                return False
            self._close(at)
            self.adjust[stage] += event.seconds
            self._rearm()
            self._open(at)
        elif kind is EventKind.APPLY_ADAPTIVE:
            new_plan = list(event.plan or ())
            if len(new_plan) != count or new_plan == self.planned:
                return False
            self._close(at)
            self.planned = new_plan
            self.adaptive = True
            self._rearm()
            self._open(at)
        elif kind is EventKind.FINISH:
            self._close(at)
            if self.paused_since is not None:
                self.paused_total += at - self.paused_since
                self.paused_since = None
            self.last_out[stage] = at
            self.finished_at = at
        else:  # pragma: no cover - every EventKind is handled above
            raise AssertionError(f"unhandled event kind {kind}")
        return True

    # -- reading the clock ----------------------------------------------------------------

    def state(self, now: datetime) -> RunState:
        """The run at ``now`` (clamped to the last event), without changing this replay."""
        now = require_aware(now, "now")
        if self.clock is not None and now < self.clock:
            now = self.clock
        due = self._advance_at()
        if due is not None and due <= now:
            twin = self.fork()
            twin.advance_to(now)
            return twin._build(now)
        return self._build(now)

    def _record(self, i: int, spent: timedelta) -> StageRecord:
        stage = self.plan[i]
        remaining = (timedelta(seconds=self.planned[i] + self.adjust[i]) - spent).total_seconds()
        actual = spent.total_seconds()
        is_current = i == self.current and self.finished_at is None
        return StageRecord(
            index=i,
            key=stage.key,
            title=stage.title,
            planned_seconds=self.planned[i],
            original_planned_seconds=self.original[i],
            adjustment_seconds=self.adjust[i],
            actual_seconds=actual,
            remaining_seconds=remaining,
            overtime_seconds=max(0.0, -remaining),
            started_at=self.first_in[i],
            ended_at=None if is_current else self.last_out[i],
            visited=self.visited[i],
            counted=self.visited[i] and actual >= MISCLICK_SECONDS,
            protected=stage.protected,
        )

    def _still(self) -> tuple[list[StageRecord | None], timedelta]:
        """The records that do not change until the next event, and what is left after them.

        Only the running stage's record depends on "now"; the others are built once per
        change of the replay, which keeps a once-a-second repaint cheap.
        """
        if self.still is None:
            running = self.current if self.seg_start is not None else None
            records = [
                None if i == running else self._record(i, self.spent[i])
                for i in range(len(self.plan))
            ]
            later = _NONE  # what is left of the stages after the current one
            if self.current is not None:
                for rec in records[self.current + 1 :]:
                    assert rec is not None  # only the current stage can be running
                    later += timedelta(seconds=max(rec.remaining_seconds, 0.0))
            self.still = (records, later)
        return self.still

    def _build(self, now: datetime) -> RunState:
        still, left_total = self._still()
        records = list(still)
        if self.seg_start is not None and self.current is not None:
            records[self.current] = self._record(
                self.current, self.spent[self.current] + (now - self.seg_start)
            )
        stages = tuple(rec for rec in records if rec is not None)
        started, finished = self.started_at is not None, self.finished_at is not None
        current = self.current if started and not finished else None
        paused = self.paused_total + (now - self.paused_since if self.paused_since else _NONE)
        scheduled = planned_end = projected = None
        wall = _NONE
        if self.started_at is not None:
            scheduled = self.started_at - timedelta(seconds=self.late)
            planned_end = scheduled + timedelta(seconds=sum(self.original))
            wall = (self.finished_at or now) - self.started_at
        if current is None:
            rec = None
            phase = Phase.FINISHED if finished else Phase.NOT_STARTED
            remaining = float(self.planned[0]) if self.plan and not started else 0.0
            planned = self.planned[0] if self.plan and not started else 0
            projected = self.finished_at or now + timedelta(seconds=sum(self.planned))
        else:
            rec = stages[current]
            remaining, planned = rec.remaining_seconds, rec.planned_seconds
            phase = _phase_for(remaining, self.plan[current].warning_seconds)
            projected = now + timedelta(seconds=max(remaining, 0.0)) + left_total
        return RunState(
            now=now,
            started=started,
            finished=finished,
            paused=current is not None and self.paused_since is not None,
            current=current,
            phase=phase,
            planned_seconds=planned,
            adjustment_seconds=rec.adjustment_seconds if rec else 0,
            elapsed_seconds=rec.actual_seconds if rec else 0.0,
            remaining_seconds=remaining,
            overtime_seconds=max(0.0, -remaining),
            message=self.message,
            blackout=self.blackout,
            stages=stages,
            started_at=self.started_at,
            finished_at=self.finished_at,
            late_seconds=self.late,
            scheduled_start=scheduled,
            planned_end=planned_end,
            projected_end=projected,
            ahead_behind_seconds=(
                None if planned_end is None else (projected - planned_end).total_seconds()
            ),
            workshop_elapsed_seconds=wall.total_seconds(),
            running_seconds=(wall - paused).total_seconds() if started else 0.0,
            paused_seconds=paused.total_seconds(),
            adaptive_applied=self.adaptive,
            can_undo=self.in_force > 0,
            undone=tuple(self.undone),
            ignored=tuple(self.ignored),
        )

    def crossings(self, before: datetime, after: datetime) -> list[Crossing]:
        """Bells whose instant falls in ``(before, after]`` (needs recorded segments)."""
        before, after = require_aware(before, "before"), require_aware(after, "after")
        if after <= before or self.segments is None:
            return []
        # The stretch still running, and any automatic moves up to `after`, come from a fork.
        tail = self.fork(record_segments=True)
        until = max(after, self.clock) if self.clock else after
        tail.advance_to(until)
        tail._close(until)
        assert tail.segments is not None
        found: list[Crossing] = []
        for stage, start, end, budget in chain(reversed(tail.segments), reversed(self.segments)):
            if end <= before:
                break  # segments are in time order: nothing earlier can ring
            plan = self.plan[stage]
            if not plan.chimes:
                continue
            marks = [(Bell.OVERTIME, -OVERTIME_BELL_SECONDS), (Bell.ZERO, 0)]
            if plan.warning_seconds > 0:  # 0 would ring with the ZERO bell
                marks.append((Bell.WARNING, plan.warning_seconds))
            for bell, left in marks:
                mark = timedelta(seconds=left)
                if budget <= mark:
                    continue  # already past this mark when the stretch began
                at = start + (budget - mark)
                if at <= end and before < at <= after:
                    found.append(Crossing(bell, stage, plan.key, at))
        found.sort(key=attrgetter("at"))
        return found


def _replay(
    plan: Sequence[StagePlan], events: Sequence[RunEvent], *, record_segments: bool
) -> _Replay:
    ordered = sorted(events, key=attrgetter("seq"))  # stable: equal seqs keep their order
    last_undo = max((i for i, e in enumerate(ordered) if e.kind is EventKind.UNDO), default=-1)
    replay = _Replay(plan, record_segments=record_segments)
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


def _floor_for(stage: StagePlan) -> int:
    return max(ADAPTIVE_FLOOR_SECONDS, math.ceil(stage.planned_seconds * ADAPTIVE_FLOOR_RATIO))


def suggest_adaptive(plan: Sequence[StagePlan], state: RunState) -> AdaptiveSuggestion | None:
    """Suggest shorter later stages to win back the run's overrun.

    The overrun (``ahead_behind_seconds``, rounded up to whole seconds) is taken from the
    stages after the current one that have not started and are not protected, in proportion
    to their planned length in force. No stage goes below max(60 s, half its original plan);
    what one stage cannot give is shared among the others (water-filling), and whole seconds
    are handed out by largest remainder, so the cuts add up exactly.

    Args:
        plan: The stages, in order (the same plan the state was folded with).
        state: The run now.

    Returns:
        The suggestion, or None when the run is not running, is not behind, or no stage can
        give anything.

    Raises:
        ValueError: ``plan`` and ``state`` do not have the same number of stages.
    """
    if len(plan) != len(state.stages):
        raise ValueError(f"plan has {len(plan)} stages, the state {len(state.stages)}")
    behind = state.ahead_behind_seconds
    if state.current is None or behind is None or behind <= 0:
        return None
    goal = math.ceil(round(behind, 6))
    planned = [rec.planned_seconds for rec in state.stages]
    room = {
        i: planned[i] - _floor_for(plan[i])
        for i in range(state.current + 1, len(plan))
        if not plan[i].protected and not state.stages[i].visited
    }
    room = {i: r for i, r in room.items() if r > 0}
    if not room:
        return None
    goal = min(goal, sum(room.values()))
    cuts = _share(goal, {i: planned[i] for i in room}, room)
    new_plan = tuple(p - cuts.get(i, 0) for i, p in enumerate(planned))
    return AdaptiveSuggestion(
        plan=new_plan,
        overrun_seconds=behind,
        recovered_seconds=goal,
        shortfall_seconds=max(0.0, behind - goal),
        changed=tuple(i for i in sorted(cuts) if cuts[i]),
    )


def _share(goal: int, weights: dict[int, int], caps: dict[int, int]) -> dict[int, int]:
    """Split ``goal`` whole seconds in proportion to ``weights``, none above its cap.

    Exact (Fractions), so the result never depends on float rounding. ``goal`` must not
    exceed the sum of the caps.
    """
    exact: dict[int, Fraction] = {}
    free = dict(weights)
    left = Fraction(goal)
    while free:
        total = sum(free.values())
        over = {i for i, w in free.items() if left * w / total >= caps[i]}
        if not over:
            exact.update({i: left * w / total for i, w in free.items()})
            break
        for i in over:  # these give all they can; the rest is shared among the others
            exact[i] = Fraction(caps[i])
            left -= caps[i]
            del free[i]
    whole = {i: math.floor(share) for i, share in exact.items()}
    short = goal - sum(whole.values())
    # Largest remainder: the stages closest to their next second get the leftover seconds.
    for i in sorted(exact, key=lambda i: (whole[i] - exact[i], i))[:short]:
        whole[i] += 1
    return whole


SLEEP_GAP = timedelta(seconds=5)
"""When the wall clock runs ahead of the monotonic one by more than this, the laptop slept."""


def _default_monotonic_ns() -> int:
    # CLOCK_BOOTTIME (Linux) keeps counting while the laptop is suspended; CLOCK_MONOTONIC
    # does not, and a lid closed over lunch must not leave the run 45 minutes behind.
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime_ns(boottime)
    return time.monotonic_ns()


def monotonic_utc_clock(
    wall: Callable[[], datetime] | None = None, monotonic_ns: Callable[[], int] | None = None
) -> Callable[[], datetime]:
    """A UTC clock that reads the wall clock once and then follows the monotonic clock.

    Inside one process, elapsed time comes from the monotonic clock, so a wall-clock change
    (NTP, a time-zone trip, daylight saving) cannot make the workshop jump; across restarts it
    comes from the UTC instants stored with the events. One exception: where the monotonic
    clock stops while the computer sleeps (macOS; Linux without CLOCK_BOOTTIME), a wall clock
    that ran ahead by more than :data:`SLEEP_GAP` is taken as a sleep, and the clock re-anchors
    to it — the room kept working while the lid was closed.

    Args:
        wall: The wall clock; ``datetime.now(UTC)`` by default.
        monotonic_ns: The monotonic clock; CLOCK_BOOTTIME where there is one.

    Returns:
        A function returning the current instant (timezone-aware UTC).
    """
    read_wall = wall or (lambda: datetime.now(UTC))
    read = monotonic_ns or _default_monotonic_ns
    anchor = require_aware(read_wall(), "wall clock")
    origin = read()

    def now() -> datetime:
        nonlocal anchor, origin
        ticks = read()
        followed = anchor + timedelta(microseconds=(ticks - origin) // 1000)
        actual = require_aware(read_wall(), "wall clock")
        if actual - followed > SLEEP_GAP:
            anchor, origin, followed = actual, ticks, actual
        return followed

    return now


class RunClock:
    """A run in progress: the plan, the log, and an injected clock.

    Every action appends one event stamped with ``now()`` and returns it, so the caller can
    persist it; actions the rules ignore are appended too (the fold lists them as ignored,
    and UNDO skips them). The log is folded incrementally, one event at a time, through the
    same engine as :func:`fold`, so :meth:`state` is O(stages) per tick and always equal to
    ``fold(plan, events, now())``.
    """

    def __init__(
        self,
        plan: Sequence[StagePlan],
        events: Sequence[RunEvent] = (),
        now: Callable[[], datetime] | None = None,
    ) -> None:
        """Set up a clock, replaying a stored log if there is one.

        Args:
            plan: The stages, in order.
            events: A log read back from the store (crash recovery).
            now: The clock; :func:`monotonic_utc_clock` by default.
        """
        self._plan = tuple(plan)
        self._now = now or monotonic_utc_clock()
        self._events: list[RunEvent] = sorted(events, key=attrgetter("seq"))
        self._replay = _Replay(self._plan, record_segments=True)
        for event in self._events:
            self._replay.feed(event, keep_history=True)
        self._last_tick: datetime | None = None

    @property
    def plan(self) -> tuple[StagePlan, ...]:
        """The stages, in order."""
        return self._plan

    @property
    def events(self) -> tuple[RunEvent, ...]:
        """The log so far."""
        return tuple(self._events)

    def state(self) -> RunState:
        """The run now."""
        return self._replay.state(self._now())

    def state_at(self, now: datetime) -> RunState:
        """The run at ``now`` (clamped to the last event if earlier)."""
        return self._replay.state(now)

    def crossings(self, before: datetime, after: datetime) -> list[Crossing]:
        """The bells crossed in ``(before, after]``; see :func:`crossings`."""
        return self._replay.crossings(before, after)

    def tick(self) -> tuple[RunState, list[Crossing]]:
        """Read the clock for a repaint, with the bells crossed since the previous tick.

        The first tick rings nothing, so reopening a run after a crash does not replay the
        bells of the time the app was closed.
        """
        now = self._now()
        before = self._last_tick or now
        self._last_tick = max(now, before)
        return self._replay.state(now), self._replay.crossings(before, now)

    def suggest_adaptive(self) -> AdaptiveSuggestion | None:
        """The adaptive suggestion for now; see :func:`suggest_adaptive`."""
        return suggest_adaptive(self._plan, self.state())

    def _append(self, kind: EventKind, **fields: object) -> RunEvent:
        seq = self._events[-1].seq + 1 if self._events else 0
        event = RunEvent(seq, kind, self._now(), **fields)  # type: ignore[arg-type]
        self._replay.feed(event, keep_history=True)
        self._events.append(event)
        return event

    def start(self) -> RunEvent:
        """Start the first stage."""
        return self._append(EventKind.START)

    def pause(self) -> RunEvent:
        """Pause the clock."""
        return self._append(EventKind.PAUSE)

    def resume(self) -> RunEvent:
        """Resume the clock."""
        return self._append(EventKind.RESUME)

    def toggle(self) -> RunEvent:
        """The space bar: START before the run, then PAUSE / RESUME (ignored after FINISH)."""
        state = self.state()
        if not state.started:
            return self.start()
        return self.resume() if state.paused else self.pause()

    def adjust(self, seconds: int) -> RunEvent:
        """Add ``seconds`` (negative: take them) to the current stage."""
        return self._append(EventKind.ADJUST, seconds=seconds)

    def next(self) -> RunEvent:
        """Go to the next stage."""
        return self._append(EventKind.NEXT)

    def back(self) -> RunEvent:
        """Go back to the previous stage, which carries on where it was."""
        return self._append(EventKind.BACK)

    def jump(self, stage: int) -> RunEvent:
        """Go to the stage at index ``stage``."""
        return self._append(EventKind.JUMP, stage=stage)

    def late_start(self, seconds: int) -> RunEvent:
        """Record that the workshop started ``seconds`` after its scheduled time."""
        return self._append(EventKind.LATE_START, seconds=seconds)

    def finish(self) -> RunEvent:
        """End the run."""
        return self._append(EventKind.FINISH)

    def show_message(self, text: str) -> RunEvent:
        """Put a message on the projector."""
        return self._append(EventKind.MESSAGE_SHOW, text=text)

    def hide_message(self) -> RunEvent:
        """Take the message off the projector."""
        return self._append(EventKind.MESSAGE_HIDE)

    def blackout(self, on: bool = True) -> RunEvent:
        """Black out the projector (or bring it back with ``on=False``)."""
        return self._append(EventKind.BLACKOUT_ON if on else EventKind.BLACKOUT_OFF)

    def undo(self) -> RunEvent:
        """Cancel the most recent action still in force."""
        return self._append(EventKind.UNDO)

    def apply_adaptive(self, plan: AdaptiveSuggestion | Sequence[int]) -> RunEvent:
        """Put a new plan in force: the suggestion the operator accepted, or a full list."""
        seconds = plan.plan if isinstance(plan, AdaptiveSuggestion) else tuple(plan)
        return self._append(EventKind.APPLY_ADAPTIVE, plan=seconds)

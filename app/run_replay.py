"""The engine behind the fold and the live clock: a run's events applied one at a time.

:class:`Replay` takes the events of a run's log in order and reads the clock at any later
instant. :func:`app.run_fold.fold` replays a whole log with it; :class:`app.run_clock.RunClock`
feeds it one event at a time, so the live clock and a fold of the same log always agree. The
rules it follows are listed in :mod:`app.run_fold`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from itertools import chain
from operator import attrgetter

from app.run_events import AtZero, EventKind, RunEvent, StagePlan, require_aware
from app.run_state import (
    FINAL_SECONDS,
    MISCLICK_SECONDS,
    OVERTIME_BELL_SECONDS,
    Bell,
    Crossing,
    Phase,
    RunState,
    StageRecord,
)

__all__ = ["Replay"]

_NONE = timedelta(0)


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


class Replay:
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

    def fork(self, *, record_segments: bool = False) -> Replay:
        """A copy to read a later instant from, without touching this replay."""
        twin = Replay.__new__(Replay)
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

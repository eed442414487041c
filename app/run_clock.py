"""The live run clock: a run in progress, its actions, and the instant it is read at.

Time is derived, never counted. Each operator action appends one event to the run's
append-only log (``app.run_events``), and the state is that log folded at "now"
(:mod:`app.run_fold`), so a crash loses nothing. A QTimer in the UI only asks for a repaint.
"Now" is injected; by default it is :func:`monotonic_utc_clock`, which follows the monotonic
clock so a wall-clock change cannot make the workshop jump.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from operator import attrgetter

from app.run_adaptive import AdaptiveSuggestion, suggest_adaptive
from app.run_events import EventKind, RunEvent, StagePlan, require_aware
from app.run_replay import Replay
from app.run_state import Crossing, RunState

__all__ = ["RunClock", "monotonic_utc_clock"]

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
    same engine as :func:`app.run_fold.fold`, so :meth:`state` is O(stages) per tick and
    always equal to ``fold(plan, events, now())``.
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
        self._replay = Replay(self._plan, record_segments=True)
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
        """The bells crossed in ``(before, after]``; see :func:`app.run_fold.crossings`."""
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
        """The adaptive suggestion for now; see :func:`app.run_adaptive.suggest_adaptive`."""
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

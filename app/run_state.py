"""The run as of one instant, as the fold reads it: plain values, and the display's format.

:func:`app.run_fold.fold` and :class:`app.run_clock.RunClock` return a :class:`RunState` (one
:class:`StageRecord` per stage), the bells to ring as :class:`Crossing` values, and
planned-vs-actual rows as :class:`StageTiming`. The phase and bell constants live here too, so
the UI can read them without knowing how the log is replayed.

**Display** (:func:`format_clock`): a countdown shows the remaining time rounded up, so it reads
``00:01`` until zero and changes exactly on each whole second; overtime shows the overrun
rounded down, ``+00:00`` during its first second.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

__all__ = [
    "FINAL_SECONDS",
    "MISCLICK_SECONDS",
    "OVERTIME_BELL_SECONDS",
    "Bell",
    "Crossing",
    "Phase",
    "RunState",
    "StageRecord",
    "StageTiming",
    "format_clock",
]

FINAL_SECONDS = 30
"""The final phase starts when this many seconds are left."""
MISCLICK_SECONDS = 10
"""A stage that ran for less than this was a misclick: left out of planned-vs-actual."""
OVERTIME_BELL_SECONDS = 60
"""The overtime bell (three strokes) rings this long after zero."""


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
        ignored: seq of every event that changed nothing when it came (see :mod:`app.run_fold`).
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

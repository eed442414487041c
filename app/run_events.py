"""What a run is made of: the stage plan and the append-only log of operator events.

Ippo never counts a run's time. :func:`app.run_fold.fold` folds this log, plus "now", into the
state the operator console and the projector show (the live clock, ``app.run_clock``, replays
the same log as it grows). Events are small, immutable and validated
when they are made, so a log read back from the store is either sound or rejected at once,
never half-understood in the middle of a workshop.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum


class EventKind(StrEnum):
    """What the operator did. The values are stored in the database: never rename them."""

    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    ADJUST = "adjust"
    NEXT = "next"
    BACK = "back"
    JUMP = "jump"
    LATE_START = "late_start"
    FINISH = "finish"
    MESSAGE_SHOW = "message_show"
    MESSAGE_HIDE = "message_hide"
    BLACKOUT_ON = "blackout_on"
    BLACKOUT_OFF = "blackout_off"
    UNDO = "undo"
    APPLY_ADAPTIVE = "apply_adaptive"


class AtZero(StrEnum):
    """What a stage does when its time runs out."""

    HOLD = "hold"  # stays on the stage, counting overtime up
    ADVANCE = "advance"  # moves on to the next stage at the instant of zero


# Which optional field each kind needs; every other optional field must stay None, so that a
# row with stray data (a bug somewhere upstream) is caught when it is read, not folded silently.
_FIELD_FOR_KIND: dict[EventKind, str] = {
    EventKind.ADJUST: "seconds",
    EventKind.LATE_START: "seconds",
    EventKind.JUMP: "stage",
    EventKind.MESSAGE_SHOW: "text",
    EventKind.APPLY_ADAPTIVE: "plan",
}
_OPTIONAL_FIELDS = ("seconds", "stage", "text", "plan")


def _is_int(value: object) -> bool:
    # bool is an int subclass; True seconds is always a bug.
    return isinstance(value, int) and not isinstance(value, bool)


def require_aware(moment: datetime, what: str) -> datetime:
    """Return ``moment`` in UTC, or raise if it has no time zone.

    Args:
        moment: The instant to check.
        what: How to name it in the error message.

    Returns:
        The same instant, expressed in UTC.

    Raises:
        ValueError: ``moment`` is naive (no tzinfo), so nobody can tell which instant it means.
    """
    if not isinstance(moment, datetime):
        raise ValueError(f"{what} must be a datetime, not {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware (UTC), got naive {moment.isoformat()}")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class RunEvent:
    """One operator action, as stored in the run's log.

    Attributes:
        seq: Position in the log (0, 1, 2, ...). The fold takes events in this order.
        kind: What was done.
        at: When, timezone-aware; normalised to UTC. Naive datetimes are rejected.
        seconds: ADJUST: seconds added to (or, if negative, taken from) the current stage.
            LATE_START: how many seconds after the scheduled time the workshop started (>= 0).
        stage: JUMP: the index of the stage to go to.
        text: MESSAGE_SHOW: the message for the projector.
        plan: APPLY_ADAPTIVE: the new planned seconds of every stage (the full list).
    """

    seq: int
    kind: EventKind
    at: datetime
    seconds: int | None = None
    stage: int | None = None
    text: str | None = None
    plan: tuple[int, ...] | None = None

    def __post_init__(self) -> None:
        """Validate and normalise, so a bad row fails here and not inside the fold.

        Raises:
            ValueError: The event is malformed (naive time, unknown kind, missing or stray
                field, negative lateness or planned seconds).
        """
        # object.__setattr__ because the dataclass is frozen; these only normalise the form
        # (str -> EventKind from the database, list -> tuple, any zone -> UTC).
        object.__setattr__(self, "kind", EventKind(self.kind))
        object.__setattr__(self, "at", require_aware(self.at, "RunEvent.at"))
        if not _is_int(self.seq) or self.seq < 0:
            raise ValueError(f"RunEvent.seq must be an int >= 0, got {self.seq!r}")
        if self.plan is not None:
            object.__setattr__(self, "plan", tuple(self.plan))
        needed = _FIELD_FOR_KIND.get(self.kind)
        for name in _OPTIONAL_FIELDS:
            value = getattr(self, name)
            if name == needed and value is None:
                raise ValueError(f"a {self.kind} event needs {name}")
            if name != needed and value is not None:
                raise ValueError(f"a {self.kind} event has no {name} (got {value!r})")
        if needed in ("seconds", "stage") and not _is_int(getattr(self, needed)):
            raise ValueError(f"{self.kind}.{needed} must be an int")
        if self.kind is EventKind.LATE_START and (self.seconds or 0) < 0:
            raise ValueError("LATE_START seconds cannot be negative")
        if self.kind is EventKind.MESSAGE_SHOW and not isinstance(self.text, str):
            raise ValueError("MESSAGE_SHOW text must be a str")
        if self.plan is not None and not all(_is_int(s) and s >= 0 for s in self.plan):
            raise ValueError(f"APPLY_ADAPTIVE plan must be ints >= 0, got {self.plan!r}")


@dataclass(frozen=True)
class StagePlan:
    """How one stage of the workshop is meant to run.

    Attributes:
        key: The stage's id (a UUID string in the store).
        title: What the projector calls it.
        planned_seconds: Its planned length.
        warning_seconds: The warning phase (and the first bell) starts when this much is left.
            At 30 s or less the stage goes straight from calm to final.
        protected: The adaptive suggestion never shortens it.
        at_zero: ``"hold"`` (count overtime up) or ``"advance"`` (move on at zero).
        chimes: Whether its bells ring.
    """

    key: str
    title: str
    planned_seconds: int
    warning_seconds: int = 120
    protected: bool = False
    at_zero: str = AtZero.HOLD
    chimes: bool = True

    def __post_init__(self) -> None:
        """Reject plans the clock cannot run.

        Raises:
            ValueError: A negative length or warning, or an unknown ``at_zero``.
        """
        if not _is_int(self.planned_seconds) or self.planned_seconds < 0:
            raise ValueError(f"planned_seconds must be an int >= 0, got {self.planned_seconds!r}")
        if not _is_int(self.warning_seconds) or self.warning_seconds < 0:
            raise ValueError(f"warning_seconds must be an int >= 0, got {self.warning_seconds!r}")
        object.__setattr__(self, "at_zero", AtZero(self.at_zero))

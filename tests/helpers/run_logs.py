"""Runs to drive in the run-clock tests: the article's workshop, a clock set in seconds from T0,
and generated plans and event logs for the properties (shared by ``tests/app/test_run_*.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from app.run_clock import RunClock
from app.run_events import EventKind, RunEvent, StagePlan
from app.run_state import RunState
from tests.helpers.clock import FakeClock as BaseClock

T0 = datetime(2025, 6, 2, 1, 0, tzinfo=UTC)  # 10:00 in Tokyo


# The article's workshop: an introduction, its four stages, and a closing.
PLAN = (
    StagePlan("intro", "導入", 300, warning_seconds=60),
    StagePlan("stock", "経験の棚卸し", 1200),
    StagePlan("words", "強み・価値観の言語化", 1200, protected=True),
    StagePlan("target", "目指す状態と学びテーマの仮決め", 900),
    StagePlan("step", "次の一歩（小さな実験）の宣言", 600),
    StagePlan("close", "クロージング", 300, warning_seconds=30, chimes=False),
)


class FakeClock(BaseClock):
    """The shared fake clock, starting at this module's T0, plus moving to an offset from it."""

    def __init__(self, start: datetime = T0) -> None:
        super().__init__(start)

    def set(self, seconds: float) -> None:
        """Move to ``seconds`` after T0."""
        self.now = at(seconds)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def make(plan: Sequence[StagePlan] = PLAN) -> tuple[RunClock, FakeClock]:
    clock = FakeClock()
    return RunClock(plan, now=clock), clock


def one_stage(**options: object) -> tuple[StagePlan, ...]:
    return (StagePlan("only", "Only", 600, **options),)  # type: ignore[arg-type]


def run_to(clock: FakeClock, run: RunClock, seconds: float) -> RunState:
    clock.set(seconds)
    return run.state()


# -- generated plans and logs --------------------------------------------------------------

KINDS = [k for k in EventKind if k is not EventKind.UNDO]


@st.composite
def plans(draw: st.DrawFn) -> tuple[StagePlan, ...]:
    count = draw(st.integers(1, 5))
    return tuple(
        StagePlan(
            f"k{i}",
            f"Stage {i}",
            draw(st.integers(0, 900)),
            warning_seconds=draw(st.integers(0, 200)),
            protected=draw(st.booleans()),
            at_zero=draw(st.sampled_from(["hold", "advance"])),
            chimes=draw(st.booleans()),
        )
        for i in range(count)
    )


@st.composite
def logs(
    draw: st.DrawFn, plan: Sequence[StagePlan], with_undo: bool
) -> tuple[list[RunEvent], datetime]:
    kinds = [*KINDS, EventKind.UNDO] if with_undo else KINDS
    moment = T0
    events = [RunEvent(0, EventKind.START, T0)] if draw(st.booleans()) else []
    for seq in range(len(events), draw(st.integers(0, 25))):
        moment += timedelta(milliseconds=draw(st.integers(0, 400_000)))
        kind = draw(st.sampled_from(kinds))
        fields: dict[str, object] = {}
        if kind is EventKind.ADJUST:
            fields["seconds"] = draw(st.integers(-400, 400))
        elif kind is EventKind.LATE_START:
            fields["seconds"] = draw(st.integers(0, 600))
        elif kind is EventKind.JUMP:
            fields["stage"] = draw(st.integers(-1, len(plan)))
        elif kind is EventKind.MESSAGE_SHOW:
            fields["text"] = draw(st.sampled_from(["休憩", "再開"]))
        elif kind is EventKind.APPLY_ADAPTIVE:
            size = draw(st.sampled_from([len(plan), len(plan), len(plan) + 1]))
            fields["plan"] = tuple(
                draw(st.lists(st.integers(0, 900), min_size=size, max_size=size))
            )
        events.append(RunEvent(seq, kind, moment, **fields))  # type: ignore[arg-type]
    later = moment + timedelta(milliseconds=draw(st.integers(0, 2_000_000)))
    return events, later


PROPERTY = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

"""The live run clock: its actions, ticks and bells, a restart from the stored log, and the
injected "now" that follows the monotonic clock (``app.run_clock``); no sleeping."""

from __future__ import annotations

import random
import time
from datetime import UTC, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.run_clock import RunClock, monotonic_utc_clock
from app.run_events import EventKind, StagePlan
from app.run_fold import crossings, fold, planned_vs_actual
from app.run_state import Bell, Crossing, Phase
from tests.helpers.run_logs import (
    PLAN,
    PROPERTY,
    T0,
    FakeClock,
    at,
    logs,
    make,
    one_stage,
    plans,
    run_to,
)

# -- operator actions ----------------------------------------------------------------------


def test_toggle_starts_pauses_and_resumes() -> None:
    run, clock = make()
    kinds = []
    for _ in range(3):
        kinds.append(run.toggle().kind)
        clock.advance(10)
    assert kinds == [EventKind.START, EventKind.PAUSE, EventKind.RESUME]
    assert run.state().elapsed_seconds == 20


# -- ticks and bells -----------------------------------------------------------------------


def test_each_bell_rings_exactly_once_across_irregular_ticks() -> None:
    run, clock = make()
    rng = random.Random(20250602)
    script = {
        0: run.start,
        240: run.pause,  # exactly at the warning mark: rings once, not again on resume
        300: run.resume,
        700: run.next,  # stage 0 in overtime by 100 s
        1500: lambda: run.adjust(-300),  # an edit crosses the warning mark silently
        1700: lambda: run.adjust(400),  # back above the mark: the next pass rings again
        2500: run.next,
        3800: lambda: run.jump(5),  # the closing stage has chimes off
        4200: run.finish,
    }
    rung: list[Crossing] = []
    run.tick()
    done = set()
    while clock.now < at(4300):
        clock.advance(rng.choice([0.05, 0.3, 0.9, 1.0, 1.0, 1.7, 4.2]))
        for second, action in script.items():
            if second not in done and clock.now >= at(second):
                clock.now, saved = at(second), clock.now
                action()
                clock.now = saved
                done.add(second)
        rung.extend(run.tick()[1])
    assert rung == crossings(run.plan, run.events, T0, at(4300))
    assert [(c.bell, c.stage, (c.at - T0).total_seconds()) for c in rung] == [
        (Bell.WARNING, 0, 240),
        (Bell.ZERO, 0, 360),
        (Bell.OVERTIME, 0, 420),
        # Stage 1 has 100 s left after the edit at 1500 s ...
        (Bell.ZERO, 1, 1600),
        (Bell.OVERTIME, 1, 1660),
        # ... and 300 s after the one at 1700 s: the marks are passed again.
        (Bell.WARNING, 1, 1880),
        (Bell.ZERO, 1, 2000),
        (Bell.OVERTIME, 1, 2060),
        (Bell.WARNING, 2, 2500 + 1080),
        (Bell.ZERO, 2, 2500 + 1200),
        (Bell.OVERTIME, 2, 2500 + 1260),
    ]


def test_first_tick_rings_nothing_after_a_restart() -> None:
    run, clock = make(one_stage())
    run.start()
    clock.set(1000)
    reopened = RunClock(run.plan, run.events, now=clock)
    assert reopened.tick()[1] == []
    clock.set(1000 + 3600)
    assert reopened.tick()[1] == []


# -- now, and a restart --------------------------------------------------------------------


def test_monotonic_utc_clock_follows_the_monotonic_clock_not_the_wall() -> None:
    """Small wall-clock steps and any step back are ignored; the monotonic clock rules."""
    walls = iter([T0, T0 + timedelta(seconds=4), T0 - timedelta(hours=1)])
    ticks = iter([1_000_000_000, 3_500_000_000, 5_000_000_000])
    now = monotonic_utc_clock(wall=lambda: next(walls), monotonic_ns=lambda: next(ticks))
    assert now() == T0 + timedelta(seconds=2.5)  # NTP nudged the wall 1.5 s ahead: ignored
    assert now() == T0 + timedelta(seconds=4)  # the wall went back an hour: ignored
    real = monotonic_utc_clock()
    first, second = real(), real()
    assert first.tzinfo is UTC and second >= first


def test_monotonic_utc_clock_counts_a_sleeping_laptop() -> None:
    """Where the monotonic clock stops during suspend, a wall clock far ahead means the lid
    was closed: the run counts the break, as the room did."""
    walls = iter([T0, T0 + timedelta(minutes=45, seconds=3), T0 + timedelta(minutes=45, seconds=5)])
    ticks = iter([0, 3_000_000_000, 5_000_000_000])  # only 3 s of monotonic time passed
    now = monotonic_utc_clock(wall=lambda: next(walls), monotonic_ns=lambda: next(ticks))
    assert now() == T0 + timedelta(minutes=45, seconds=3)
    assert now() == T0 + timedelta(minutes=45, seconds=5)  # and follows the monotonic clock on


def test_a_stored_log_restores_the_run() -> None:
    run, clock = make()
    run.start()
    clock.set(100)
    run.adjust(60)
    run.next()
    clock.set(150)
    run.undo()
    clock.set(400)
    reopened = RunClock(PLAN, list(reversed(run.events)), now=clock)
    assert reopened.state() == run.state() == fold(PLAN, run.events, clock.now)
    assert reopened.undo().seq == len(run.events)


# -- a whole workshop ----------------------------------------------------------------------


def test_a_whole_workshop() -> None:
    run, clock = make()
    clock.set(-30)
    run.show_message("まもなく始まります")
    clock.set(0)
    run.late_start(180)  # the room was booked from 9:57
    run.hide_message()
    run.start()
    state = run.state()
    assert (state.current, state.phase, state.display, state.ahead_behind_seconds) == (
        0,
        Phase.CALM,
        "05:00",
        180,
    )
    assert run_to(clock, run, 240).phase is Phase.WARNING  # intro warns at 60 s
    assert run_to(clock, run, 270).phase is Phase.FINAL
    assert run_to(clock, run, 330).display == "+00:30"
    run.next()
    clock.set(400)
    run.adjust(300)  # the discussion is good: five more minutes
    clock.set(500)
    run.pause()  # a fire drill
    state = run_to(clock, run, 800)
    assert state.paused and state.remaining_seconds == 1200 + 300 - 170
    run.resume()
    run.blackout()
    clock.set(820)
    run.blackout(False)
    clock.set(2000)
    run.next()
    run.next()  # a misclick ...
    clock.set(2003)
    run.undo()  # ... taken back
    state = run.state()
    assert (state.current, state.elapsed_seconds) == (2, 3)
    assert state.stages[1].actual_seconds == 170 + 1200
    suggestion = run.suggest_adaptive()
    assert suggestion is not None and suggestion.plan[2] == 1200  # "words" is protected
    run.apply_adaptive(suggestion)
    assert run.state().ahead_behind_seconds == pytest.approx(0, abs=1)
    clock.set(3200)
    run.back()  # one more question on stage 1
    clock.set(3260)
    run.jump(2)
    state = run.state()
    assert (state.current, state.elapsed_seconds, state.phase) == (2, 1200, Phase.FINAL)
    clock.set(3263)
    run.next()
    clock.set(3263 + suggestion.plan[3])
    run.next()
    clock.set(3263 + suggestion.plan[3] + suggestion.plan[4] + 5)
    run.next()
    clock.set(3263 + suggestion.plan[3] + suggestion.plan[4] + 5 + 200)
    run.finish()
    final = run.state()
    assert final.finished and final.phase is Phase.FINISHED
    assert final.running_seconds == pytest.approx(sum(r.actual_seconds for r in final.stages))
    assert final.running_seconds + final.paused_seconds == final.workshop_elapsed_seconds
    assert [r.key for r in planned_vs_actual(final)] == [s.key for s in PLAN]
    assert final == fold(PLAN, run.events, clock.now)


# -- speed ---------------------------------------------------------------------------------


SIM_PLAN = tuple(
    StagePlan(f"s{i}", f"Stage {i}", seconds, at_zero="advance" if i % 3 == 2 else "hold")
    for i, seconds in enumerate([300, 1200, 1200, 900, 1200, 900, 900, 600])
)


def test_a_120_minute_workshop_ticked_every_second_takes_well_under_2_s() -> None:
    assert sum(s.planned_seconds for s in SIM_PLAN) == 7200
    clock = FakeClock()
    run = RunClock(SIM_PLAN, now=clock)
    # About 100 events: every kind, spread over the two hours.
    actions = [
        run.start,
        lambda: run.adjust(30),
        run.pause,
        run.resume,
        lambda: run.show_message("5分休憩"),
        run.hide_message,
        run.next,
        run.undo,
    ]
    started = time.perf_counter()
    rung = 0
    for second in range(7200):
        clock.set(second)
        if second % 72 == 0:
            actions[(second // 72) % len(actions)]()
        state, bells = run.tick()
        rung += len(bells)
        assert state.display
    elapsed = time.perf_counter() - started
    assert 90 <= len(run.events) <= 110
    assert elapsed < 2.0, f"{elapsed:.2f} s"
    assert run.state() == fold(SIM_PLAN, run.events, clock.now)
    assert rung > 0


# -- properties ----------------------------------------------------------------------------


@PROPERTY
@given(data=st.data())
def test_the_incremental_clock_always_equals_the_fold(data: st.DataObject) -> None:
    plan = data.draw(plans())
    events, later = data.draw(logs(plan, with_undo=True))
    clock = FakeClock()
    run = RunClock(plan, now=clock)
    for event in events:
        clock.now = event.at
        fields = {"seconds": event.seconds, "stage": event.stage, "text": event.text}
        run._append(event.kind, plan=event.plan, **fields)
        assert run.state() == fold(plan, run.events, clock.now)
    # Repaints between and after the events use the cached records: still equal to the fold.
    reads = data.draw(st.lists(st.integers(0, 3_000_000), max_size=8))
    for offset in sorted(reads):
        clock.now = T0 + timedelta(milliseconds=offset)
        assert run.state() == fold(plan, events, clock.now)
    clock.now = later
    assert run.state() == fold(plan, events, later)

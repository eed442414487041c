"""The run clock: a fold of the operator's event log, read with an injected clock (no sleeping)."""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.run_adaptive import AdaptiveSuggestion, suggest_adaptive
from app.run_clock import RunClock, monotonic_utc_clock
from app.run_events import EventKind, RunEvent, StagePlan
from app.run_fold import crossings, fold, planned_vs_actual
from app.run_state import Bell, Crossing, Phase, RunState, format_clock
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
TOTAL = sum(s.planned_seconds for s in PLAN)


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


# -- phases and display --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("elapsed", "phase", "display"),
    [
        (0, Phase.CALM, "10:00"),
        (0.5, Phase.CALM, "10:00"),
        (1, Phase.CALM, "09:59"),
        (479.5, Phase.CALM, "02:01"),
        (480, Phase.WARNING, "02:00"),
        (569.9, Phase.WARNING, "00:31"),
        (570, Phase.FINAL, "00:30"),
        (599.2, Phase.FINAL, "00:01"),
        (600, Phase.FINAL, "00:00"),
        (600.4, Phase.OVERTIME, "+00:00"),
        (601, Phase.OVERTIME, "+00:01"),
        (683, Phase.OVERTIME, "+01:23"),
    ],
)
def test_phases_and_display_through_a_stage(elapsed: float, phase: Phase, display: str) -> None:
    run, clock = make(one_stage())
    run.start()
    state = run_to(clock, run, elapsed)
    assert state.phase is phase
    assert state.display == display
    assert state.remaining_seconds == pytest.approx(600 - elapsed)
    assert state.overtime_seconds == pytest.approx(max(0.0, elapsed - 600))
    assert state.elapsed_seconds == pytest.approx(elapsed)


def test_short_warning_goes_straight_from_calm_to_final() -> None:
    run, clock = make(one_stage(warning_seconds=20))
    run.start()
    seen = [run_to(clock, run, s / 2).phase for s in range(0, 1300)]
    assert Phase.WARNING not in seen
    assert seen[569 * 2] is Phase.CALM
    assert seen[570 * 2] is Phase.FINAL


def test_before_start_the_projector_shows_the_first_stage() -> None:
    run, clock = make()
    clock.set(42)
    state = run.state()
    assert (state.started, state.current, state.phase) == (False, None, Phase.NOT_STARTED)
    assert state.display == "05:00"
    assert state.planned_end is None and state.ahead_behind_seconds is None
    assert state.projected_end == at(42 + TOTAL)
    assert not state.can_undo


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00"),
        (-0.0, "00:00"),
        (0.2, "00:01"),
        (59.2, "01:00"),
        (60, "01:00"),
        (60.000001, "01:01"),
        (59.00000000001, "00:59"),  # float noise does not flip a second early
        (754, "12:34"),
        (3599.5, "1:00:00"),
        (3723, "1:02:03"),
        (36000, "10:00:00"),
        (-0.4, "+00:00"),
        (-1, "+00:01"),
        (-83.9, "+01:23"),
        (-3723.5, "+1:02:03"),
        (float("nan"), "--:--"),
        (float("-inf"), "--:--"),
    ],
)
def test_format_clock(seconds: float, text: str) -> None:
    assert format_clock(seconds) == text


# -- operator actions ----------------------------------------------------------------------


def test_pause_and_resume_stop_the_stage_clock() -> None:
    run, clock = make()
    run.start()
    clock.set(100)
    run.pause()
    clock.set(600)
    state = run.state()
    assert state.paused and state.elapsed_seconds == 100 and state.remaining_seconds == 200
    assert state.phase is Phase.CALM  # paused is a flag, not a phase
    assert state.ahead_behind_seconds == 500  # the pause pushes the end out
    ignored = run.pause()  # pausing twice changes nothing
    clock.set(700)
    run.resume()
    clock.set(750)
    ignored_resume = run.resume()
    state = run.state()
    assert not state.paused
    assert state.elapsed_seconds == 150
    assert state.paused_seconds == 600
    assert state.workshop_elapsed_seconds == 750
    assert state.running_seconds == 150
    assert state.ignored == (ignored.seq, ignored_resume.seq)


def test_adjust_adds_and_takes_time_on_the_current_stage_only() -> None:
    run, clock = make()
    run.start()
    clock.set(60)
    run.adjust(120)
    run.adjust(-30)
    zero = run.adjust(0)
    state = run.state()
    assert state.adjustment_seconds == 90
    assert state.remaining_seconds == 300 + 90 - 60
    assert state.ignored == (zero.seq,)
    run.next()
    state = run.state()
    assert state.adjustment_seconds == 0
    assert state.stages[0].adjustment_seconds == 90
    assert state.stages[0].remaining_seconds == 330


def test_next_back_and_jump_keep_each_stages_time() -> None:
    run, clock = make()
    run.start()
    clock.set(10)
    first_back = run.back()  # nothing before the first stage
    clock.set(200)
    run.next()
    clock.set(500)
    run.back()  # stage 0 carries on from 200 s
    state = run.state()
    assert (state.current, state.elapsed_seconds, state.remaining_seconds) == (0, 200, 100)
    clock.set(550)
    assert run.state().elapsed_seconds == 250
    run.next()
    clock.set(600)
    state = run.state()
    assert (state.current, state.elapsed_seconds) == (1, 350)
    out_of_range = run.jump(99)
    same = run.jump(1)
    run.jump(4)  # skip stages 2 and 3
    clock.set(700)
    run.jump(5)
    last_next = run.next()  # nothing after the last stage
    state = run.state()
    assert state.current == 5
    assert [r.visited for r in state.stages] == [True, True, False, False, True, True]
    assert state.stages[0].started_at == T0 and state.stages[0].ended_at == at(550)
    assert state.stages[1].started_at == at(200) and state.stages[1].ended_at == at(600)
    assert state.stages[5].ended_at is None  # still running
    assert state.ignored == tuple(e.seq for e in (first_back, out_of_range, same, last_next))
    # Skipped stages are not "later" work any more; later unvisited ones are.
    assert state.projected_end == at(700 + 300)


def test_changing_stage_while_paused_stays_paused() -> None:
    run, clock = make()
    run.start()
    clock.set(30)
    run.pause()
    clock.set(90)
    run.next()
    clock.set(150)
    state = run.state()
    assert (state.current, state.paused, state.elapsed_seconds) == (1, True, 0)
    run.resume()
    clock.set(160)
    assert run.state().elapsed_seconds == 10
    assert run.state().stages[0].actual_seconds == 30


def test_events_before_start_only_set_up_the_projector() -> None:
    run, clock = make()
    run.pause()
    run.next()
    run.adjust(60)
    run.finish()
    run.late_start(120)
    run.show_message("まもなく始まります")
    run.blackout()
    state = run.state()
    assert not state.started
    assert state.ignored == (0, 1, 2, 3)
    assert (state.late_seconds, state.message, state.blackout) == (120, "まもなく始まります", True)
    clock.set(5)
    run.start()
    assert run.state().scheduled_start == at(5 - 120)


def test_after_finish_only_the_projector_changes() -> None:
    run, clock = make()
    run.start()
    clock.set(320)
    run.next()
    clock.set(400)
    run.pause()
    clock.set(460)
    run.finish()
    clock.set(900)
    for action in (run.next, run.resume, run.start, run.finish):
        action()
    run.show_message("おつかれさまでした")
    state = run.state()
    assert (state.finished, state.current, state.phase, state.paused) == (
        True,
        None,
        Phase.FINISHED,
        False,
    )
    assert state.message == "おつかれさまでした"
    assert state.workshop_elapsed_seconds == 460
    assert state.paused_seconds == 60
    assert state.stages[1].actual_seconds == 80
    assert state.stages[1].ended_at == at(460)
    assert state.projected_end == at(460)
    assert state.ahead_behind_seconds == 460 - TOTAL


def test_late_start_moves_the_scheduled_start_back() -> None:
    run, clock = make()
    clock.set(600)
    run.start()
    run.late_start(120)
    run.late_start(300)  # the last one counts
    state = run.state()
    assert state.scheduled_start == at(300)
    assert state.planned_end == at(300 + TOTAL)
    assert state.projected_end == at(600 + TOTAL)
    assert state.ahead_behind_seconds == 300


def test_toggle_starts_pauses_and_resumes() -> None:
    run, clock = make()
    kinds = []
    for _ in range(3):
        kinds.append(run.toggle().kind)
        clock.advance(10)
    assert kinds == [EventKind.START, EventKind.PAUSE, EventKind.RESUME]
    assert run.state().elapsed_seconds == 20


# -- undo ------------------------------------------------------------------------------------


def test_undo_next_gives_the_time_back_to_the_stage() -> None:
    run, clock = make()
    run.start()
    clock.set(100)
    nxt = run.next()
    clock.set(130)
    run.undo()
    state = run.state()
    assert (state.current, state.elapsed_seconds) == (0, 130)
    assert not state.stages[1].visited
    assert state.undone == (nxt.seq,)


def test_undo_pause_means_the_clock_ran_all_along() -> None:
    run, clock = make()
    run.start()
    clock.set(100)
    run.pause()
    clock.set(400)
    run.undo()
    clock.set(410)
    state = run.state()
    assert not state.paused and state.elapsed_seconds == 410 and state.paused_seconds == 0


def test_consecutive_undos_peel_back_and_skip_no_ops() -> None:
    run, clock = make()
    run.start()
    clock.set(10)
    run.adjust(60)
    run.show_message("休憩は10分です")
    run.blackout()
    run.pause()
    run.pause()  # a no-op: UNDO skips it
    clock.set(20)
    run.next()
    clock.set(40)
    for _ in range(3):
        run.undo()
    state = run.state()
    # NEXT, PAUSE and BLACKOUT are cancelled; the message and the adjustment stand.
    assert (state.current, state.paused, state.blackout) == (0, False, False)
    assert state.message == "休憩は10分です" and state.adjustment_seconds == 60
    assert state.elapsed_seconds == 40
    run.undo()
    run.undo()
    state = run.state()
    assert state.message is None and state.adjustment_seconds == 0
    run.undo()  # START
    state = run.state()
    assert not state.started and not state.can_undo
    nothing = run.undo()
    assert nothing.seq in run.state().ignored


def test_undo_after_a_new_action_cancels_only_that() -> None:
    run, clock = make()
    run.start()
    clock.set(50)
    first = run.adjust(30)
    run.undo()
    second = run.adjust(-20)
    run.undo()
    state = run.state()
    assert state.adjustment_seconds == 0
    assert state.undone == (first.seq, second.seq)
    assert state.can_undo  # START is still in force


# -- at zero: hold or advance ----------------------------------------------------------------

ADVANCE_PLAN = (
    StagePlan("a", "A", 300, at_zero="advance"),
    StagePlan("b", "B", 600),
    StagePlan("c", "C", 300, at_zero="advance"),
)


def test_advance_moves_on_at_the_exact_instant_of_zero() -> None:
    run, clock = make(ADVANCE_PLAN)
    run.start()
    assert run_to(clock, run, 299.999).current == 0
    state = run_to(clock, run, 300)
    assert (state.current, state.elapsed_seconds, state.phase) == (1, 0, Phase.CALM)
    state = run_to(clock, run, 1000)
    assert (state.current, state.elapsed_seconds, state.phase) == (1, 700, Phase.OVERTIME)
    assert state.stages[0].actual_seconds == 300
    assert state.stages[0].ended_at == at(300) == state.stages[1].started_at
    assert state.stages[0].overtime_seconds == 0
    run.next()
    # An "advance" last stage holds: only FINISH ends the run.
    state = run_to(clock, run, 1000 + 310)
    assert (state.current, state.remaining_seconds) == (2, -10)


def test_advance_waits_for_pauses_and_is_derived_not_logged() -> None:
    run, clock = make(ADVANCE_PLAN)
    run.start()
    clock.set(100)
    run.pause()
    clock.set(150)
    run.resume()
    assert run_to(clock, run, 349).current == 0
    state = run_to(clock, run, 400)
    assert (state.current, state.elapsed_seconds) == (1, 50)
    assert [e.kind for e in run.events] == [EventKind.START, EventKind.PAUSE, EventKind.RESUME]


def test_advance_when_an_adjust_uses_up_the_time() -> None:
    run, clock = make(ADVANCE_PLAN)
    run.start()
    clock.set(100)
    run.adjust(-250)
    state = run_to(clock, run, 130)
    assert (state.current, state.elapsed_seconds) == (1, 30)
    assert state.stages[0].remaining_seconds == -50


def test_back_into_a_used_up_advance_stage_holds_until_time_is_added() -> None:
    run, clock = make(ADVANCE_PLAN)
    run.start()
    clock.set(300 + 10)
    run.back()
    state = run_to(clock, run, 320)
    assert (state.current, state.remaining_seconds, state.phase) == (0, -10, Phase.OVERTIME)
    run.adjust(60)  # 50 s left: armed again
    assert run_to(clock, run, 369).current == 0
    state = run_to(clock, run, 400)
    assert (state.current, state.elapsed_seconds) == (1, 10 + 30)


def test_a_zero_length_advance_stage_is_passed_through() -> None:
    plan = (
        StagePlan("a", "A", 60, at_zero="advance"),
        StagePlan("gap", "Gap", 0, at_zero="advance"),
        StagePlan("b", "B", 60),
    )
    run, clock = make(plan)
    run.start()
    state = run_to(clock, run, 70)
    assert (state.current, state.elapsed_seconds) == (2, 10)
    assert state.stages[1].visited and not state.stages[1].counted


def test_hold_counts_overtime_up() -> None:
    run, clock = make(one_stage())
    run.start()
    state = run_to(clock, run, 725)
    assert (state.current, state.phase, state.display) == (0, Phase.OVERTIME, "+02:05")
    assert state.stages[0].overtime_seconds == 125


# -- bells -----------------------------------------------------------------------------------


def test_bells_ring_at_the_exact_marks_in_half_open_windows() -> None:
    run, clock = make(one_stage())
    run.start()
    clock.set(2000)
    expected = [
        Crossing(Bell.WARNING, 0, "only", at(480)),
        Crossing(Bell.ZERO, 0, "only", at(600)),
        Crossing(Bell.OVERTIME, 0, "only", at(660)),
    ]
    assert run.crossings(T0, at(2000)) == expected
    assert [c.bells for c in expected] == [1, 2, 3]
    assert run.crossings(at(480), at(600)) == expected[1:2]  # (before, after]
    assert crossings(run.plan, run.events, at(479), at(480)) == expected[:1]


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


# -- adaptive plan ---------------------------------------------------------------------------


def test_adaptive_takes_the_overrun_from_later_unprotected_stages() -> None:
    run, clock = make()
    run.start()
    clock.set(900)  # 600 s into the intro's overtime
    state = run.state()
    assert state.ahead_behind_seconds == 600
    suggestion = run.suggest_adaptive()
    assert suggestion is not None
    # 1200 : 900 : 600 : 300 of 600 s.
    assert suggestion.plan == (300, 1200 - 240, 1200, 900 - 180, 600 - 120, 300 - 60)
    cuts = [p.planned_seconds - n for p, n in zip(PLAN, suggestion.plan, strict=True)]
    assert cuts[0] == 0 and cuts[2] == 0  # the current and the protected stage
    assert sum(cuts) == suggestion.recovered_seconds == 600
    weights = [1200, 900, 600, 300]
    for cut, weight in zip([cuts[1], cuts[3], cuts[4], cuts[5]], weights, strict=True):
        assert abs(cut - 600 * weight / sum(weights)) < 1
    assert suggestion.shortfall_seconds == 0
    assert suggestion.changed == (1, 3, 4, 5)

    run.apply_adaptive(suggestion)
    state = run.state()
    assert state.adaptive_applied and state.ahead_behind_seconds == 0
    assert [r.planned_seconds for r in state.stages] == list(suggestion.plan)
    assert [r.original_planned_seconds for r in state.stages] == [s.planned_seconds for s in PLAN]
    assert run.suggest_adaptive() is None  # not behind any more
    run.undo()
    assert run.state().ahead_behind_seconds == 600


def test_adaptive_respects_floors_and_reports_the_shortfall() -> None:
    run, clock = make()
    run.start()
    clock.set(300 + 3000)
    suggestion = run.suggest_adaptive()
    assert isinstance(suggestion, AdaptiveSuggestion)
    # Floors: max(60 s, half the plan) -> 600, 450, 300, 150: 1500 s is all there is.
    assert suggestion.plan == (300, 600, 1200, 450, 300, 150)
    assert suggestion.recovered_seconds == 1500
    assert suggestion.shortfall_seconds == 3000 - 1500


def test_adaptive_shares_what_a_floored_stage_cannot_give() -> None:
    plan = (
        StagePlan("now", "Now", 60),
        StagePlan("small", "Small", 100),  # floor 60 s: 40 s to give
        StagePlan("big", "Big", 1000),  # floor 500 s
    )
    run, clock = make(plan)
    run.start()
    clock.set(60 + 450)
    suggestion = run.suggest_adaptive()
    assert suggestion is not None
    # Proportional would take 40.9 s from "small"; it gives its 40 and "big" the other 410.
    assert suggestion.plan == (60, 60, 590)


def test_adaptive_hands_out_whole_seconds_by_largest_remainder() -> None:
    plan = (
        StagePlan("now", "Now", 60),
        StagePlan("x", "X", 600),
        StagePlan("y", "Y", 900),
        StagePlan("z", "Z", 1200),
    )
    run, clock = make(plan)
    run.start()
    clock.set(160)
    suggestion = run.suggest_adaptive()
    assert suggestion is not None
    # 100 s as 22.2 + 33.3 + 44.4: the leftover second goes to the largest remainder (44.4).
    assert suggestion.plan == (60, 600 - 22, 900 - 33, 1200 - 45)


def test_adaptive_leaves_visited_stages_alone_and_may_have_nothing_to_offer() -> None:
    plan = (StagePlan("a", "A", 600), StagePlan("b", "B", 600), StagePlan("c", "C", 60))
    run, clock = make(plan)
    assert suggest_adaptive(plan, run.state()) is None  # not started
    run.start()
    clock.set(100)
    assert run.suggest_adaptive() is None  # ahead of plan
    run.next()
    clock.set(110)
    run.back()
    clock.set(2000)
    # "b" was entered already and "c" is at its 60 s floor.
    assert run.suggest_adaptive() is None
    with pytest.raises(ValueError, match="stages"):
        suggest_adaptive(plan[:2], run.state())


def test_a_plan_of_the_wrong_length_is_ignored() -> None:
    run, _ = make()
    run.start()
    bad = run.apply_adaptive([60, 60])
    state = run.state()
    assert bad.seq in state.ignored and not state.adaptive_applied


# -- planned vs actual -----------------------------------------------------------------------


def test_planned_vs_actual_leaves_out_misclicks() -> None:
    run, clock = make()
    run.start()
    clock.set(310)
    run.next()
    clock.set(1310)
    run.next()
    clock.set(1315)  # 5 s on "words": a double-click on NEXT
    run.jump(3)
    clock.set(1315 + 960)
    run.pause()
    clock.set(1315 + 2000)
    run.finish()
    rows = planned_vs_actual(run.state())
    assert [(r.key, r.planned_seconds, r.actual_seconds, r.overtime_seconds) for r in rows] == [
        ("intro", 300, 310, 10),
        ("stock", 1200, 1000, 0),
        ("target", 900, 960, 60),
    ]
    assert not run.state().stages[2].counted and run.state().stages[2].visited


def test_overtime_in_the_report_counts_from_the_adjusted_target() -> None:
    run, clock = make()
    run.start()
    run.adjust(120)
    clock.set(450)
    run.finish()
    (row,) = planned_vs_actual(run.state())
    assert (row.planned_seconds, row.target_seconds, row.overtime_seconds) == (300, 420, 30)


# -- input checks, order and time ------------------------------------------------------------


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


def test_fold_takes_events_by_seq_and_never_runs_time_backwards() -> None:
    events = [
        RunEvent(1, EventKind.NEXT, at(100)),
        RunEvent(0, EventKind.START, at(0)),
        RunEvent(2, EventKind.BACK, at(50)),  # stamped before NEXT: counts at 100 s
    ]
    state = fold(PLAN, events, at(130))
    assert (state.current, state.elapsed_seconds, state.stages[1].actual_seconds) == (0, 130, 0)
    early = fold(PLAN, events, at(20))  # read before the last event: read at it
    assert early.now == at(100) and early.elapsed_seconds == 100


def test_an_empty_plan_never_starts() -> None:
    run, _ = make(())
    run.start()
    state = run.state()
    assert (state.started, state.remaining_seconds, state.display) == (False, 0.0, "00:00")


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


# -- a whole workshop ------------------------------------------------------------------------


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


# -- speed -----------------------------------------------------------------------------------

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


# -- properties ------------------------------------------------------------------------------

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


def _without_log_fields(state: RunState) -> RunState:
    return dataclasses.replace(state, undone=(), ignored=())


PROPERTY = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@PROPERTY
@given(data=st.data())
def test_remaining_plus_elapsed_is_planned_plus_adjustments(data: st.DataObject) -> None:
    plan = data.draw(plans())
    events, later = data.draw(logs(plan, with_undo=False))
    state = fold(plan, events, later)
    for rec in state.stages:
        assert rec.remaining_seconds + rec.actual_seconds == pytest.approx(
            rec.planned_seconds + rec.adjustment_seconds
        )
        assert rec.actual_seconds >= 0
    if state.current is not None:
        assert state.remaining_seconds + state.elapsed_seconds == pytest.approx(
            state.planned_seconds + state.adjustment_seconds
        )
    assert state.running_seconds == pytest.approx(sum(r.actual_seconds for r in state.stages))


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


@PROPERTY
@given(data=st.data())
def test_undo_puts_the_run_back_as_before_the_event_it_cancels(data: st.DataObject) -> None:
    plan = data.draw(plans())
    events, later = data.draw(logs(plan, with_undo=True))
    undo = RunEvent(len(events), EventKind.UNDO, events[-1].at if events else T0)
    before = fold(plan, events, later)
    after = fold(plan, [*events, undo], later)
    if not before.can_undo:
        assert after == dataclasses.replace(before, ignored=(*before.ignored, undo.seq))
        return
    cancelled = after.undone[-1]
    prefix = [e for e in events if e.seq < cancelled]
    assert _without_log_fields(after) == _without_log_fields(fold(plan, prefix, later))


@PROPERTY
@given(data=st.data())
def test_bells_are_the_same_however_the_time_is_sliced(data: st.DataObject) -> None:
    plan = data.draw(plans())
    events, later = data.draw(logs(plan, with_undo=True))
    cuts = sorted(data.draw(st.lists(st.integers(0, 3_000_000), max_size=12)))
    edges = [T0, *(T0 + timedelta(milliseconds=c) for c in cuts), later + timedelta(hours=1)]
    whole = crossings(plan, events, edges[0], edges[-1])
    sliced = [c for a, b in pairwise(edges) for c in crossings(plan, events, a, b)]
    assert sliced == whole
    assert len(set(whole)) == len(whole)
    for crossing in whole:
        assert plan[crossing.stage].chimes

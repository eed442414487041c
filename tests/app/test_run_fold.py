"""The rules of the fold, one by one: a run's event log read at any instant, its bells, and
planned vs actual (``app.run_fold``, replayed by ``app.run_replay``). Most logs are written
through a :class:`app.run_clock.RunClock`, which folds them the same way; no sleeping."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.run_events import EventKind, RunEvent, StagePlan
from app.run_fold import crossings, fold, planned_vs_actual
from app.run_state import Bell, Crossing, Phase, RunState
from tests.helpers.run_logs import PLAN, PROPERTY, T0, at, logs, make, one_stage, plans, run_to

TOTAL = sum(s.planned_seconds for s in PLAN)


# -- phases --------------------------------------------------------------------------------


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


def test_a_plan_of_the_wrong_length_is_ignored() -> None:
    run, _ = make()
    run.start()
    bad = run.apply_adaptive([60, 60])
    state = run.state()
    assert bad.seq in state.ignored and not state.adaptive_applied


def test_an_empty_plan_never_starts() -> None:
    run, _ = make(())
    run.start()
    state = run.state()
    assert (state.started, state.remaining_seconds, state.display) == (False, 0.0, "00:00")


# -- undo ----------------------------------------------------------------------------------


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


# -- at zero: hold or advance --------------------------------------------------------------


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


# -- bells ---------------------------------------------------------------------------------


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


# -- planned vs actual ---------------------------------------------------------------------


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


# -- order and time ------------------------------------------------------------------------


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


# -- properties ----------------------------------------------------------------------------


def _without_log_fields(state: RunState) -> RunState:
    return dataclasses.replace(state, undone=(), ignored=())


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

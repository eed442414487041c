"""The adaptive plan: what it takes from which stages to win back an overrun
(``app.run_adaptive``)."""

from __future__ import annotations

import pytest

from app.run_adaptive import AdaptiveSuggestion, suggest_adaptive
from app.run_events import StagePlan
from tests.helpers.run_logs import PLAN, make


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

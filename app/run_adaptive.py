"""The adaptive plan: shorter later stages, suggested to win back a run's overrun.

:func:`suggest_adaptive` reads a folded run and proposes an :class:`AdaptiveSuggestion`; the
operator puts it in force with an APPLY_ADAPTIVE event
(:meth:`app.run_clock.RunClock.apply_adaptive`), and the fold runs the later stages to it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from app.run_events import StagePlan
from app.run_state import RunState

__all__ = ["AdaptiveSuggestion", "suggest_adaptive"]

ADAPTIVE_FLOOR_SECONDS = 60
ADAPTIVE_FLOOR_RATIO = Fraction(1, 2)
"""The adaptive suggestion leaves every stage at least max(60 s, half its original plan)."""


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

"""What the projector may show, and nothing else.

The projector window is built from a :class:`ProjectorFrame` only. A frame is made from the
agenda and the run state — stage titles, instructions, prompts, the clock, the operator's
message, group names — and has no field that could hold a participant's answer. That is the
privacy rule by construction: no code path can put a worksheet on the projector, because the
projector does not accept anything that carries one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.run_state import Phase, RunState
from app.stage_kinds import CORE_KINDS


class StripState(StrEnum):
    DONE = "done"
    CURRENT = "current"
    TODO = "todo"


@dataclass(frozen=True)
class StripItem:
    """One stage in the strip along the bottom of the projector."""

    title: str
    state: StripState


@dataclass(frozen=True)
class AgendaStage:
    """The room-facing texts of one stage (copied from the agenda, never from a worksheet)."""

    kind: str
    title: str
    instructions: str
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class GroupCard:
    """A group on the group screen: a label and the members' display names only."""

    label: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class ProjectorFrame:
    """Everything the projector paints for one instant."""

    number: str  # "2 / 4", or "" for a stage outside the four steps
    title: str
    clock: str  # "12:34", "+01:23"
    phase: Phase
    paused: bool
    instructions: str
    prompts: tuple[str, ...]
    strip: tuple[StripItem, ...]
    message: str | None = None
    blackout: bool = False
    groups: tuple[GroupCard, ...] = ()
    flash: bool = False  # a visual chime, when no sound can play


def stage_number(stages: Sequence[AgendaStage], index: int) -> str:
    """``"2 / 4"``: the four steps are counted among themselves when the agenda has them all;
    otherwise (a 1on1, a custom agenda) every stage is counted."""
    kinds = [s.kind for s in stages]
    if all(k in kinds for k in CORE_KINDS):
        if stages[index].kind not in CORE_KINDS:
            return ""
        core = [i for i, s in enumerate(stages) if s.kind in CORE_KINDS]
        return f"{core.index(index) + 1} / {len(core)}"
    return f"{index + 1} / {len(stages)}"


def make_frame(
    stages: Sequence[AgendaStage],
    state: RunState,
    groups: Sequence[GroupCard] = (),
    flash: bool = False,
) -> ProjectorFrame:
    """The frame for ``state``. Before the start it shows the first stage, waiting."""
    if not stages:
        return ProjectorFrame("", "", "--:--", state.phase, False, "", (), ())
    index = state.current if state.current is not None else 0
    if state.finished:
        index = len(stages) - 1
    stage = stages[index]
    strip = tuple(
        StripItem(
            s.title,
            StripState.CURRENT
            if i == index and not state.finished
            else StripState.DONE
            if i < index or state.finished
            else StripState.TODO,
        )
        for i, s in enumerate(stages)
    )
    return ProjectorFrame(
        number=stage_number(stages, index),
        title=stage.title,
        clock=state.display,
        phase=state.phase,
        paused=state.paused,
        instructions=stage.instructions,
        prompts=stage.prompts,
        strip=strip,
        message=state.message,
        blackout=state.blackout,
        groups=tuple(groups),
        flash=flash,
    )

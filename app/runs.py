"""A workshop's run, kept in the store as an append-only log of operator events.

Every operator action is written (``synchronous=FULL``) before the clock shows its effect, so
a crash — or a killed process — loses nothing: reopening replays the log, and the time that
passed while the app was down is counted, because the room kept working.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from app.db_types import utcnow
from app.models import RunEventRow, Workshop
from app.projector_frame import AgendaStage
from app.run_clock import RunClock, monotonic_utc_clock
from app.run_events import EventKind, RunEvent, StagePlan
from app.run_fold import fold
from app.run_state import RunState
from app.store import Store
from app.workshops import WorkshopDetail, get_workshop


def plan_for(detail: WorkshopDetail) -> list[StagePlan]:
    """The run clock's plan from the workshop's agenda."""
    return [
        StagePlan(
            key=str(stage.id),
            title=stage.title,
            planned_seconds=stage.planned_seconds,
            warning_seconds=stage.warning_seconds,
            protected=stage.protected,
            at_zero=stage.at_zero,
            chimes=stage.chimes,
        )
        for stage in detail.stages
    ]


def agenda_for(detail: WorkshopDetail) -> list[AgendaStage]:
    """The room-facing texts of the agenda (what the projector may show)."""
    return [AgendaStage(s.kind, s.title, s.instructions, tuple(s.prompts)) for s in detail.stages]


def _to_event(row: RunEventRow) -> RunEvent:
    return RunEvent(
        seq=row.seq,
        kind=EventKind(row.kind),
        at=row.at,
        seconds=row.seconds,
        stage=row.stage,
        text=row.text,
        plan=tuple(row.plan) if row.plan is not None else None,
    )


def load_events(store: Store, workshop_id: uuid.UUID) -> list[RunEvent]:
    """The stored log, in order."""
    with store.session() as session:
        rows = session.exec(
            select(RunEventRow)
            .where(RunEventRow.workshop_id == workshop_id)
            .order_by(col(RunEventRow.seq))
        ).all()
    return [_to_event(row) for row in rows]


def save_event(store: Store, workshop_id: uuid.UUID, event: RunEvent) -> None:
    """Append one event (and keep the workshop's status in step with the run)."""
    with store.session() as session:
        session.add(
            RunEventRow(
                workshop_id=workshop_id,
                seq=event.seq,
                kind=str(event.kind),
                at=event.at,
                seconds=event.seconds,
                stage=event.stage,
                text=event.text,
                plan=list(event.plan) if event.plan is not None else None,
            )
        )
        status = {EventKind.START: "running", EventKind.FINISH: "finished"}.get(event.kind)
        if status:
            workshop = session.get(Workshop, workshop_id)
            if workshop is not None:
                workshop.status = status
                session.add(workshop)


def clear_run(store: Store, workshop_id: uuid.UUID) -> None:
    """Forget a run (to rehearse again); the caller has asked for confirmation."""
    with store.session() as session:
        for row in session.exec(
            select(RunEventRow).where(RunEventRow.workshop_id == workshop_id)
        ).all():
            session.delete(row)
        workshop = session.get(Workshop, workshop_id)
        if workshop is not None:
            workshop.status = "planned"
            session.add(workshop)


class RunSession:
    """The clock of one workshop with every action persisted before it takes effect."""

    def __init__(
        self,
        store: Store,
        workshop_id: uuid.UUID,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.workshop_id = workshop_id
        self.detail = get_workshop(store, workshop_id)
        self.agenda = agenda_for(self.detail)
        self._now = now or monotonic_utc_clock()
        self.clock = RunClock(plan_for(self.detail), load_events(store, workshop_id), self._now)
        state = self.clock.state()
        #: The app reopened a run that was in progress: the facilitator is told so.
        self.resumed = state.started and not state.finished

    def act(self, action: str, *args: Any) -> RunEvent:
        """Do one operator action (a :class:`RunClock` method name) and store it.

        If the store refuses the event, the clock is rebuilt without it, so screen and store
        never disagree, and the error goes to the caller.
        """
        event: RunEvent = getattr(self.clock, action)(*args)
        try:
            save_event(self.store, self.workshop_id, event)
        except BaseException:
            self.clock = RunClock(self.clock.plan, self.clock.events[:-1], self._now)
            raise
        return event

    def state(self) -> RunState:
        return self.clock.state()


@dataclass(frozen=True)
class RunStatus:
    """What ``ippo status`` prints: the run as the store has it, read at ``now``."""

    workshop_id: uuid.UUID
    title: str
    state: RunState
    stage_title: str | None

    def as_json(self) -> dict[str, Any]:
        s = self.state
        return {
            "workshop": str(self.workshop_id),
            "title": self.title,
            "started": s.started,
            "finished": s.finished,
            "paused": s.paused,
            "stage_index": s.current,
            "stage": self.stage_title,
            "phase": str(s.phase),
            "remaining_seconds": round(max(s.remaining_seconds, 0.0), 1),
            "overtime_seconds": round(s.overtime_seconds, 1),
            "display": s.display,
            "planned_end": s.planned_end.isoformat() if s.planned_end else None,
            "projected_end": s.projected_end.isoformat() if s.projected_end else None,
            "behind_seconds": round(s.ahead_behind_seconds, 1)
            if s.ahead_behind_seconds is not None
            else None,
            "read_at": s.now.isoformat(),
        }


def run_status(store: Store, workshop_id: uuid.UUID, now: datetime | None = None) -> RunStatus:
    """The run read from the store (works while the app runs, or after it died)."""
    detail = get_workshop(store, workshop_id)
    state = fold(plan_for(detail), load_events(store, workshop_id), now or utcnow())
    title = detail.stages[state.current].title if state.current is not None else None
    return RunStatus(workshop_id, detail.workshop.title, state, title)


def local_time(moment: datetime | None) -> str:
    """An instant as local wall-clock time, ``HH:MM``."""
    return moment.astimezone().strftime("%H:%M") if moment else "--:--"

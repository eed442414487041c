"""Workshops and their agendas: create from a template, list, show, edit, duplicate, delete.

Every function takes the store and returns detached objects (sessions are short and
``expire_on_commit=False``), so the UI can hold them without a session and never across threads.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from app.models import AT_ZERO_CHOICES, Participant, Stage, Workshop
from app.quick_view import WorkshopSummary, sort_summaries
from app.store import Store
from app.template_model import DEFAULT_WARNING_MINUTES, StageTemplate, WorkshopTemplate

EDITABLE_STAGE_FIELDS = frozenset(
    {
        "kind",
        "title",
        "planned_seconds",
        "instructions",
        "prompts",
        "warning_seconds",
        "protected",
        "at_zero",
        "chimes",
    }
)
EDITABLE_WORKSHOP_FIELDS = frozenset(
    {"title", "date", "venue", "facilitator", "language", "status", "notes", "retain_until"}
)


@dataclass(frozen=True)
class WorkshopDetail:
    """A workshop with its agenda and its people, in order."""

    workshop: Workshop
    stages: list[Stage] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)

    @property
    def planned_seconds(self) -> int:
        return sum(s.planned_seconds for s in self.stages)


def stage_from_template(stage: StageTemplate, language: str, position: int) -> Stage:
    """A new (unsaved) stage with the template's texts in ``language``."""
    lang = language if language in stage.title else "ja"
    return Stage(
        workshop_id=uuid.UUID(int=0),
        position=position,
        kind=stage.kind,
        title=stage.title[lang],
        planned_seconds=stage.planned_seconds,
        instructions=stage.instructions.get(lang, ""),
        prompts=list(stage.prompts.get(lang, ())),
        warning_seconds=stage.warning_seconds,
        protected=stage.protected,
        at_zero=stage.at_zero,
        chimes=stage.chimes,
    )


def create_workshop(
    store: Store,
    template: WorkshopTemplate,
    title: str,
    *,
    when: date | None = None,
    venue: str = "",
    facilitator: str = "",
    language: str = "ja",
    warning_seconds: int | None = None,
    chimes: bool = True,
) -> Workshop:
    """A new workshop whose agenda is a copy of ``template``'s stages.

    ``warning_seconds`` (the facilitator's default, from the settings) replaces the built-in
    default warning of the stages that use it; a warning the template sets for a stage on
    purpose stays, and no warning reaches half of its stage. ``chimes=False`` makes a quiet
    agenda (each stage can still be given its chimes back).
    """
    title = title.strip()
    if not title:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "A workshop needs a title."),
            QT_TRANSLATE_NOOP("Core", "Type a title, for example 「新任管理職研修」."),
        )
    workshop = Workshop(
        title=title,
        date=when,
        venue=venue.strip(),
        facilitator=facilitator.strip(),
        language=language,
        template_id=template.id,
        template_minutes=template.minutes,
    )
    with store.session() as session:
        session.add(workshop)
        session.flush()  # the parent row first: no relationship() tells the ORM the order
        for position, stage in enumerate(template.stages):
            row = stage_from_template(stage, language, position)
            row.workshop_id = workshop.id
            if (
                warning_seconds is not None
                and stage.warning_seconds == DEFAULT_WARNING_MINUTES * 60
            ):
                row.warning_seconds = max(0, min(warning_seconds, row.planned_seconds // 2))
            row.chimes = row.chimes and chimes
            session.add(row)
    return workshop


def list_workshops(store: Store) -> list[WorkshopSummary]:
    """All workshops, the next ones first, then the undated ones, then the past ones."""
    with store.session() as session:
        people = dict(
            session.exec(
                select(Participant.workshop_id, func.count())
                .where(col(Participant.withdrawn).is_(False))
                .group_by(col(Participant.workshop_id))
            ).all()
        )
        planned = dict(
            session.exec(
                select(Stage.workshop_id, func.sum(Stage.planned_seconds)).group_by(
                    col(Stage.workshop_id)
                )
            ).all()
        )
        workshops = session.exec(select(Workshop)).all()
    rows = [
        WorkshopSummary(
            id=w.id,
            title=w.title,
            date=w.date,
            venue=w.venue,
            status=w.status,
            participants=int(people.get(w.id, 0)),
            planned_seconds=int(planned.get(w.id, 0) or 0),
        )
        for w in workshops
    ]
    return sort_summaries(rows)


def resolve_id(store: Store, text: str) -> uuid.UUID:
    """A workshop id from its full form or a unique prefix (as the CLI prints them)."""
    cleaned = text.strip().lower().replace("-", "")
    if not cleaned or any(c not in "0123456789abcdef" for c in cleaned):
        raise NotFound(
            QT_TRANSLATE_NOOP("Core", "'%1' is not a workshop id."),
            QT_TRANSLATE_NOOP("Core", "Run `ippo list` to see the ids."),
            args=(text,),
        )
    with store.session() as session:
        ids = session.exec(select(Workshop.id)).all()
    matches = [i for i in ids if i.hex.startswith(cleaned)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(
            QT_TRANSLATE_NOOP("Core", "No workshop has the id '%1'."),
            QT_TRANSLATE_NOOP("Core", "Run `ippo list` to see the ids."),
            args=(text,),
        )
    raise NotFound(
        QT_TRANSLATE_NOOP("Core", "'%1' matches %2 workshops."),
        QT_TRANSLATE_NOOP("Core", "Type more characters of the id."),
        args=(text, len(matches)),
    )


def get_workshop(store: Store, workshop_id: uuid.UUID) -> WorkshopDetail:
    """The workshop with its stages and participants; :class:`NotFound` if it is gone."""
    with store.session() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Core", "No workshop has the id %1."),
                QT_TRANSLATE_NOOP("Core", "It may have been deleted."),
                args=(workshop_id,),
            )
        stages = _stages(session, workshop_id)
        people = session.exec(
            select(Participant)
            .where(Participant.workshop_id == workshop_id, col(Participant.withdrawn).is_(False))
            .order_by(col(Participant.position), col(Participant.name))
        ).all()
    return WorkshopDetail(workshop, list(stages), list(people))


def update_workshop(store: Store, workshop_id: uuid.UUID, **changes: Any) -> Workshop:
    """Change the workshop's own fields (title, date, venue, …)."""
    unknown = set(changes) - EDITABLE_WORKSHOP_FIELDS
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    if "title" in changes and not str(changes["title"]).strip():
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "A workshop needs a title."),
            QT_TRANSLATE_NOOP("Core", "Type a title."),
        )
    with store.session() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Core", "No workshop has the id %1."), args=(workshop_id,)
            )
        for name, value in changes.items():
            setattr(workshop, name, value)
        session.add(workshop)
    return workshop


def duplicate_workshop(store: Store, workshop_id: uuid.UUID, title: str) -> Workshop:
    """A copy of the workshop's plan (details and agenda, not its people)."""
    detail = get_workshop(store, workshop_id)
    source = detail.workshop
    copy = Workshop(
        title=title.strip() or source.title,
        date=source.date,
        venue=source.venue,
        facilitator=source.facilitator,
        language=source.language,
        template_id=source.template_id,
        template_minutes=source.template_minutes,
        notes=source.notes,
    )
    with store.session() as session:
        session.add(copy)
        session.flush()
        for stage in detail.stages:
            data = stage.model_dump(exclude={"id", "workshop_id", "created_at", "updated_at"})
            session.add(Stage(**data, workshop_id=copy.id))
    return copy


def delete_workshop(store: Store, workshop_id: uuid.UUID) -> None:
    """Delete the workshop with its agenda and people (the caller has asked for confirmation)."""
    with store.session() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Core", "No workshop has the id %1."), args=(workshop_id,)
            )
        session.delete(workshop)


# -- the agenda --------------------------------------------------------------------------------


def _stages(session: Session, workshop_id: uuid.UUID) -> Sequence[Stage]:
    return session.exec(
        select(Stage).where(Stage.workshop_id == workshop_id).order_by(col(Stage.position))
    ).all()


def _validate_stage_changes(changes: dict[str, Any]) -> None:
    unknown = set(changes) - EDITABLE_STAGE_FIELDS
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    if "planned_seconds" in changes and int(changes["planned_seconds"]) <= 0:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "A stage must last at least one second."),
            QT_TRANSLATE_NOOP("Core", "Enter a positive duration."),
        )
    if "warning_seconds" in changes and int(changes["warning_seconds"]) < 0:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The warning time cannot be negative."),
            QT_TRANSLATE_NOOP("Core", "Enter 0 or more seconds."),
        )
    if "title" in changes and not str(changes["title"]).strip():
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "A stage needs a title."),
            QT_TRANSLATE_NOOP("Core", "Type a title for the stage."),
        )
    if "at_zero" in changes and changes["at_zero"] not in AT_ZERO_CHOICES:
        raise ValueError(f"at_zero must be one of {AT_ZERO_CHOICES}")
    if "prompts" in changes:
        changes["prompts"] = [str(p) for p in changes["prompts"] if str(p).strip()]


def update_stage(store: Store, stage_id: uuid.UUID, **changes: Any) -> Stage:
    """Change one stage's fields; returns the stage as saved."""
    _validate_stage_changes(changes)
    with store.session() as session:
        stage = session.get(Stage, stage_id)
        if stage is None:
            raise NotFound(QT_TRANSLATE_NOOP("Core", "No stage has the id %1."), args=(stage_id,))
        for name, value in changes.items():
            setattr(stage, name, value)
        session.add(stage)
    return stage


def move_stage(store: Store, workshop_id: uuid.UUID, source: int, target: int) -> list[Stage]:
    """Move the stage at index ``source`` to index ``target``; returns the new order."""
    with store.session() as session:
        stages = list(_stages(session, workshop_id))
        if not (0 <= source < len(stages) and 0 <= target < len(stages)):
            raise IndexError(f"cannot move stage {source} to {target} of {len(stages)}")
        stages.insert(target, stages.pop(source))
        for position, stage in enumerate(stages):
            if stage.position != position:
                stage.position = position
                session.add(stage)
    return stages


def insert_stage(store: Store, workshop_id: uuid.UUID, index: int, stage: Stage) -> Stage:
    """Insert ``stage`` (new, or one removed earlier: its id is kept) at ``index``."""
    with store.session() as session:
        stages = list(_stages(session, workshop_id))
        index = max(0, min(index, len(stages)))
        data = stage.model_dump(exclude={"workshop_id", "position", "created_at", "updated_at"})
        row = Stage(**data, workshop_id=workshop_id, position=index)
        stages.insert(index, row)
        for position, item in enumerate(stages):
            item.position = position
            session.add(item)
    return row


def remove_stage(store: Store, stage_id: uuid.UUID) -> tuple[int, Stage]:
    """Remove a stage; returns its index and a detached copy, so an undo can put it back."""
    with store.session() as session:
        stage = session.get(Stage, stage_id)
        if stage is None:
            raise NotFound(QT_TRANSLATE_NOOP("Core", "No stage has the id %1."), args=(stage_id,))
        index = stage.position
        copy = Stage(**stage.model_dump())
        session.delete(stage)
        session.flush()
        for position, item in enumerate(_stages(session, stage.workshop_id)):
            if item.position != position:
                item.position = position
                session.add(item)
    return index, copy


def stage_templates(detail: WorkshopDetail) -> list[StageTemplate]:
    """The workshop's agenda as template stages (its texts in its language, for both languages
    when the template is saved: a facilitator's own template speaks the workshop's language)."""
    result = []
    for stage in detail.stages:
        texts = {lang: stage.title for lang in ("ja", "en")}
        result.append(
            StageTemplate(
                kind=stage.kind,
                title=texts,
                planned_seconds=stage.planned_seconds,
                instructions={lang: stage.instructions for lang in ("ja", "en")},
                prompts={lang: tuple(stage.prompts) for lang in ("ja", "en")},
                warning_seconds=stage.warning_seconds,
                protected=stage.protected,
                at_zero=stage.at_zero,
                chimes=stage.chimes,
            )
        )
    return result

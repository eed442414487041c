"""Each participant's worksheet: read, and saved one change at a time, never losing a word.

Text is kept as typed, with two exceptions that protect the printout and the store: control
characters (pasted from other programs) are removed — line breaks and tabs stay, as line
breaks and spaces — and ``\\r\\n`` becomes ``\\n``. Nothing is ever cut: a text longer than what
prints in full is kept whole and reported by :func:`too_long`.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping
from typing import Any

from sqlmodel import select

from app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from app.models import Participant, WorksheetRow
from app.store import Store

TEXT_FIELDS = frozenset(
    {"expectations", "partner_noticed", "identity", "target_state", "step_what", "step_supporter"}
)
LIST_FIELDS = frozenset({"strengths", "values", "themes"})
DATE_FIELDS = frozenset({"step_by", "checkin_date"})
EXPERIENCE_KEYS = ("when", "what", "role", "energy", "why", "learned")
HORIZONS = ("", "6m", "1y", "3y")
MAX_EXPERIENCES = 20
MAX_THEMES = 3
#: Phrases (strengths, values) that fit on the printed sheet; more are kept, not printed.
MAX_PHRASES = 30
#: What prints in full on the one-page sheet; longer text is kept and flagged, never cut.
SOFT_LIMITS: Mapping[str, int] = {
    "expectations": 200,
    "partner_noticed": 200,
    "identity": 80,
    "target_state": 200,
    "step_what": 160,
    "step_supporter": 60,
    "experience": 200,  # each text of an experience
    "phrase": 30,  # a strength, a value, a theme
}

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def clean_text(text: str) -> str:
    """Pasted text made safe to store and print: control characters out, line breaks kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def _phrases(values: Any) -> list[str]:
    if isinstance(values, str):
        values = values.splitlines()
    cleaned = [clean_text(str(v)).strip() for v in values]
    return [v for v in cleaned if v]  # all of them: the sheet shows what fits, the store keeps all


def _experience(item: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(item) - set(EXPERIENCE_KEYS)
    if unknown:
        raise ValueError(f"unknown experience fields: {sorted(unknown)}")
    energy = item.get("energy", 0)
    if not isinstance(energy, int) or isinstance(energy, bool) or not -2 <= energy <= 2:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "Energy is a whole number from −2 to +2."),
            QT_TRANSLATE_NOOP("Core", "Choose a value on the scale."),
        )
    texts = {k: clean_text(str(item.get(k, ""))) for k in EXPERIENCE_KEYS if k != "energy"}
    return {**texts, "energy": energy}


def _validate(changes: dict[str, Any]) -> dict[str, Any]:
    known = TEXT_FIELDS | LIST_FIELDS | DATE_FIELDS | {"experiences", "horizon", "tentative"}
    unknown = set(changes) - known
    if unknown:
        raise ValueError(f"not a worksheet field: {sorted(unknown)}")
    out: dict[str, Any] = {}
    for name, value in changes.items():
        if name in TEXT_FIELDS:
            out[name] = clean_text(str(value))
        elif name in LIST_FIELDS:
            out[name] = _phrases(value)
            if name == "themes" and len(out[name]) > MAX_THEMES:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "Up to %1 learning themes."),
                    QT_TRANSLATE_NOOP("Core", "Keep the three that matter most."),
                    args=(MAX_THEMES,),
                )
        elif name in DATE_FIELDS:
            if value is not None and not isinstance(value, dt.date):
                raise TypeError(f"{name} must be a date or None")
            out[name] = value
        elif name == "experiences":
            items = [_experience(item) for item in value]
            if len(items) > MAX_EXPERIENCES:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "Up to %1 experiences fit on the worksheet."),
                    QT_TRANSLATE_NOOP("Core", "Keep the ones that matter most for today."),
                    args=(MAX_EXPERIENCES,),
                )
            out[name] = items
        elif name == "horizon":
            if value not in HORIZONS:
                raise ValueError(f"horizon must be one of {HORIZONS}")
            out[name] = value
        else:  # tentative
            out[name] = bool(value)
    return out


def get_worksheet(store: Store, participant_id: uuid.UUID) -> WorksheetRow:
    """The participant's worksheet; an empty (unsaved) one when nothing was written yet."""
    with store.session() as session:
        row = session.exec(
            select(WorksheetRow).where(WorksheetRow.participant_id == participant_id)
        ).first()
        if row is not None:
            return row
        person = session.get(Participant, participant_id)
        if person is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Core", "No participant has the id %1."), args=(participant_id,)
            )
        return WorksheetRow(participant_id=participant_id, workshop_id=person.workshop_id)


def save_fields(store: Store, participant_id: uuid.UUID, **changes: Any) -> WorksheetRow:
    """Store some fields of the worksheet in one transaction; returns the worksheet as saved."""
    clean = _validate(dict(changes))
    with store.session() as session:
        row = session.exec(
            select(WorksheetRow).where(WorksheetRow.participant_id == participant_id)
        ).first()
        if row is None:
            person = session.get(Participant, participant_id)
            if person is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Core", "No participant has the id %1."),
                    QT_TRANSLATE_NOOP(
                        "Core", "The person may have been removed from the workshop."
                    ),
                    args=(participant_id,),
                )
            row = WorksheetRow(participant_id=participant_id, workshop_id=person.workshop_id)
        for name, value in clean.items():
            setattr(row, name, value)
        session.add(row)
    return row


def worksheets_for(store: Store, workshop_id: uuid.UUID) -> dict[uuid.UUID, WorksheetRow]:
    """Every saved worksheet of a workshop, by participant id."""
    with store.session() as session:
        rows = session.exec(
            select(WorksheetRow).where(WorksheetRow.workshop_id == workshop_id)
        ).all()
    return {row.participant_id: row for row in rows}


def too_long(sheet: WorksheetRow) -> list[str]:
    """Fields longer than what prints in full (kept whole in the store, flagged for the sheet)."""
    flagged = [f for f in sorted(TEXT_FIELDS) if len(getattr(sheet, f)) > SOFT_LIMITS[f]]
    for index, item in enumerate(sheet.experiences):
        for key in EXPERIENCE_KEYS:
            if key != "energy" and len(str(item.get(key, ""))) > SOFT_LIMITS["experience"]:
                flagged.append(f"experiences[{index}].{key}")
    for name in sorted(LIST_FIELDS):
        if any(len(p) > SOFT_LIMITS["phrase"] for p in getattr(sheet, name)):
            flagged.append(name)
    return flagged

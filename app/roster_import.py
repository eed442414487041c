"""Applying a parsed roster to a workshop's people: all of it in one transaction, or nothing.

A re-imported roster updates the people it matches (by employee code, else by e-mail) instead of
adding them twice. It never touches what the facilitator did in the room: ``attended`` and
``print_name`` stay as they are, and an empty cell never erases a value already stored.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import insert
from sqlmodel import select

from app.db_types import utcnow
from app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from app.models import Participant, Workshop
from app.names import clean_name, name_key
from app.roster_check import code_key, email_key
from app.roster_model import FIELDS, RosterPreview, RosterProblem, RosterRow
from app.roster_table import DELIMITER_NAMES
from app.store import Store

PREVIEW_ROWS = 5
PREVIEW_PROBLEMS = 50


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, with ``dry_run``, would do)."""

    added: int
    updated: int
    unchanged: int
    skipped_lines: tuple[int, ...]
    problems: tuple[RosterProblem, ...]
    dry_run: bool = False
    #: (line, "added" | "updated" | "unchanged" | "skipped") for every data line, in order.
    outcomes: tuple[tuple[int, str], ...] = ()


def import_roster(
    store: Store,
    workshop_id: uuid.UUID,
    preview: RosterPreview,
    *,
    dry_run: bool = False,
    skip_errors: bool = False,
) -> ImportResult:
    """Add and update a workshop's people from ``preview``, in one transaction.

    Args:
        store: the open store.
        workshop_id: the workshop whose people these are.
        preview: what :func:`app.roster.parse_roster` made of the file.
        dry_run: work out the result, write nothing.
        skip_errors: import the good lines and skip (and list) the lines with errors; without
            it, a roster with any error imports nothing.

    Returns:
        The counts, the skipped lines and every problem (the file's and the matching's).

    Raises:
        UserError: the roster needs a column mapping, or has errors and ``skip_errors`` is off.
        NotFound: no such workshop.
    """
    label = preview.source or "(roster)"
    if preview.needs_mapping:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "No column of %1 is recognised as the name; nothing was imported."),  # noqa: E501
            QT_TRANSLATE_NOOP("Core", "Say which column holds the name (for example 氏名), then import again."),  # noqa: E501
            args=(label,),
        )  # fmt: skip
    if preview.has_errors and not skip_errors:
        lines = preview.error_lines
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "%1 has errors on line %2; nothing was imported.")
            if len(lines) == 1
            else QT_TRANSLATE_NOOP("Core", "%1 has errors on lines %2; nothing was imported."),
            QT_TRANSLATE_NOOP("Core", "Correct those lines in the file and import it again, or skip them and import the rest."),  # noqa: E501
            args=(label, _line_numbers(lines)),
        )  # fmt: skip
    with store.session() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Core", "There is no workshop %1."),
                QT_TRANSLATE_NOOP("Core", "Check the workshop's id."),
                args=(workshop_id,),
            )
        existing = session.exec(
            select(Participant).where(Participant.workshop_id == workshop_id)
        ).all()
        plan = _plan(existing, preview)
        if plan.conflicts and not skip_errors:
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "Line %1 matches the same person as line %2 (%3). Nothing of %4 was imported."),  # noqa: E501
                QT_TRANSLATE_NOOP("Core", "Correct the employee codes or e-mail addresses of those lines, or skip them."),  # noqa: E501
                args=(*plan.clashes[0], label),
            )  # fmt: skip
        if not dry_run and (plan.new or plan.updates):
            for person, changes in plan.updates:
                for field, value in changes.items():
                    setattr(person, field, value)
                if "name" in changes:
                    person.name_key = name_key(person.name)
            workshop.updated_at = utcnow()  # and the flush tells the store something changed
            session.flush()
            start = max((p.position for p in existing), default=-1) + 1
            values = [_values(workshop_id, row, start + i) for i, row in enumerate(plan.new)]
            if values:  # Core's executemany: ORM objects cost ~0.2 ms each to construct
                session.connection().execute(insert(Participant), values)
    skipped = sorted({*(preview.error_lines if skip_errors else ()), *plan.conflict_lines})
    outcomes = sorted([*plan.outcomes, *((line, "skipped") for line in skipped)])
    return ImportResult(
        added=len(plan.new),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        skipped_lines=tuple(skipped),
        problems=tuple(sorted((*preview.problems, *plan.conflicts), key=lambda p: p.line)),
        dry_run=dry_run,
        outcomes=tuple(outcomes),
    )


@dataclass
class _Plan:
    new: list[RosterRow]
    updates: list[tuple[Participant, dict[str, str]]]
    unchanged: int
    conflicts: list[RosterProblem]
    outcomes: list[tuple[int, str]]
    #: For each conflict: its line, the line that matched the person first, the person's name.
    clashes: list[tuple[int, int, str]] = dataclasses.field(default_factory=list)

    @property
    def conflict_lines(self) -> list[int]:
        return [p.line for p in self.conflicts]


def _plan(existing: Sequence[Participant], preview: RosterPreview) -> _Plan:
    """Match each row to a stored person (code first, then e-mail) and list the changes."""
    by_code: dict[str, Participant] = {}
    by_email: dict[str, Participant] = {}
    for stored in existing:
        if stored.employee_code:
            by_code.setdefault(code_key(stored.employee_code), stored)
        if stored.email:
            by_email.setdefault(email_key(stored.email), stored)
    fields = [f for f in FIELDS if f in preview.mapped_fields]
    plan = _Plan([], [], 0, [], [])
    claimed: dict[uuid.UUID, int] = {}
    for row in preview.rows:
        person = _match(row, by_code, by_email)
        if person is None:
            plan.new.append(row)
            plan.outcomes.append((row.line, "added"))
            continue
        if person.id in claimed:
            message = QT_TRANSLATE_NOOP("Core", "Line %1 matches the same person as line %2 (%3).")
            values = (str(row.line), str(claimed[person.id]), person.name)
            plan.conflicts.append(RosterProblem(row.line, message, args=values))
            plan.clashes.append((row.line, claimed[person.id], person.name))
            continue
        claimed[person.id] = row.line
        wanted = {f: getattr(row, f) for f in fields}
        changes = {f: v for f, v in wanted.items() if v and v != getattr(person, f)}
        if code_key(changes.get("employee_code", "")) == code_key(person.employee_code):
            changes.pop("employee_code", None)  # 123 for 00123: Excel's doing, keep the stored
        if changes:
            plan.updates.append((person, changes))
            plan.outcomes.append((row.line, "updated"))
        else:
            plan.unchanged += 1
            plan.outcomes.append((row.line, "unchanged"))
    return plan


def _match(
    row: RosterRow, by_code: dict[str, Participant], by_email: dict[str, Participant]
) -> Participant | None:
    """The stored person a row is: same employee code, else same e-mail unless codes differ."""
    if row.employee_code and (person := by_code.get(code_key(row.employee_code))):
        return person
    person = by_email.get(email_key(row.email)) if row.email else None
    if person is None or not (person.employee_code and row.employee_code):
        return person
    return None  # the same address under another employee code: another person


def _values(workshop_id: uuid.UUID, row: RosterRow, position: int) -> dict[str, Any]:
    """A new participant's column values, as :func:`app.participants.make_participant` sets them."""
    name, now = clean_name(row.name), utcnow()
    if not name:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "Line %1 has no name."),
            QT_TRANSLATE_NOOP("Core", "Type the person's name in the file."),
            args=(row.line,),
        )
    return {
        "id": uuid.uuid4(),
        "workshop_id": workshop_id,
        "position": position,
        "name": name,
        "reading": clean_name(row.reading),
        "department": clean_name(row.department),
        "employee_code": row.employee_code.strip(),
        "email": row.email.strip(),
        "attended": False,
        "print_name": "",
        "name_key": name_key(name),
        "created_at": now,
        "updated_at": now,
    }


def _line_numbers(lines: Sequence[int]) -> str:
    return ", ".join(map(str, lines[:10])) + (", …" if len(lines) > 10 else "")


def _lines(lines: Sequence[int]) -> str:
    return f"line{'s' if len(lines) != 1 else ''} {_line_numbers(lines)}"


# -- for the CLI and the preview dialog ---------------------------------------------------------


def roster_json(preview: RosterPreview) -> dict[str, Any]:
    """The preview as JSON-ready data (``ippo roster import --dry-run --json``)."""
    return {
        "source": preview.source,
        "encoding": preview.encoding,
        "encoding_reason": preview.encoding_reason,
        "delimiter": DELIMITER_NAMES[preview.delimiter],
        "header_line": preview.header_line,
        "columns": [
            {"header": h, "field": f} for h, f in zip(preview.headers, preview.columns, strict=True)
        ],
        "unknown_columns": list(preview.unknown_columns),
        "needs_mapping": preview.needs_mapping,
        "total_lines": preview.total_lines,
        "records": preview.records,
        "importable": len(preview.rows),
        "error_lines": list(preview.error_lines),
        "rows": [asdict(r) for r in preview.rows],
        "problems": [problem_json(p) for p in preview.problems],
    }


def problem_json(problem: RosterProblem) -> dict[str, Any]:
    """One problem as JSON-ready data, its message in English."""
    return {
        "line": problem.line,
        "message": problem.message,
        "severity": problem.severity,
        "column": problem.column,
        "field": problem.field,
    }


def result_json(result: ImportResult) -> dict[str, Any]:
    """The import's result as JSON-ready data."""
    return {
        "added": result.added,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "skipped_lines": list(result.skipped_lines),
        "dry_run": result.dry_run,
        "problems": [problem_json(p) for p in result.problems],
        "outcomes": [{"line": line, "outcome": what} for line, what in result.outcomes],
    }


def format_preview(preview: RosterPreview) -> str:
    """The preview as plain text: encoding, columns, the first rows and the problems by line."""
    name = preview.source or "roster"
    counts = f"{len(preview.rows)} of {preview.records} people importable"
    out = [f"{name}: {preview.total_lines} lines, {counts}"]
    out.append(f"Encoding: {preview.encoding} ({preview.encoding_reason})")
    out.append(
        f"Delimiter: {DELIMITER_NAMES[preview.delimiter]}; header on line {preview.header_line}"
    )
    out.append("Columns:")
    for header, field in zip(preview.headers, preview.columns, strict=True):
        unknown = header in preview.unknown_columns
        shown = field or ("(not recognised, not used)" if unknown else "(not used)")
        out.append(f"  {header or '(empty)'} → {shown}")
    if preview.needs_mapping:
        out.append("No column is recognised as the name: map one (for example 氏名 → name).")
    if preview.rows:
        fields = [f for f in FIELDS if f in preview.mapped_fields]
        shown_rows = min(PREVIEW_ROWS, len(preview.rows))
        first = "First row" if shown_rows == 1 else f"First {shown_rows} rows"
        out.append(f"{first} ({' | '.join(fields)}):")
        for row in preview.rows[:PREVIEW_ROWS]:
            values = [getattr(row, f) for f in fields]
            out.append(f"  line {row.line}: " + " | ".join(v.replace("\n", "⏎") for v in values))
    if preview.problems:
        out.append("Problems:")
        for p in preview.problems[:PREVIEW_PROBLEMS]:
            where = f" [{p.column}]" if p.column else ""
            out.append(f"  line {p.line}{where} {p.severity}: {p.message}")
        if len(preview.problems) > PREVIEW_PROBLEMS:
            out.append(f"  … and {len(preview.problems) - PREVIEW_PROBLEMS} more")
    return "\n".join(out)


def format_result(result: ImportResult) -> str:
    """One line saying what the import did (or would do)."""
    if result.dry_run:
        text = f"Would add {result.added}, update {result.updated}, leave {result.unchanged} as is"
    else:
        text = f"Added {result.added}, updated {result.updated}, unchanged {result.unchanged}"
    if result.skipped_lines:
        text += f"; skipped {_lines(result.skipped_lines)}"
    return text + ("  (dry run: nothing was written)" if result.dry_run else "")

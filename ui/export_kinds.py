"""What the Export dialog offers and hands its worker: the kinds and their texts, the options'
values, and the request.

Every kind is written by :func:`reports.exports.run_export` through :func:`export`, in the
dialog's background job: the worker gets the store and plain values (ids, strings, a path) and
reads through its own sessions, so the run clock on the projector keeps ticking meanwhile. The
PDF kinds (:data:`WITH_PROGRESS`) report progress and stop on Cancel (the writer removes its
unfinished file); the others are quick and cannot be stopped half-way.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP
from app.store import Store
from reports.exports import ExportResult, run_export
from ui.sheet_printer import Progress

#: Kinds whose writer reports pages and stops on Cancel.
WITH_PROGRESS = frozenset({"summary-pdf", "guides-pdf", "slips-pdf"})
ENCODINGS = ("utf-8-sig", "cp932")

#: Each kind's name and the line under it, in the order the dialog lists them.
KIND_TEXTS: dict[str, tuple[str, str]] = {
    "summary-pdf": (QT_TRANSLATE_NOOP("ExportDialog", "Summary report (PDF)"), QT_TRANSLATE_NOOP(
        "ExportDialog",
        "For you and HR: attendance, timing, strengths, values and steps.")),
    "csv": (QT_TRANSLATE_NOOP("ExportDialog", "Participant table (CSV)"), QT_TRANSLATE_NOOP(
        "ExportDialog", "One row per participant, to open in Excel.")),
    "json": (QT_TRANSLATE_NOOP("ExportDialog", "Complete archive (JSON)"), QT_TRANSLATE_NOOP(
        "ExportDialog", "Everything about this workshop, to merge on another computer.")),
    "ics": (QT_TRANSLATE_NOOP("ExportDialog", "Follow-up calendar (iCalendar)"), QT_TRANSLATE_NOOP(
        "ExportDialog", "Step deadlines and check-in 1on1s, for the managers' calendars.")),
    "guides-pdf": (QT_TRANSLATE_NOOP("ExportDialog", "1on1 guides (PDF)"), QT_TRANSLATE_NOOP(
        "ExportDialog", "One page per participant, for the manager's follow-up 1on1.")),
    "slips-pdf": (QT_TRANSLATE_NOOP("ExportDialog", "Check-in slips (PDF)"), QT_TRANSLATE_NOOP(
        "ExportDialog", "Printable slips with each person's step and check-in date.")),
}  # fmt: skip


@dataclass(frozen=True)
class ExportRequest:
    """One export as plain values the worker may take to its thread."""

    workshop_id: uuid.UUID
    kind: str
    target: Path  # a file, or the folder for one calendar per person
    anonymize: bool = False
    encoding: str = "utf-8-sig"
    per_person: bool = False

    @property
    def folder(self) -> Path:
        return self.target if self.per_person else self.target.parent


def export(store: Store, request: ExportRequest, progress: Progress | None = None) -> ExportResult:
    """Run ``request`` (any thread: the store opens its own sessions)."""
    return run_export(
        store, request.workshop_id, request.kind, request.target, anonymize=request.anonymize,
        encoding=request.encoding, per_person=request.per_person, progress=progress,
    )  # fmt: skip

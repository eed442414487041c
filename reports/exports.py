"""One entry for every export, shared by the Export dialog and ``ippo export``.

Each kind reads the workshop once (:func:`app.workshop_record.load_record`, anonymised when
asked) and writes one file (or one folder of files). The result lists the files and what the
facilitator should know: characters that could not be written, texts cut to fit a page,
people without dates. Heavy modules (ReportLab) are imported only when their kind runs.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:  # the launcher imports this module for its verbs' names: keep it light
    from app.store import Store

Progress = Callable[[int, int], bool]

#: Kinds and their file suffix ("" for a folder of files).
KINDS: dict[str, str] = {
    "summary-pdf": ".pdf",
    "csv": ".csv",
    "json": ".json",
    "ics": ".ics",
    "guides-pdf": ".pdf",
    "slips-pdf": ".pdf",
}
#: Kinds that hold no personal data once anonymised, or that cannot be anonymised.
ANONYMIZABLE = frozenset({"summary-pdf", "csv", "ics", "guides-pdf", "slips-pdf"})


@dataclass
class ExportResult:
    """What an export wrote and what the facilitator should know about it."""

    kind: str
    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # English, one per line (CLI; the UI translates)
    details: dict[str, Any] = field(default_factory=dict)  # for --json and the dialog
    cancelled: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "files": [str(p) for p in self.files],
            "notes": self.notes,
            "cancelled": self.cancelled,
            **self.details,
        }


def default_name(title: str, date: Any, kind: str, anonymize: bool, per_person: bool) -> str:
    """``2026-12-03_研修_summary.pdf``: safe on every system (see reports.sheets.safe_file_name)."""
    from reports.sheets import safe_file_name

    words = {
        "summary-pdf": "summary",
        "csv": "participants",
        "json": "archive",
        "ics": "follow-up",
        "guides-pdf": "1on1-guides",
        "slips-pdf": "check-in-slips",
    }
    stem = f"{date or ''}_{title}_{words[kind]}".lstrip("_")
    if anonymize and kind in ANONYMIZABLE:
        stem += "_anonymized"
    return safe_file_name(stem + ("" if per_person else KINDS[kind]))


def run_export(
    store: Store,
    workshop_id: uuid.UUID,
    kind: str,
    out: Path,
    *,
    anonymize: bool = False,
    encoding: str = "utf-8-sig",
    per_person: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write one export. ``out`` is a file, or a folder for ``ics`` with ``per_person``."""
    if kind not in KINDS:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "'%1' is not an export format."),
            QT_TRANSLATE_NOOP("Core", "Use one of %1."),
            args=(kind,),
            advice_args=(", ".join(KINDS),),
        )
    if kind == "json":
        if anonymize:
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "A JSON archive is always complete: it cannot be anonymised."),  # noqa: E501
                QT_TRANSLATE_NOOP("Core", "Export an anonymised CSV or summary instead."),
            )  # fmt: skip
        from app.archive import write_archive

        path = write_archive(store, workshop_id, out)
        return ExportResult(kind, [path])

    from app.workshop_record import load_record

    record = load_record(store, workshop_id, anonymize=anonymize)
    result = ExportResult(kind)
    if kind == "summary-pdf":
        from reports.summary_pdf import write_summary

        summary = write_summary(out, record, progress=progress)
        result.cancelled = summary.cancelled
        result.files = [] if summary.cancelled else [out]
        _missing(result, summary.missing)
    elif kind == "csv":
        from reports.csv_export import write_csv

        table = write_csv(out, record, encoding=encoding)  # type: ignore[arg-type]
        result.files = [table.path]
        for who, column, char, codepoint in table.unencodable:
            result.notes.append(f"written as 〓: {char} ({codepoint}) in {who}: {column}")
        result.details["unencodable"] = [list(item) for item in table.unencodable]
    elif kind == "ics":
        from reports.ics_export import write_ics, write_ics_per_person

        calendar = write_ics_per_person(out, record) if per_person else write_ics(out, record)
        result.files = list(calendar.files)
        result.details["events"] = calendar.events
        result.details["without_dates"] = list(calendar.people_without_dates)
        if calendar.people_without_dates:
            result.notes.append(
                "no dates declared yet: " + ", ".join(calendar.people_without_dates)
            )
    elif kind == "guides-pdf":
        from app.templates import load_templates
        from reports.followup_guide import write_guides

        found, _problems = load_templates(store.data_dir.templates)
        oneonone = next((t for t in found if t.id == "oneonone-45"), None)
        if oneonone is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "The built-in 45-minute 1on1 template is missing."),
                QT_TRANSLATE_NOOP("Core", "Reinstall Ippo."),
            )
        guides = write_guides(out, record, oneonone, progress=progress)
        result.cancelled = guides.cancelled
        result.files = [] if guides.cancelled else [out]
        _cut(result, guides.cut)
        _missing(result, guides.missing)
    else:
        from reports.checkin_slips import write_slips

        slips = write_slips(out, record, progress=progress)
        result.cancelled = slips.cancelled
        result.files = [] if slips.cancelled else [out]
        _cut(result, slips.cut)
        _missing(result, slips.missing)
    return result


def _cut(result: ExportResult, cut: Any) -> None:
    for who, fields in cut:
        result.notes.append(f"cut to fit: {who}: {', '.join(fields)} (the record keeps all)")
    result.details["cut"] = [{"participant": who, "fields": list(fields)} for who, fields in cut]


def _missing(result: ExportResult, missing: Any) -> None:
    for m in missing:
        result.notes.append(f"cannot print {m.char} ({m.codepoint}) in {m.participant}: {m.field}")
    result.details["missing"] = [
        {"participant": m.participant, "field": m.field, "char": m.char, "codepoint": m.codepoint}
        for m in missing
    ]

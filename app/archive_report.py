"""What an archive import did (or would do): counts per table and the rows that differed."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from app.archive_format import SECTIONS, to_json

Winner = Literal["archive", "local"]
SHOWN_CONFLICTS = 10
_KINDS = {"workshop": "workshop ", "stages": "stage ", "participants": "participant "}


@dataclass
class TableCounts:
    """What happened to the archive's rows of one table."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_local: int = 0  # the archive's copy was not taken


@dataclass(frozen=True)
class Conflict:
    """A row both sides have, with different contents, and which copy the store now holds."""

    table: str
    id: uuid.UUID
    what: str  # a human label: the title, the person's name, "run log"
    local_updated_at: datetime | None
    archive_updated_at: datetime | None
    winner: Winner
    reason: str
    fields: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            id=str(self.id),
            local_updated_at=to_json(self.local_updated_at),
            archive_updated_at=to_json(self.archive_updated_at),
            fields=list(self.fields),
        )
        return data


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    workshop_id: uuid.UUID
    title: str
    dry_run: bool
    counts: dict[str, TableCounts] = field(
        default_factory=lambda: {name: TableCounts() for name in SECTIONS}
    )
    conflicts: list[Conflict] = field(default_factory=list)
    #: People in the archive not brought back because they were erased here.
    erased_skipped: int = 0
    #: People deleted here because the archive says they were erased.
    erased_applied: int = 0
    #: After the import, as erasing does: this laptop's backups rewritten without those people,
    #: the ones that could not be (with the reason: they may still hold them), and whether the
    #: store's write-ahead log still holds them (until the next checkpoint, at the latest when
    #: Ippo closes). All empty for a dry run, and when nobody was deleted.
    backups_rewritten: list[Path] = field(default_factory=list)
    backups_failed: list[tuple[Path, str]] = field(default_factory=list)
    log_pending: bool = False

    @property
    def changed(self) -> bool:
        counts = self.counts.values()
        return self.erased_applied > 0 or any(c.added or c.updated for c in counts)

    def as_json(self) -> dict[str, Any]:
        return {
            "workshop_id": str(self.workshop_id),
            "title": self.title,
            "dry_run": self.dry_run,
            "changed": self.changed,
            "counts": {name: asdict(counts) for name, counts in self.counts.items()},
            "conflicts": [conflict.as_json() for conflict in self.conflicts],
            "erased_skipped": self.erased_skipped,
            "erased_applied": self.erased_applied,
            "backups_rewritten": [str(path) for path in self.backups_rewritten],
            "backups_failed": [
                {"path": str(path), "reason": reason} for path, reason in self.backups_failed
            ],
            "log_pending": self.log_pending,
        }

    def summary_lines(self) -> list[str]:
        """A few lines of English for the command line."""
        if not self.changed:
            head = f"“{self.title}”: this store already has everything the archive holds."
        else:
            verb = "Would merge" if self.dry_run else "Merged"
            head = f"{verb} the archive of “{self.title}” ({self.workshop_id})."
        lines = [head]
        for name, c in self.counts.items():
            parts = [
                f"{n} {word}"
                for n, word in (
                    (c.added, "added"),
                    (c.updated, "updated"),
                    (c.unchanged, "unchanged"),
                    (c.kept_local, "kept as they are here"),
                )
                if n
            ]
            if parts:
                lines.append(f"  {name.replace('_', ' ')}: {', '.join(parts)}")
        if self.erased_skipped:
            lines.append(f"  {self.erased_skipped} erased people were not brought back.")
        if self.erased_applied:
            lines.append(
                f"  {self.erased_applied} people erased on the other laptop were erased here."
            )
        if self.backups_rewritten:
            n = len(self.backups_rewritten)
            lines.append(f"  They were also removed from {n} backups on this computer.")
        for path, reason in self.backups_failed:
            lines.append(
                f"  Could not erase them from the backup {path} ({reason}): "
                "delete that file yourself."
            )
        if self.log_pending:
            lines.append("  A copy stays in the store's log until Ippo closes.")
        if self.conflicts:
            lines.append(f"  {len(self.conflicts)} rows differ between the archive and this store:")
            for item in self.conflicts[:SHOWN_CONFLICTS]:
                fields = f" ({', '.join(item.fields)})" if item.fields else ""
                kind = _KINDS.get(item.table, "")
                lines.append(f"    {kind}“{item.what}”{fields}: {item.reason}")
            if len(self.conflicts) > SHOWN_CONFLICTS:
                more = len(self.conflicts) - SHOWN_CONFLICTS
                lines.append(f"    … and {more} more (the JSON report lists them all).")
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        return lines

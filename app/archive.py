"""A workshop as a JSON archive, and merging archives from other laptops into this store.

HR consolidates the workshops several facilitators ran on their own laptops: each laptop
exports, HR imports every file into one store. The same UUID means the same row, so merging is
a comparison row by row, with rules that make a second import of the same file change nothing:

* a row this store lacks is added; a row with the same content is left alone (not even its
  update time is touched);
* when both copies differ, the newer ``updated_at`` wins and the row is listed as a conflict
  (an equal time keeps this store's copy);
* a run log is never mixed with another: a different event at the same place of the log keeps
  the local log whole, and the archive's run is listed as one conflict. Group rounds likewise;
* an erased person never comes back: their tombstone is honoured in both directions;
* a workshop whose personal data was erased here does not take names and worksheets back from
  an archive made before the erasure;
* a merge never deletes anything except what an erasure asks for; someone it deletes that way
  is then erased as :func:`app.erasure.erase_participant` would: the store's log is emptied and
  this laptop's backups that hold them are rewritten (the report says which, and which not).

An import is one transaction: a refused file, or any failure midway, leaves the store as it was.
The backups are rewritten after that transaction is committed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, select

import app
from app import schema
from app.archive_format import (
    FORMAT,
    FORMAT_VERSION,
    SECTIONS,
    Archive,
    encode,
    read_archive,
    row_json,
    to_json,
)
from app.archive_report import Conflict, ImportReport, TableCounts, Winner
from app.db_types import utcnow
from app.erasure import scrub_erased_name
from app.erasure_holds import Tombstone, erase_imported
from app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from app.models import (
    ErasureRow,
    GroupRoundRow,
    Participant,
    RunEventRow,
    Stage,
    WorksheetRow,
    Workshop,
)
from app.name_scrubber import SHARED_NAME, NameScrubber, scrubber_for
from app.store import Store

__all__ = [
    "Archive",
    "Conflict",
    "ImportReport",
    "TableCounts",
    "archive_filename",
    "export_archive",
    "import_archive",
    "read_archive",
    "write_archive",
]

T = TypeVar("T", bound=SQLModel)

#: Columns that say when, not what: equal content with other times is "unchanged".
_NOT_CONTENT = frozenset({"id", "created_at", "updated_at"})


# -- export ------------------------------------------------------------------------------------


def _workshop_rows(session: Session, table: type[T], workshop_id: uuid.UUID) -> list[T]:
    column = table.__table__.c.workshop_id  # type: ignore[attr-defined]
    return list(session.exec(select(table).where(column == workshop_id)).all())


def export_archive(
    store: Store, workshop_id: uuid.UUID, *, now: datetime | None = None
) -> dict[str, Any]:
    """The whole workshop as JSON-ready data, read in one transaction.

    Rows come in a fixed order (agenda and people by position, sheets in people's order, the
    log by seq, rounds by number, ties and erasures by id), so two exports of the same data
    differ only in ``exported_at``.

    Raises:
        NotFound: no workshop has this id.
    """
    with store.session() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Core", "No workshop has the id %1."),
                QT_TRANSLATE_NOOP("Core", "It may have been deleted."),
                args=(workshop_id,),
            )
        stages = _workshop_rows(session, Stage, workshop_id)
        people = _workshop_rows(session, Participant, workshop_id)
        sheets = _workshop_rows(session, WorksheetRow, workshop_id)
        events = _workshop_rows(session, RunEventRow, workshop_id)
        rounds = _workshop_rows(session, GroupRoundRow, workshop_id)
        erasures = _workshop_rows(session, ErasureRow, workshop_id)
    stages.sort(key=lambda s: (s.position, str(s.id)))
    people.sort(key=lambda p: (p.position, str(p.id)))
    place = {p.id: index for index, p in enumerate(people)}
    sheets.sort(key=lambda s: (place.get(s.participant_id, len(place)), str(s.id)))
    events.sort(key=lambda e: e.seq)
    rounds.sort(key=lambda r: r.number)
    erasures.sort(key=lambda e: str(e.id))
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "schema": schema.HEAD,
        "app_version": app.__version__,
        "exported_at": to_json(now or utcnow()),
        "workshop": row_json(workshop),
        "stages": [row_json(row) for row in stages],
        "participants": [row_json(row) for row in people],
        "worksheets": [row_json(row) for row in sheets],
        "run_events": [row_json(row) for row in events],
        "group_rounds": [row_json(row) for row in rounds],
        "erasures": [row_json(row) for row in erasures],
    }


def archive_filename(workshop: Workshop) -> str:
    """A name to offer in a save dialog: ``ippo-2026-12-10-研修.json`` (safe on Windows too)."""
    title = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "_", workshop.title).strip(" ._") or "workshop"
    day = workshop.date.isoformat() if workshop.date else "undated"
    return f"ippo-{day}-{title[:60]}.json"


def write_archive(store: Store, workshop_id: uuid.UUID, path: Path) -> Path:
    """Export to ``path`` (UTF-8 JSON): written beside it as ``.part``, then moved into place,
    so a full disk or a pulled stick never leaves half an archive under the real name.

    Raises:
        NotFound: no workshop has this id.
        UserError: the folder is missing or not writable, or the disk is full.
    """
    payload = encode(export_archive(store, workshop_id))
    part = path.with_name(path.name + ".part")
    try:
        with part.open("wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        if isinstance(exc, OSError):
            raise _write_error(path, exc) from exc
        raise
    return path


def _write_error(path: Path, error: OSError) -> UserError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserError(
            QT_TRANSLATE_NOOP("Core", "The disk is full: the archive %1 was not written."),
            QT_TRANSLATE_NOOP("Core", "Free some space, or choose another drive, then export again."),  # noqa: E501
            path,
            args=(path.name,),
        )  # fmt: skip
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            QT_TRANSLATE_NOOP("Core", "The folder %1 is not writable: the archive was not written."),  # noqa: E501
            QT_TRANSLATE_NOOP("Core", "Choose a folder you can write to (a USB stick may be locked), then export again."),  # noqa: E501
            path,
            args=(path.parent,),
        )  # fmt: skip
    return UserError(
        QT_TRANSLATE_NOOP("Core", "The archive %1 could not be written (%2)."),
        QT_TRANSLATE_NOOP("Core", "Check that the folder exists and the drive is still connected, then export again."),  # noqa: E501
        path,
        args=(path.name, error.strerror or error),
    )  # fmt: skip


# -- import ------------------------------------------------------------------------------------


def import_archive(
    store: Store,
    source: bytes | Path | Archive,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportReport:
    """Merge an archive into the store, in one transaction (see the module's rules).

    Someone deleted because the archive carries their tombstone is then erased from the store's
    log and from this laptop's backups (``report.backups_rewritten`` / ``backups_failed`` /
    ``log_pending``); a dry run predicts none of that.

    Args:
        store: The open store (held exclusively).
        source: The file, its bytes, or an archive already read with :func:`read_archive`.
        dry_run: Compute the same report and write nothing.
        progress: Told ``(done, total)`` while backups are checked and rewritten (no cancel).

    Raises:
        UserError: the archive is refused (nothing written), or its ids clash with rows of
            another workshop in this store.
    """
    archive = source if isinstance(source, Archive) else read_archive(source)
    try:
        with store.session() as session:
            merge = _Merge(archive, session, write=not dry_run)
            report = merge.run()
    except IntegrityError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The archive of “%1” clashes with this store: one of its ids belongs to another row here (%2)."),  # noqa: E501
            QT_TRANSLATE_NOOP("Core", "Nothing was imported. The file may have been edited by hand; export it again from the Ippo it came from."),  # noqa: E501
            args=(archive.workshop.title, exc.orig),
        ) from exc  # fmt: skip
    if merge.deleted:  # committed: now the copies of them outside the store's transaction
        erasure = erase_imported(store, merge.deleted, progress=progress)
        report.backups_rewritten = erasure.backups_rewritten
        report.backups_failed = erasure.backups_failed
        report.log_pending = erasure.log_pending
    return report


class _Merge:
    """One import: the local state is read first, then compared and written table by table."""

    def __init__(self, archive: Archive, session: Session, *, write: bool) -> None:
        self.archive = archive
        self.session = session
        self.write = write
        wid = archive.workshop.id
        self.workshop = session.get(Workshop, wid)
        self.stages = {s.id: s for s in _workshop_rows(session, Stage, wid)}
        self.people = {p.id: p for p in _workshop_rows(session, Participant, wid)}
        self.sheets = {s.participant_id: s for s in _workshop_rows(session, WorksheetRow, wid)}
        self.events = _workshop_rows(session, RunEventRow, wid)
        self.rounds = _workshop_rows(session, GroupRoundRow, wid)
        self.tombstones = {e.id for e in _workshop_rows(session, ErasureRow, wid)}
        self.erased = self.tombstones | {e.id for e in archive.erasures}
        #: People this import deleted because the archive carries their tombstone.
        self.deleted: list[Tombstone] = []
        title = self.workshop.title if self.workshop is not None else archive.workshop.title
        self.report = ImportReport(wid, title, dry_run=not write)

    def run(self) -> ImportReport:
        # names and sheets erased here must not come back from an older archive
        locked = bool(
            self.workshop is not None
            and self.workshop.anonymized
            and not self.archive.workshop.anonymized
        )
        self.locked = locked
        data = self.archive.workshop
        if locked:
            self.report.counts["workshop"].kept_local += 1
            self._conflict("workshop", data, self.workshop, data.title, "local",
                           "the personal data of this workshop was erased here: the archive's "
                           "workshop details, people and worksheets were left out")  # fmt: skip
        else:
            self._row("workshop", data, self.workshop, data.title)
        self._flush()
        for stage in self.archive.stages:
            self._row("stages", stage, self.stages.get(stage.id), stage.title)
        self._flush()
        names = {p.id: p.name for p in self.archive.participants}
        for person in self.archive.participants:
            if person.id in self.tombstones:
                self.report.erased_skipped += 1
            elif locked:
                self.report.counts["participants"].kept_local += 1
            else:
                self._row("participants", person, self.people.get(person.id), person.name)
        self._flush()
        for sheet in self.archive.worksheets:
            if sheet.participant_id in self.erased:
                continue
            if locked:
                self.report.counts["worksheets"].kept_local += 1
                continue
            local = self.sheets.get(sheet.participant_id)
            self._row("worksheets", sheet, local, f"worksheet of {names[sheet.participant_id]}")
        self._flush()
        self._run_log()
        self._flush()
        self._erasures()
        self._scrub_erased_here()
        self._group_rounds()
        self._flush()
        return self.report

    # -- one row -------------------------------------------------------------------------------

    def _row(self, table: str, data: BaseModel, local: Any, what: str) -> None:
        """Add, leave, update or keep one row by the rules (same id, or the same participant's
        worksheet); the archive's update time is written with its content."""
        counts = self.report.counts[table]
        values = data.model_dump()
        if local is None:
            counts.added += 1
            if self.write:
                self.session.add(SECTIONS[table][0](**values))
            return
        differ = tuple(
            k for k, v in values.items() if k not in _NOT_CONTENT and getattr(local, k) != v
        )
        if not differ:
            counts.unchanged += 1
            return
        if values["updated_at"] > local.updated_at:
            counts.updated += 1
            self._conflict(
                table, data, local, what, "archive", "the archive's copy is newer: taken", differ
            )
            if self.write:
                for key, value in values.items():
                    if key != "id":  # a worksheet matched by its participant keeps its own id
                        setattr(local, key, value)
                self.session.add(local)
        else:
            counts.kept_local += 1
            reason = (
                "this store's copy is newer: kept"
                if local.updated_at > values["updated_at"]
                else "both changed at the same instant: this store's copy kept"
            )
            self._conflict(table, data, local, what, "local", reason, differ)

    def _conflict(
        self,
        table: str,
        data: Any,
        local: Any,
        what: str,
        winner: Winner,
        reason: str,
        differ: tuple[str, ...] = (),
    ) -> None:
        self.report.conflicts.append(
            Conflict(
                table, local.id, what, local.updated_at, data.updated_at, winner, reason, differ
            )
        )

    def _flush(self) -> None:
        if self.write:
            self.session.flush()

    # -- the run log, group rounds and erasures ---------------------------------------------

    def _run_log(self) -> None:
        counts = self.report.counts["run_events"]
        by_seq = {e.seq: e for e in self.events}
        by_id = {e.id: e for e in self.events}
        fresh, clash = [], None
        for event in self.archive.run_events:
            local = by_seq.get(event.seq)
            local = by_id.get(event.id) if local is None else local
            if local is None:
                fresh.append(event)
            elif all(
                getattr(local, k) == v for k, v in event.model_dump().items() if k != "created_at"
            ):
                counts.unchanged += 1
            elif clash is None:
                clash = event
        if clash is None:
            counts.added += len(fresh)
            if self.write:
                rows = [RunEventRow(**event.model_dump()) for event in fresh]
                if self.locked:  # a message from before the anonymisation names people
                    scrub = self._anonymising_scrubber()
                    for row in rows:
                        row.text = scrub(row.text) if row.text else row.text
                self.session.add_all(rows)
            return
        counts.kept_local += len(self.archive.run_events) - counts.unchanged
        self.report.conflicts.append(
            Conflict(
                "run_events",
                clash.id,
                f"run log ({len(self.archive.run_events)} events in the archive, "
                f"{len(self.events)} here)",
                max((e.at for e in self.events), default=None),
                max(e.at for e in self.archive.run_events),
                "local",
                "two different runs of this workshop: the run log here is kept whole "
                "(two logs are never mixed)",
                ("seq",),
            )
        )

    def _anonymising_scrubber(self) -> NameScrubber:
        """The archive's people's names as this anonymised workshop labels them (P01…; someone
        it does not have becomes （氏名）)."""
        labels = {pid: person.name for pid, person in self.people.items()}
        people = [Participant(**data.model_dump()) for data in self.archive.participants]
        return scrubber_for(people, {p.id: labels.get(p.id, SHARED_NAME) for p in people})

    def _scrub_erased_here(self) -> None:
        """Someone erased here may still be named in what the archive brought — a sheet, the
        notes, a message written on a laptop that had not heard of the erasure: their name
        leaves those texts, as erasing does (the archive still carries it, so it is known)."""
        if not self.write:
            return
        for data in self.archive.participants:
            if data.id in self.tombstones:  # never added: it only tells the scrubber the name
                scrub_erased_name(self.session, Participant(**data.model_dump()))

    def _clean(self, groups: list[list[str]]) -> list[list[str]]:
        """Groups without erased people (and without groups left empty), as app.erasure does."""
        gone = {str(pid) for pid in self.erased}
        kept = [[member for member in group if member not in gone] for group in groups]
        return [group for group in kept if group]

    def _group_rounds(self) -> None:
        counts = self.report.counts["group_rounds"]
        by_id = {r.id: r for r in self.rounds}
        by_number = {r.number: r for r in self.rounds}
        incoming = [
            r.model_copy(update={"groups": self._clean(r.groups)})
            for r in self.archive.group_rounds
        ]
        clash = next(
            (
                r
                for r in incoming
                if (r.number in by_number and by_number[r.number].id != r.id)
                or (r.id in by_id and by_id[r.id].number != r.number)
            ),
            None,
        )
        updated = set()
        if clash is None:
            for data in incoming:
                before = counts.updated
                self._row("group_rounds", data, by_id.get(data.id), f"group round {data.number}")
                if counts.updated > before:
                    updated.add(data.id)
        else:
            same = sum(1 for r in incoming if r.id in by_id and by_id[r.id].groups == r.groups)
            counts.unchanged += same
            counts.kept_local += len(incoming) - same
            local = by_number.get(clash.number) or by_id[clash.id]
            self._conflict("group_rounds", clash, local, f"group round {clash.number}", "local",
                           "different group rounds with the same numbers: the rounds here are "
                           "kept (two sets of rounds are never mixed)", ("groups",))  # fmt: skip
        if self.write:  # rounds kept here lose the people the archive erased
            for row in self.rounds:
                if row.id not in updated and self._clean(row.groups) != row.groups:
                    row.groups = self._clean(row.groups)
                    self.session.add(row)

    def _erasures(self) -> None:
        """Tombstones from the archive are kept here, and the people they name are deleted."""
        counts = self.report.counts["erasures"]
        doomed: list[Participant] = []
        for data in self.archive.erasures:
            if data.id in self.tombstones:
                counts.unchanged += 1
                continue
            counts.added += 1
            person = self.people.get(data.id)
            if person is not None:
                self.report.erased_applied += 1
                doomed.append(person)
            if self.write:
                self.session.add(ErasureRow(**data.model_dump()))
        if not (self.write and doomed):
            return
        stones = {data.id: data for data in self.archive.erasures}
        self.deleted = [
            Tombstone(p.id, stones[p.id].workshop_id, stones[p.id].erased_at) for p in doomed
        ]
        for person in doomed:  # as erasing here does: their name leaves the others' texts too
            scrub_erased_name(self.session, person)
        for person in doomed:  # sheets first: the database would cascade behind the ORM's back
            sheet = self.sheets.get(person.id)
            if sheet is not None:
                self.session.delete(sheet)
        self.session.flush()
        for person in doomed:
            self.session.delete(person)
        self.session.flush()

"""Merging an archive from another laptop into this store: :class:`Merge` and its rules.

:func:`app.archive.import_archive` runs one :class:`Merge` in a transaction. The same UUID means
the same row, so merging is a comparison row by row, with rules that make a second import of the
same file change nothing:

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
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlmodel import Session, SQLModel, select

from app.archive_format import SECTIONS, Archive
from app.archive_report import Conflict, ImportReport, Winner
from app.erasure import scrub_erased_name
from app.erasure_holds import Tombstone
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

T = TypeVar("T", bound=SQLModel)

#: Columns that say when, not what: equal content with other times is "unchanged".
_NOT_CONTENT = frozenset({"id", "created_at", "updated_at"})


def workshop_rows(session: Session, table: type[T], workshop_id: uuid.UUID) -> list[T]:
    column = table.__table__.c.workshop_id  # type: ignore[attr-defined]
    return list(session.exec(select(table).where(column == workshop_id)).all())


class Merge:
    """One import: the local state is read first, then compared and written table by table."""

    def __init__(self, archive: Archive, session: Session, *, write: bool) -> None:
        self.archive = archive
        self.session = session
        self.write = write
        wid = archive.workshop.id
        self.workshop = session.get(Workshop, wid)
        self.stages = {s.id: s for s in workshop_rows(session, Stage, wid)}
        self.people = {p.id: p for p in workshop_rows(session, Participant, wid)}
        self.sheets = {s.participant_id: s for s in workshop_rows(session, WorksheetRow, wid)}
        self.events = workshop_rows(session, RunEventRow, wid)
        self.rounds = workshop_rows(session, GroupRoundRow, wid)
        self.tombstones = {e.id for e in workshop_rows(session, ErasureRow, wid)}
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

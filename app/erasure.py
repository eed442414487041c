"""Erasing personal data: one participant entirely, or a workshop's people after its retention date.

Erasing means the words are gone from the store *and* from Ippo's own backups:

* the store runs with ``PRAGMA secure_delete`` (freed pages are overwritten with zeros) and
  erasing checkpoints the write-ahead log, so the text is not left in free pages or in ``-wal``;
* every backup that still holds the person is rewritten the same way (opened as a store of its
  own in a temporary folder, changed, vacuumed into a new file that replaces the backup) — the
  dated backups and the copies a restore set aside in ``backups/replaced``;
* an erased participant leaves a tombstone (only the id), so merging an archive made earlier
  on another laptop, or restoring a backup made earlier, cannot bring them back
  (:mod:`app.erasure_holds`); an anonymised workshop likewise stays anonymised through a restore;
* an erased participant's name is also taken out of what the others wrote and what the workshop
  holds — the other worksheets (experiences too), the notes, the messages shown to the room —
  where it becomes ``（氏名）`` by the rules of :class:`app.name_scrubber.NameScrubber` (so 未来
  in 「未来の自分」 stays), in the erasure's transaction and in every backup rewritten for it.

If the process dies between the store's change and the last backup (a power cut), a mark left
in the backups folder makes the next open of the store go through the backups again
(:func:`app.erasure_holds.finish_pending`).

What Ippo cannot reach is said, not hidden: files exported or printed earlier, and backups Ippo
could not rewrite (the report names them; the facilitator deletes or keeps them knowingly).

After a workshop's retention date the personal data is anonymised in place with the rules of
:mod:`app.workshop_record` (names → P01…, shared departments only, no experience text, names
scrubbed from free texts), so the anonymised summary can still be printed afterwards.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from app.backups import PENDING_MARK, fsync_dir, list_backups, work_folder
from app.errors import QT_TRANSLATE_NOOP, NotFound, StoreError, UserError
from app.models import (
    ErasureRow,
    GroupRoundRow,
    Participant,
    RunEventRow,
    WorksheetRow,
    Workshop,
)
from app.name_scrubber import NameScrubber, erasure_scrubber, scrubber_for
from app.names import name_key
from app.paths import DataDir
from app.store import BUSY_TIMEOUT_MS, Store
from app.workshop_record import pseudonyms, shared_departments

_SHEET_TEXTS = (
    "expectations",
    "partner_noticed",
    "identity",
    "target_state",
    "step_what",
    "step_supporter",
)


@dataclass
class ErasureReport:
    """What was erased, and where copies were (or could not be) removed."""

    people: int = 0
    backups_rewritten: list[Path] = field(default_factory=list)
    backups_failed: list[tuple[Path, str]] = field(default_factory=list)
    #: The store's write-ahead log could not be emptied yet (another reader held it): the old
    #: text stays there until the next checkpoint, at the latest when Ippo closes the store.
    log_pending: bool = False

    @property
    def complete(self) -> bool:
        return not self.backups_failed and not self.log_pending


# -- one participant --------------------------------------------------------------------------


def erase_in(session: Session, participant_id: uuid.UUID) -> bool:
    """Erase one participant in ``session`` (their sheet, group places, their name in the
    others' texts) and leave a tombstone; False when nobody has this id."""
    person = session.get(Participant, participant_id)
    if person is None:
        return False
    workshop_id = person.workshop_id
    scrub_erased_name(session, person)
    session.delete(person)  # the worksheet goes with it (ON DELETE CASCADE)
    key = str(participant_id)
    for row in session.exec(
        select(GroupRoundRow).where(GroupRoundRow.workshop_id == workshop_id)
    ).all():
        groups = [[m for m in g if m != key] for g in row.groups]
        groups = [g for g in groups if g]
        if groups != row.groups:
            row.groups = groups
            session.add(row)
    if session.get(ErasureRow, participant_id) is None:
        session.add(ErasureRow(id=participant_id, workshop_id=workshop_id))
    return True


def scrub_erased_name(session: Session, person: Participant) -> None:
    """Write ``（氏名）`` for ``person``'s name in the texts of their workshop that remain: the
    others' worksheets, the notes, the room messages (see the module docstring)."""
    others = session.exec(
        select(Participant)
        .where(Participant.workshop_id == person.workshop_id)
        .where(Participant.id != person.id)
    ).all()
    scrub = erasure_scrubber(person, others)
    _scrub_workshop(session, person.workshop_id, scrub, besides=person.id)


def erase_participant(
    store: Store,
    participant_id: uuid.UUID,
    *,
    progress: Callable[[int, int], bool] | None = None,
) -> ErasureReport:
    """Delete one participant, their worksheet and their place in the groups, everywhere, and
    write ``（氏名）`` for their name in the workshop's other texts (see the module docstring).

    Raises:
        NotFound: when nobody has this id (also when they were erased before).
    """
    with rewrite_pending(store.data_dir):
        with store.session() as session:
            if not erase_in(session, participant_id):
                raise NotFound(
                    QT_TRANSLATE_NOOP("Core", "No participant has the id %1."),
                    QT_TRANSLATE_NOOP("Core", "They may have been erased already."),
                    args=(participant_id,),
                )
        report = ErasureReport(people=1, log_pending=not checkpoint(store))
        holds = _holds_participant(participant_id)

        def change(other: Store) -> None:
            _erase_participant_quietly(other, participant_id)

        rewrite_backups(store, report, holds, progress, change)
    return report


def _erase_participant_quietly(store: Store, participant_id: uuid.UUID) -> None:
    with store.session() as session:
        erase_in(session, participant_id)


# -- retention ----------------------------------------------------------------------------------


def due_for_anonymizing(store: Store, today: dt.date) -> list[Workshop]:
    """Workshops whose retention date has passed and whose people are still named."""
    with store.session() as session:
        return list(
            session.exec(
                select(Workshop)
                .where(col(Workshop.retain_until).is_not(None))
                .where(col(Workshop.retain_until) < today)
                .where(col(Workshop.anonymized).is_(False))
                .order_by(col(Workshop.retain_until))
            ).all()
        )


def anonymize_in(session: Session, workshop_id: uuid.UUID) -> int:
    """Anonymise one workshop's personal data in ``session``; returns how many people it had."""
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        return 0
    people = session.exec(select(Participant).where(Participant.workshop_id == workshop_id)).all()
    labels = pseudonyms(p.id for p in people)
    kept = shared_departments(p.department for p in people if not p.withdrawn)
    scrub = scrubber_for(people, labels)
    for person in people:
        person.name = labels[person.id]
        person.name_key = name_key(person.name)
        person.reading = person.email = person.employee_code = person.print_name = ""
        person.department = person.department.strip() if person.department.strip() in kept else ""
        session.add(person)
    for sheet in session.exec(
        select(WorksheetRow).where(WorksheetRow.workshop_id == workshop_id)
    ).all():
        sheet.experiences = [{"energy": item.get("energy", 0)} for item in sheet.experiences]
        session.add(sheet)
    _scrub_workshop(session, workshop_id, scrub)
    workshop.anonymized = True
    session.add(workshop)
    return len(people)


def _scrub_workshop(
    session: Session,
    workshop_id: uuid.UUID,
    scrub: NameScrubber,
    *,
    besides: uuid.UUID | None = None,
) -> None:
    """Scrub names from the workshop's free texts: the worksheets (but the one of ``besides``),
    the messages shown to the room (「田中さん、受付へ」) and the notes. Only a row whose text
    changes is written (an untouched row keeps its update time, which archive merges compare)."""
    sheets = select(WorksheetRow).where(WorksheetRow.workshop_id == workshop_id)
    if besides is not None:
        sheets = sheets.where(WorksheetRow.participant_id != besides)
    for sheet in session.exec(sheets).all():
        changes: dict[str, object] = {name: scrub(getattr(sheet, name)) for name in _SHEET_TEXTS}
        for name in ("strengths", "values", "themes"):
            changes[name] = [scrub(v) for v in getattr(sheet, name)]
        changes["experiences"] = [
            {k: scrub(v) if isinstance(v, str) else v for k, v in item.items()}
            for item in sheet.experiences
        ]
        changed = {k: v for k, v in changes.items() if v != getattr(sheet, k)}
        if changed:
            sheet.sqlmodel_update(changed)
            session.add(sheet)
    for event in session.exec(
        select(RunEventRow).where(RunEventRow.workshop_id == workshop_id)
    ).all():
        if event.text and scrub(event.text) != event.text:
            event.text = scrub(event.text)
            session.add(event)
    workshop = session.get(Workshop, workshop_id)
    if workshop is not None and scrub(workshop.notes) != workshop.notes:
        workshop.notes = scrub(workshop.notes)
        session.add(workshop)


def anonymize_workshop(
    store: Store,
    workshop_id: uuid.UUID,
    *,
    progress: Callable[[int, int], bool] | None = None,
) -> ErasureReport:
    """Replace the workshop's personal data by its anonymised form, in the store and backups."""

    def change(other: Store) -> None:
        with other.session() as session:
            anonymize_in(session, workshop_id)

    with rewrite_pending(store.data_dir):
        with store.session() as session:
            if session.get(Workshop, workshop_id) is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Core", "No workshop has the id %1."), args=(workshop_id,)
                )
            count = anonymize_in(session, workshop_id)
        report = ErasureReport(people=count, log_pending=not checkpoint(store))
        rewrite_backups(store, report, holds_named_people(workshop_id), progress, change)
    return report


# -- the store's own file ----------------------------------------------------------------------


#: How long a checkpoint waits for another connection's read to end (the autosave, the clock).
CHECKPOINT_WAIT_MS = 5000


def checkpoint(store: Store) -> bool:
    """Move the write-ahead log into the file and truncate it (the old text is in the log).

    Another connection's open read makes SQLite answer "busy" without an error once the wait
    is over: say so instead of claiming the log is empty.
    """
    try:
        with store.raw_connection() as raw:
            raw.execute(f"PRAGMA busy_timeout={CHECKPOINT_WAIT_MS}")
            try:
                busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            finally:
                raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    except sqlite3.Error:
        return False
    return not busy


# -- backups ------------------------------------------------------------------------------------


def _holds_participant(participant_id: uuid.UUID) -> Callable[[sqlite3.Connection], bool]:
    def check(connection: sqlite3.Connection) -> bool:
        row = connection.execute(
            "SELECT 1 FROM participant WHERE id = ?", (participant_id.hex,)
        ).fetchone()
        return row is not None

    return check


def holds_named_people(workshop_id: uuid.UUID) -> Callable[[sqlite3.Connection], bool]:
    """A check: does a copy of the store still name the people of this workshop?"""

    def check(connection: sqlite3.Connection) -> bool:
        row = connection.execute(
            "SELECT 1 FROM participant WHERE workshop_id = ? AND name NOT GLOB 'P[0-9]*'",
            (workshop_id.hex,),
        ).fetchone()
        return row is not None

    return check


@contextlib.contextmanager
def rewrite_pending(data_dir: DataDir) -> Iterator[None]:
    """Mark the backups as possibly holding what is being erased, for the ``with`` block."""
    mark = data_dir.backups / PENDING_MARK
    with contextlib.suppress(OSError):  # a folder Ippo cannot write to: erase all the same
        data_dir.backups.mkdir(parents=True, exist_ok=True)
        mark.touch()
    try:
        yield
    except UserError:  # refused before anything was changed (nobody there, a locked store…)
        with contextlib.suppress(OSError):
            mark.unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):  # not after a failure midway: the next open goes on
        mark.unlink(missing_ok=True)


def rewrite_backups(
    store: Store,
    report: ErasureReport,
    holds: Callable[[sqlite3.Connection], bool],
    progress: Callable[[int, int], bool] | None,
    change: Callable[[Store], None],
) -> None:
    """Rewrite, with ``change``, every copy of the store that ``holds`` says still holds what
    was erased; what was rewritten and what could not be goes into ``report``."""
    copies = erasable_copies(store.data_dir)
    for done, path in enumerate(copies, start=1):
        try:
            if _backup_holds(path, holds):
                _rewrite(path, change, store.data_dir)
                report.backups_rewritten.append(path)
        except (OSError, sqlite3.Error, StoreError) as error:
            report.backups_failed.append((path, _reason(error)))
        if progress is not None:
            progress(done, len(copies))  # erasing is never left half-way: cancel is ignored


def erasable_copies(data_dir: DataDir) -> list[Path]:
    """Ippo's own copies of the store: the dated backups (newest first), then what restores set
    aside in ``backups/replaced`` — the replaced stores, and the damaged ones moved aside in their
    own folders (usually unreadable, so reported as not rewritten rather than passed over)."""
    paths = [backup.path for backup in list_backups(data_dir.backups)]
    replaced = data_dir.backups / "replaced"
    if replaced.is_dir():
        found = [*replaced.glob("*.sqlite3"), *replaced.glob("damaged-*/*.sqlite3")]
        paths += sorted((p for p in found if p.is_file()), key=lambda p: p.as_posix(), reverse=True)
    return paths


def _reason(error: BaseException) -> str:
    if isinstance(error, StoreError):
        return error.message
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def _backup_holds(path: Path, holds: Callable[[sqlite3.Connection], bool]) -> bool:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return holds(connection)
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return False  # a backup from before these tables: nothing of the kind inside
        raise
    finally:
        connection.close()


def _rewrite(path: Path, change: Callable[[Store], None], data_dir: DataDir) -> None:
    """Open a copy of the backup as a store, change it, and vacuum it over the backup.

    The new file is written private (0600, as make_backup leaves a backup) and synced before it
    replaces the backup, then the folder is synced. A copy with a write-ahead log beside it (a
    damaged store moved aside) is read with its log; the log and its index are removed before the
    rewritten file takes its place: replayed onto the new file they would damage it, and they
    still hold the old text.
    """
    with work_folder(data_dir) as folder:
        clean = clean_copy(path, change, Path(folder))
        part = path.with_name(path.name + ".part")
        try:
            _copy_private(clean, part)
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            os.replace(part, path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    fsync_dir(path.parent)


def _copy_private(source: Path, target: Path) -> None:
    """Copy ``source`` to a new ``target`` readable by the user only, synced to the disk."""
    target.unlink(missing_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(target, flags, 0o600), "wb") as out, source.open("rb") as data:
        shutil.copyfileobj(data, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())


def clean_copy(path: Path, change: Callable[[Store], None], folder: Path) -> Path:
    """Copy the database ``path`` into ``folder``, open it as a store there (an older schema is
    migrated, without a backup of the throwaway copy), ``change`` it, and vacuum it into a new
    file, which is returned: no free page or log of it holds what ``change`` removed."""
    work = DataDir(folder / "data").ensure()
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(work.database)
        try:
            source.backup(target, pages=-1)  # with what a log beside ``path`` holds
        finally:
            target.close()
    finally:
        source.close()
    with Store.open(work, backup_before_migration=False) as other:
        change(other)
        checkpoint(other)
    clean = folder / "clean.sqlite3"
    connection = sqlite3.connect(work.database)
    try:
        connection.execute("VACUUM INTO ?", (str(clean),))
    finally:
        connection.close()
    return clean

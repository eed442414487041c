"""Erasures that hold: a restored backup or an imported archive must not undo or skip one.

(Anonymisations hold through a restore as well: see **Restoring a backup**.)

An erased participant leaves a tombstone (:class:`app.models.ErasureRow`, only the id). Two
ways in would otherwise bring the person back, or leave copies of them behind:

* **Restoring a backup** (:func:`app.backup_restore.restore`, ``ippo restore``) puts a file in
  place of the store: a backup taken before an erasure Ippo could not rewrite, a copy set aside in
  ``backups/replaced``, any file the facilitator picks. The tombstones the store had before the
  restore stay in force: the file is first copied into a temporary store (migrated there when
  it is older — the erasure table came with revision 0004), the tombstones are put back and
  their people erased as :func:`app.erasure.erase_participant` does (worksheet, places in the
  groups, their name in the others' texts), and only that vacuumed copy is restored
  (:func:`restorable_copy`). The person's text never reaches the store's file or its
  write-ahead log, nor a backup taken before a migration.
  Workshops the store has anonymised (:func:`app.erasure.anonymize_workshop`) are anonymised in
  that copy too, where it still holds them with their names (:func:`read_anonymized`).
* **Importing an archive** that carries the tombstone of someone this store has deletes them in
  the import's transaction; afterwards :func:`erase_imported` does what erasing does next:
  empties the write-ahead log and rewrites this laptop's backups that still hold them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from app.backups import PENDING_MARK
from app.erasure import (
    ErasureReport,
    anonymize_in,
    checkpoint,
    clean_copy,
    erase_in,
    holds_named_people,
    rewrite_backups,
)
from app.models import ErasureRow, Workshop
from app.store import Store


@dataclass(frozen=True)
class Tombstone:
    """One erasure, detached from any session: who, in which workshop, and when."""

    id: uuid.UUID
    workshop_id: uuid.UUID
    erased_at: dt.datetime


def read_tombstones(store: Store) -> list[Tombstone]:
    """The store's tombstones; none for a store whose schema predates them (before 0004)."""
    with store.raw_connection() as raw:
        table = raw.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'erasure'"
        ).fetchone()
    if table is None:
        return []
    with store.session() as session:
        rows = session.exec(select(ErasureRow)).all()
        return [Tombstone(row.id, row.workshop_id, row.erased_at) for row in rows]


def read_anonymized(store: Store) -> list[uuid.UUID]:
    """The ids of the store's anonymised workshops; none before the flag existed (0004)."""
    with store.raw_connection() as raw:
        columns = {row[1] for row in raw.execute("PRAGMA table_info(workshop)")}
    if "anonymized" not in columns:
        return []
    with store.session() as session:
        return list(
            session.exec(select(Workshop.id).where(col(Workshop.anonymized).is_(True))).all()
        )


def holds_in_copies(paths: Sequence[Path]) -> tuple[list[Tombstone], list[uuid.UUID]]:
    """The tombstones and anonymised workshops held by any of these copies of the store.

    For a store that cannot be opened: every backup taken after an erasure (and every one an
    erasure rewrote) carries its tombstone, so together they say what must stay erased. A copy
    that cannot be read, or that predates both (before 0004), adds nothing.
    """
    stones: dict[uuid.UUID, Tombstone] = {}
    anonymized: set[uuid.UUID] = set()
    for path in paths:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        engine = create_engine("sqlite://", creator=lambda uri=uri: sqlite3.connect(uri, uri=True))
        try:
            with Session(engine) as session:
                found = session.exec(select(ErasureRow)).all()
                stones |= {r.id: Tombstone(r.id, r.workshop_id, r.erased_at) for r in found}
                query = select(Workshop.id).where(col(Workshop.anonymized).is_(True))
                anonymized |= set(session.exec(query).all())
        except (OSError, sqlite3.Error, SQLAlchemyError):
            continue  # unreadable, damaged, or older than the erasure table
        finally:
            engine.dispose()
    return list(stones.values()), sorted(anonymized, key=str)


def _honour_in(session: Session, tombstones: Sequence[Tombstone]) -> list[uuid.UUID]:
    """Put back the tombstones the store lacks (with their own time) and erase the people they
    name; returns the ids of the people who were still there."""
    for stone in tombstones:
        if session.get(ErasureRow, stone.id) is None:
            session.add(
                ErasureRow(id=stone.id, workshop_id=stone.workshop_id, erased_at=stone.erased_at)
            )
    session.flush()
    return [stone.id for stone in tombstones if erase_in(session, stone.id)]


def _honour(
    tombstones: Sequence[Tombstone], anonymized: Sequence[uuid.UUID] = ()
) -> Callable[[Store], None]:
    def change(store: Store) -> None:
        with store.session() as session:
            _honour_in(session, tombstones)
            for workshop_id in anonymized:
                workshop = session.get(Workshop, workshop_id)
                if workshop is not None and not workshop.anonymized:
                    anonymize_in(session, workshop_id)

    return change


def restorable_copy(
    backup_file: Path,
    tombstones: Sequence[Tombstone],
    folder: Path,
    anonymized: Sequence[uuid.UUID] = (),
) -> Path:
    """``backup_file`` as it may be restored over a store with these tombstones and these
    anonymised workshops.

    A clean copy in ``folder`` (which the caller removes afterwards), at the current schema,
    holding every tombstone and none of the people they name, and with each of the
    ``anonymized`` workshops it holds anonymised; ``backup_file`` is not changed.

    Raises:
        StoreError: the copy cannot be opened or migrated (the store has not been touched).
    """
    return clean_copy(backup_file, _honour(tombstones, anonymized), folder)


def _holds_any(ids: Sequence[uuid.UUID]) -> Callable[[sqlite3.Connection], bool]:
    def check(connection: sqlite3.Connection) -> bool:
        return any(
            connection.execute("SELECT 1 FROM participant WHERE id = ?", (pid.hex,)).fetchone()
            for pid in ids
        )

    return check


def erase_imported(
    store: Store,
    tombstones: Sequence[Tombstone],
    *,
    progress: Callable[[int, int], bool] | None = None,
) -> ErasureReport:
    """After an import that deleted these people (their tombstones came with the archive, and
    its transaction is committed): empty the store's log and rewrite Ippo's backups that still
    hold any of them, as :func:`app.erasure.erase_participant` does after its own transaction.
    """
    report = ErasureReport(people=len(tombstones), log_pending=not checkpoint(store))
    if tombstones:
        ids = [stone.id for stone in tombstones]
        rewrite_backups(store, report, _holds_any(ids), progress, _honour(tombstones))
    return report


def finish_pending(store: Store) -> ErasureReport | None:
    """Go through the backups again if an erasure or an anonymisation was cut off (a killed
    process, a power cut) after it changed the store and before its backups were rewritten:
    every backup still holding someone erased, or naming the people of an anonymised
    workshop, is rewritten. Returns what was done, or None when nothing was pending.
    """
    mark = store.data_dir.backups / PENDING_MARK
    if not mark.exists():
        return None
    tombstones, anonymized = read_tombstones(store), read_anonymized(store)
    ids = [stone.id for stone in tombstones]
    holds_person = _holds_any(ids)
    named = [holds_named_people(workshop_id) for workshop_id in anonymized]

    def holds(connection: sqlite3.Connection) -> bool:
        return holds_person(connection) or any(check(connection) for check in named)

    report = ErasureReport(people=len(ids), log_pending=not checkpoint(store))
    rewrite_backups(store, report, holds, None, _honour(tombstones, anonymized))
    mark.unlink(missing_ok=True)
    return report

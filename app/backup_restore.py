"""Restoring a backup: checking the file, and putting it in place of the store.

A restore first copies the current store aside (into ``backups/replaced``), so it never
overwrites a file it has not kept: :func:`restore` replaces an open store's content,
:func:`restore_data_dir` (``ippo restore``) also takes over a data folder whose store is damaged,
which it moves aside untouched (:func:`set_aside_damaged`). Erasures and anonymisations stay in
force: what is copied in is cleaned first (:mod:`app.erasure_holds`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import filelock

from app import schema
from app.backups import STAMP, copy_database, sweep_work_folders, work_folder
from app.db_types import utcnow
from app.errors import (
    QT_TRANSLATE_NOOP,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreTooNew,
    UserError,
)
from app.paths import DataDir

if TYPE_CHECKING:
    from app.store import Store


def _read_only_uri(path: Path) -> str:
    # as_uri() escapes '#', '?' and spaces, which a hand-made "file:" URI would misread.
    return path.resolve().as_uri() + "?mode=ro"


def check_backup_file(path: Path) -> str:
    """Make sure ``path`` is an Ippo store this version can open; returns its revision."""
    if not path.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "There is no file %1."),
            QT_TRANSLATE_NOOP("Core", "Check the path and try again."),
            path,
            args=(path,),
        )
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise StoreCorrupt(
                QT_TRANSLATE_NOOP("Core", "%1 is not an Ippo backup (not an SQLite database)."),
                QT_TRANSLATE_NOOP("Core", "Choose a file from the backups folder (names start with 'ippo-')."),  # noqa: E501
                path,
                args=(path,),
            )  # fmt: skip
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise StoreCorrupt(
            QT_TRANSLATE_NOOP("Core", "%1 cannot be read as an Ippo backup: %2."),
            QT_TRANSLATE_NOOP("Core", "Choose another backup; this one was left as it is."),
            path,
            args=(path, exc),
        ) from exc
    if check != "ok" or row is None:
        raise StoreCorrupt(
            QT_TRANSLATE_NOOP("Core", "%1 is damaged or not an Ippo backup."),
            QT_TRANSLATE_NOOP("Core", "Choose another backup; this one was left as it is."),
            path,
            args=(path,),
        )
    revision = str(row[0])
    if revision not in schema.REVISIONS:
        raise StoreTooNew(
            QT_TRANSLATE_NOOP("Core", "%1 was made by a newer version of Ippo (schema %2)."),
            QT_TRANSLATE_NOOP("Core", "Install the newer Ippo to restore it."),
            path,
            args=(path, revision),
        )
    return revision


def restore(store: Store, backup_file: Path, now: datetime | None = None) -> Path:
    """Replace the store's content with ``backup_file``; returns where the old content went.

    The current content is first copied aside with the backup API (into ``backups/replaced``),
    then the backup is copied *into* the live database, again with the backup API, so the WAL
    and the open connection stay consistent. The caller reopens the store afterwards so that a
    backup from an older schema is migrated.

    Erasures stay in force: when the store has tombstones or anonymised workshops, what is
    copied in is a cleaned copy of ``backup_file`` (:func:`app.erasure_holds.restorable_copy` —
    already migrated, holding the tombstones and none of the people they name, and with those
    workshops anonymised), so a backup taken before an erasure or an anonymisation does not
    bring the names back, not even into the store's log. ``backup_file`` is left as it is.
    """
    # imported here: app.erasure (which imports app.backups) loads only when a restore runs
    from app.erasure_holds import read_anonymized, read_tombstones, restorable_copy

    check_backup_file(backup_file)
    tombstones = read_tombstones(store)
    anonymized = read_anonymized(store)
    stamp = (now or utcnow()).astimezone(UTC).strftime(STAMP)
    aside = store.data_dir.backups / "replaced" / f"ippo-replaced-{stamp}Z.sqlite3"
    aside.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        content = backup_file
        if tombstones or anonymized:  # cleaned first: a failure leaves the store as it was
            sweep_work_folders(store.data_dir.backups)
            folder = stack.enter_context(work_folder(store.data_dir))
            try:
                content = restorable_copy(backup_file, tombstones, Path(folder), anonymized)
            except (OSError, sqlite3.Error) as exc:
                raise _not_prepared(backup_file, exc) from exc
        with store.raw_connection() as live:
            copy_database(live, aside)
            source = sqlite3.connect(_read_only_uri(content), uri=True)
            try:
                source.backup(live, pages=-1)
            finally:
                source.close()
            live.execute("PRAGMA wal_checkpoint(FULL)")
    return aside


def set_aside_damaged(data_dir_db: Path, now: datetime | None = None) -> Path:
    """Move a store that cannot be opened (and its -wal/-shm) aside, untouched, before a restore."""
    stamp = (now or utcnow()).astimezone(UTC).strftime(STAMP)
    folder = data_dir_db.parent / "backups" / "replaced" / f"damaged-{stamp}Z"
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{data_dir_db}{suffix}")
        if candidate.exists():
            os.replace(candidate, folder / candidate.name)
    return folder


def restore_data_dir(data_dir: DataDir, backup_file: Path) -> Path:
    """``ippo restore``: restore into a data folder whose store may be healthy or damaged.

    Returns the path where the replaced content was set aside. A healthy store is restored in
    place through the backup API; a damaged one is moved aside untouched and the backup copied
    in as a fresh file. Either way the store is then opened once, so an older backup migrates.

    Erasures: a healthy store's tombstones and anonymisations stay in force (see
    :func:`restore`). A damaged store is never opened, only moved aside untouched; what must
    stay erased is then read from Ippo's other copies of the store — every backup taken or
    rewritten after an erasure carries its tombstone (:func:`app.erasure_holds.holds_in_copies`)
    — and ``backup_file`` is cleaned of it before it is copied in, as :func:`restore` does.
    """
    from app.store import Store

    check_backup_file(backup_file)
    try:
        store = Store.open(data_dir, migrate=False)
    except (StoreCorrupt, StoreTooNew):
        # A store this Ippo cannot open is moved aside untouched, never written to.
        lock = _lock_for(data_dir.database)
        try:
            aside = set_aside_damaged(data_dir.database)
            try:
                _copy_in_cleaned(data_dir, backup_file)
            except (OSError, sqlite3.Error, StoreError) as exc:
                _put_back(aside, data_dir.database)  # as it was: damaged, but not gone
                raise _not_prepared(backup_file, exc) from exc
        finally:
            lock.release()
    else:
        with store:
            aside = restore(store, backup_file)
    Store.open(data_dir).close()  # migrates an older backup, with its own backup first
    return aside


def _copy_in_cleaned(data_dir: DataDir, backup_file: Path) -> None:
    """Copy ``backup_file`` in as the new store file, cleaned of what Ippo's other copies say
    must stay erased or anonymised."""
    from app.erasure import erasable_copies  # imported here, as in restore()
    from app.erasure_holds import holds_in_copies, restorable_copy

    tombstones, anonymized = holds_in_copies(erasable_copies(data_dir))
    with contextlib.ExitStack() as stack:
        content = backup_file
        if tombstones or anonymized:
            folder = stack.enter_context(work_folder(data_dir))
            content = restorable_copy(backup_file, tombstones, Path(folder), anonymized)
        source = sqlite3.connect(_read_only_uri(content), uri=True)
        target = sqlite3.connect(data_dir.database)
        try:
            source.backup(target, pages=-1)
        finally:
            source.close()
            target.close()


def _put_back(folder: Path, database: Path) -> None:
    """Undo :func:`set_aside_damaged`: the damaged files go back where they were."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
        moved = folder / f"{database.name}{suffix}"
        if moved.exists():
            os.replace(moved, Path(f"{database}{suffix}"))


def _not_prepared(backup_file: Path, error: BaseException) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP("Core", "Could not prepare %1 for restoring (%2)."),
        QT_TRANSLATE_NOOP("Core", "Nothing was changed. Free some disk space beside the data folder and try again."),  # noqa: E501
        backup_file,
        args=(backup_file.name, error),
    )  # fmt: skip


def _lock_for(database: Path) -> filelock.BaseFileLock:
    lock = filelock.FileLock(str(database) + ".lock", timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout as exc:
        raise StoreLocked(
            QT_TRANSLATE_NOOP("Core", "The store %1 is in use by another running Ippo."),
            QT_TRANSLATE_NOOP("Core", "Close the other Ippo window, then restore again."),
            database,
            args=(database,),
        ) from exc
    return lock

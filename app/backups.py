"""Backups with SQLite's online backup API: making and listing them, thinned over time.

Backups are taken on the app's own connection (never by copying the live file, whose ``-wal``
may hold the latest answers): on open when the store changed since the last one
(:func:`store_changed_since_last_backup`), before a migration, and every ten minutes while
something changed (:class:`BackupSchedule`). Thinning keeps the newest ten plus the newest of
each day for thirty days. Cleaned copies are made in :func:`work_folder`. Checking a backup and
restoring one is :mod:`app.backup_restore`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.db_types import utcnow
from app.errors import QT_TRANSLATE_NOOP, StoreError
from app.paths import DataDir

if TYPE_CHECKING:
    from app.store import Store

KEEP_NEWEST = 10
KEEP_DAILY_DAYS = 30
INTERVAL = timedelta(minutes=10)
#: Backups taken on a schedule (thinned freely); any other reason is kept for 30 days.
ROUTINE = frozenset({"auto", "open"})
#: After a failed automatic backup, wait this long before the next try (and say it once).
RETRY_AFTER = timedelta(minutes=2)
_NAME = re.compile(r"^ippo-(\d{8}T\d{6}\d{6})Z-([a-z0-9-]+)\.sqlite3$")
#: How the name of a backup (or of a store set aside by a restore) writes its instant, in UTC.
STAMP = "%Y%m%dT%H%M%S%f"


@dataclass(frozen=True)
class Backup:
    """One backup file and the instant it was taken (UTC, from its name)."""

    path: Path
    taken_at: datetime
    reason: str


def list_backups(folder: Path) -> list[Backup]:
    """Backups in ``folder``, newest first. Files not named by Ippo are ignored."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            taken = datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC)
            found.append(Backup(path, taken, match.group(2)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def make_backup(
    store: Store,
    reason: str = "manual",
    now: datetime | None = None,
    keep_days: int = KEEP_DAILY_DAYS,
) -> Path:
    """Copy the store with the online backup API into its backups folder, then thin.

    The copy is written to a temporary name, flushed to disk and renamed, so a half-written
    backup never looks like a good one.
    """
    folder = store.data_dir.backups
    folder.mkdir(parents=True, exist_ok=True)
    taken = now or utcnow()
    safe_reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    target = folder / f"ippo-{taken.astimezone(UTC).strftime(STAMP)}Z-{safe_reason}.sqlite3"
    while target.exists():  # two backups in one microsecond: keep both
        taken += timedelta(microseconds=1)
        target = folder / f"ippo-{taken.astimezone(UTC).strftime(STAMP)}Z-{safe_reason}.sqlite3"
    partial = target.with_suffix(".partial")
    try:
        with store.raw_connection() as source:
            copy_database(source, partial)
        os.replace(partial, target)
        fsync_dir(folder)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreError(
            QT_TRANSLATE_NOOP("Core", "Ippo could not save a backup in %1: %2."),
            QT_TRANSLATE_NOOP("Core", "Free some disk space or check that the folder is writable. The store itself is unchanged and your work is saved."),  # noqa: E501
            folder,
            args=(folder, exc),
        ) from exc  # fmt: skip
    thin(folder, now=taken, keep_days=keep_days)
    with contextlib.suppress(OSError):  # without it the next open just backs up again
        _fingerprint_file(store).write_text(store_fingerprint(store), encoding="ascii")
    return target


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    destination = sqlite3.connect(target)
    try:
        source.backup(destination, pages=-1)
        # A backup is a plain single file: no WAL beside it to lose.
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()
    if os.name == "posix":
        target.chmod(0o600)
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


#: Written in the backups folder before an erasure or an anonymisation changes the store, and
#: removed once the backups have been gone through: found at the next open, it means a process
#: was killed in between, and the backups are gone through again (:mod:`app.erasure_holds`).
PENDING_MARK = ".rewrite-pending"

#: Cleaned copies (for an erasure, or before a restore) are made in a folder of this name
#: beside the backups: on the same disk, readable by the user only — not in the system's temp
#: folder, which is often a small RAM disk — and swept away if a crash left one behind.
WORK_PREFIX = ".ippo-work-"


def work_folder(data_dir: DataDir) -> tempfile.TemporaryDirectory[str]:
    """A private folder for a cleaned copy, removed when the ``with`` block ends."""
    data_dir.backups.mkdir(parents=True, exist_ok=True)
    return tempfile.TemporaryDirectory(
        prefix=WORK_PREFIX, dir=data_dir.backups, ignore_cleanup_errors=True
    )


def sweep_work_folders(folder: Path) -> None:
    """Remove work folders a killed process left in the backups ``folder`` (they may hold a
    copy of someone since erased)."""
    for leftover in folder.glob(WORK_PREFIX + "*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for part in (*folder.glob("*.part"), *folder.glob("replaced/**/*.part")):
        part.unlink(missing_ok=True)  # a rewritten backup that never took the old one's place


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (POSIX; nothing to do elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def to_thin(
    backups: Iterable[Backup], now: datetime, keep_days: int = KEEP_DAILY_DAYS
) -> list[Backup]:
    """Which backups the policy lets go: all but the newest ten and one a day for ``keep_days``
    days (thirty unless the facilitator chose otherwise in the settings)."""
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = {b.path for b in ordered[:KEEP_NEWEST]}
    seen_days: set[str] = set()
    horizon = now - timedelta(days=keep_days)
    # A backup taken for a reason (before a deletion, a migration, by hand) is the one someone
    # will look for: it stays its thirty days whatever the automatic ones do.
    keep |= {b.path for b in ordered if b.reason not in ROUTINE and b.taken_at >= horizon}
    for backup in ordered:
        day = backup.taken_at.date().isoformat()
        if backup.taken_at >= horizon and day not in seen_days:
            seen_days.add(day)
            keep.add(backup.path)
    return [b for b in ordered if b.path not in keep]


def thin(folder: Path, now: datetime | None = None, keep_days: int = KEEP_DAILY_DAYS) -> list[Path]:
    """Delete the backups the policy lets go; returns what was deleted."""
    gone = []
    for backup in to_thin(list_backups(folder), now or utcnow(), keep_days):
        with contextlib.suppress(OSError):
            backup.path.unlink()
            gone.append(backup.path)
    return gone


_FINGERPRINT_SQL = (
    "SELECT 'w', count(*), group_concat(id || updated_at) FROM (SELECT id, updated_at "
    "FROM workshop ORDER BY id) UNION ALL "
    "SELECT 's', count(*), group_concat(id || updated_at) FROM (SELECT id, updated_at "
    "FROM stage ORDER BY id) UNION ALL "
    "SELECT 'p', count(*), group_concat(id || updated_at) FROM (SELECT id, updated_at "
    "FROM participant ORDER BY id) UNION ALL "
    "SELECT 'r', count(*), max(created_at) FROM run_event UNION ALL "
    "SELECT 'k', count(*), group_concat(id || updated_at) FROM (SELECT id, updated_at "
    "FROM worksheet ORDER BY id) UNION ALL "
    "SELECT 'g', count(*), group_concat(id || updated_at) FROM (SELECT id, updated_at "
    "FROM group_round ORDER BY id) UNION ALL "
    "SELECT 'e', count(*), max(erased_at) FROM erasure"
)


def store_fingerprint(store: Store) -> str:
    """A digest of every row's id and update time: equal digests, nothing to back up."""
    try:
        with store.raw_connection() as connection:
            rows = connection.execute(_FINGERPRINT_SQL).fetchall()
    except sqlite3.Error:
        return ""  # an older schema (a backup before its migration): never equal to a saved one
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _fingerprint_file(store: Store) -> Path:
    return store.data_dir.backups / "last-backup.txt"


def store_changed_since_last_backup(store: Store) -> bool:
    """Whether the store's content differs from when the newest backup was taken.

    File times would not do: opening a store in WAL mode touches its ``-wal`` file.
    """
    if not list_backups(store.data_dir.backups):
        return True
    try:
        saved = _fingerprint_file(store).read_text(encoding="ascii").strip()
    except OSError:
        return True
    return not saved or saved != store_fingerprint(store)


class BackupSchedule:
    """Every ten minutes while something changed. The caller's timer calls :meth:`tick`."""

    def __init__(
        self,
        store: Store,
        now: Callable[[], datetime] = utcnow,
        keep_days: int = KEEP_DAILY_DAYS,
    ) -> None:
        self._store = store
        self.keep_days = keep_days
        self._now = now
        self._last_at = now()
        self._last_count = store.change_count
        self.failures = 0

    def tick(self) -> Path | None:
        """Take a backup if one is due; returns its path, or ``None``."""
        now = self._now()
        if self._store.change_count == self._last_count or now - self._last_at < INTERVAL:
            return None
        try:
            path = make_backup(self._store, reason="auto", now=now, keep_days=self.keep_days)
        except StoreError:
            # Try again in a little while, not on every tick; the caller reports it once.
            self._last_at = now - INTERVAL + RETRY_AFTER
            self.failures += 1
            raise
        self._last_at, self._last_count = now, self._store.change_count
        self.failures = 0
        return path

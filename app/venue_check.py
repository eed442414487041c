"""The venue check: can Ippo do its job on this laptop, in this room, today?

The part that needs no Qt (``ippo check`` and the dialog both use it): can the store be
written, is there disk space, are the bundled fonts and chimes there, is there a recent backup,
and is the store somewhere SQLite is safe (not a network share, not a USB stick, not a
cloud-synced folder: :mod:`app.venue_check_location`). The dialog adds what needs Qt: screens
and sound.

Each result is a :class:`app.venue_check_items.CheckItem` with English texts made from that
module's tables, so the UI can translate them. No check raises: one that cannot run reports a
warning saying so.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import wave
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.backups import list_backups, store_changed_since_last_backup
from app.paths import DataDir, resources_dir
from app.venue_check_items import CheckItem, make_item
from app.venue_check_location import check_location

if TYPE_CHECKING:
    from app.store import Store

LOW_DISK_BYTES = 200 * 1024 * 1024
CRITICAL_DISK_BYTES = 20 * 1024 * 1024
BACKUP_MAX_AGE = timedelta(hours=24)
STORE_WAIT_MS = 500
FONT_FILES = ("ipaexg.ttf", "ipaexm.ttf", "IPA_Font_License_Agreement_v1.0.txt")
CHIME_FILES = ("chime-1.wav", "chime-2.wav", "chime-3.wav")


def run_checks(
    data_dir: DataDir,
    store: Store | None,
    now: datetime,
    *,
    mounts: str | None = None,
) -> list[CheckItem]:
    """Run every check, in the order a facilitator reads them.

    Args:
        data_dir: the installation's data folder.
        store: the open store, if any (its connection gets a ``BEGIN IMMEDIATE``/``ROLLBACK``).
        now: the current instant (aware; a naive one is taken as UTC).
        mounts: the text of ``/proc/mounts`` (tests pass their own); read on Linux if ``None``.
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    checks: list[tuple[str, Callable[[], CheckItem]]] = [
        ("store", lambda: check_store(data_dir, store)),
        ("disk", lambda: check_disk(data_dir)),
        ("fonts", check_fonts),
        ("sounds", check_sounds),
        ("backups", lambda: check_backups(data_dir, now, store)),
        ("location", lambda: check_location(data_dir, mounts)),
    ]
    items = []
    for check_id, check in checks:
        try:
            items.append(check())
        except Exception as exc:  # a check that cannot run must not hide the others
            items.append(make_item(check_id, "warning", "check.failed", _describe(exc)))
    return items


# -- the checks ------------------------------------------------------------------------------


def check_store(data_dir: DataDir, store: Store | None) -> CheckItem:
    """A real write in a temporary file beside the database, and one on the store itself."""
    root = data_dir.root
    if not root.exists():
        parent = _existing_ancestor(root)
        if os.access(parent, os.W_OK | os.X_OK):
            return make_item("store", "ok", "store.new", root)
        return make_item("store", "problem", "store.folder_read_only", parent)
    if not os.access(root, os.W_OK | os.X_OK):
        return make_item("store", "problem", "store.folder_read_only", root)
    database = data_dir.database
    if database.exists() and not os.access(database, os.R_OK | os.W_OK):
        return make_item("store", "problem", "store.file_read_only", database)
    try:
        _write_test_file(root)
    except OSError as exc:
        return make_item("store", "problem", "store.write_failed", root, _describe(exc))
    if store is not None:
        try:
            _test_transaction(store)
        except Exception as exc:
            message = _describe(exc)
            if "locked" in message.lower() or "busy" in message.lower():
                return make_item("store", "problem", "store.locked", database)
            if "readonly" in message.lower() or "read-only" in message.lower():
                return make_item("store", "problem", "store.file_read_only", database)
            return make_item("store", "problem", "store.sqlite_failed", database, message)
    return make_item("store", "ok", "store.ok", root)


def _write_test_file(folder: Path) -> None:
    fd, name = tempfile.mkstemp(prefix=".ippo-check-", suffix=".tmp", dir=folder)
    try:
        os.write(fd, b"Ippo venue check: this file is deleted at once.\n")
        os.fsync(fd)
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(name)


def _test_transaction(store: Store, wait_ms: int = STORE_WAIT_MS) -> None:
    """``BEGIN IMMEDIATE; ROLLBACK``: takes the write lock, writes nothing. Waits at most
    ``wait_ms`` for a busy store (not the store's own 3 s: the dialog would freeze)."""
    with store.raw_connection() as connection:
        row = connection.execute("PRAGMA busy_timeout").fetchone()
        connection.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
        try:
            connection.execute("BEGIN IMMEDIATE")
        finally:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if row is not None:
                connection.execute(f"PRAGMA busy_timeout={int(row[0])}")


def check_disk(data_dir: DataDir) -> CheckItem:
    """Warn below 200 MB free; below 20 MB it is a problem."""
    folder = _existing_ancestor(data_dir.root)
    free = shutil.disk_usage(folder).free
    if free < CRITICAL_DISK_BYTES:
        return make_item("disk", "problem", "disk.critical", format_bytes(free), folder)
    if free < LOW_DISK_BYTES:
        return make_item("disk", "warning", "disk.low", format_bytes(free), folder)
    return make_item("disk", "ok", "disk.ok", format_bytes(free), folder)


def format_bytes(size: int) -> str:
    """``850 MB``, ``12.3 GB`` (units read the same in Japanese)."""
    mb = size / (1024 * 1024)
    if mb < 1024:
        return f"{mb:.0f} MB"
    return f"{mb / 1024:.1f} GB"


def check_fonts() -> CheckItem:
    folder = resources_dir() / "fonts"
    missing = [name for name in FONT_FILES if not _non_empty_file(folder / name)]
    if missing:
        return make_item("fonts", "problem", "fonts.missing", folder, ", ".join(missing))
    return make_item("fonts", "ok", "fonts.ok")


def check_sounds() -> CheckItem:
    folder = resources_dir() / "sounds"
    missing = [name for name in CHIME_FILES if not _readable_wav(folder / name)]
    if missing:
        return make_item("sounds", "warning", "sounds.missing", folder, ", ".join(missing))
    return make_item("sounds", "ok", "sounds.ok")


def _non_empty_file(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return False


def _readable_wav(path: Path) -> bool:
    try:
        with wave.open(str(path), "rb") as sound:
            return sound.getnframes() > 0
    except (OSError, EOFError, wave.Error):
        return False


def check_backups(data_dir: DataDir, now: datetime, store: Store | None = None) -> CheckItem:
    """The newest backup younger than a day, or nothing changed since it was taken (by the
    store's content when it is open; by file times otherwise)."""
    backups = list_backups(data_dir.backups)
    if not backups:
        if not data_dir.database.exists():
            return make_item("backups", "ok", "backups.empty")
        return make_item("backups", "warning", "backups.none", data_dir.backups)
    newest = backups[0]
    stamp = newest.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    age = now - newest.taken_at
    if age < BACKUP_MAX_AGE:
        return make_item("backups", "ok", "backups.ok", stamp)
    changed = (
        store_changed_since_last_backup(store)
        if store is not None
        else _changed_since(data_dir, newest.taken_at)
    )
    if not changed:
        return make_item("backups", "ok", "backups.unchanged", stamp)
    return make_item("backups", "warning", "backups.old", stamp, age.days)


def _changed_since(data_dir: DataDir, instant: datetime) -> bool:
    database = data_dir.database
    times = [p.stat().st_mtime for p in (database, Path(f"{database}-wal")) if p.exists()]
    return bool(times) and max(times) > instant.timestamp()


def _existing_ancestor(path: Path) -> Path:
    """``path`` itself if it exists, else its nearest existing parent."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path(path.anchor or ".")


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, sqlite3.Error):
        return str(exc)
    return str(exc) or type(exc).__name__

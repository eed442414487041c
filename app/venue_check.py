"""The venue check: can Ippo do its job on this laptop, in this room, today?

The part that needs no Qt (``ippo check`` and the dialog both use it): can the store be
written, is there disk space, are the bundled fonts and chimes there, is there a recent backup,
and is the store somewhere SQLite is safe (not a network share, not a USB stick, not a
cloud-synced folder). The dialog adds what needs Qt: screens and sound.

Each result is a :class:`CheckItem` with English texts. The texts are made from tables
(``TITLES`` by check id, ``OUTCOMES`` by outcome key) with Qt-style ``%1`` placeholders, so the
UI can translate the same templates and fill in ``args``. No check raises: one that cannot run
reports a warning saying so.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import sys
import tempfile
import wave
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Literal

from app.backups import list_backups, store_changed_since_last_backup
from app.paths import DataDir, resources_dir
from app.placeholders import fill

if TYPE_CHECKING:
    from app.store import Store

Level = Literal["ok", "warning", "problem"]
LEVELS: tuple[Level, ...] = ("ok", "warning", "problem")

LOW_DISK_BYTES = 200 * 1024 * 1024
CRITICAL_DISK_BYTES = 20 * 1024 * 1024
BACKUP_MAX_AGE = timedelta(hours=24)
STORE_WAIT_MS = 500
FONT_FILES = ("ipaexg.ttf", "ipaexm.ttf", "IPA_Font_License_Agreement_v1.0.txt")
CHIME_FILES = ("chime-1.wav", "chime-2.wav", "chime-3.wav")

NETWORK_FS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "sshfs",
        "fuse.glusterfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gvfsd-fuse",
        "fuse.gvfs-fuse-daemon",
    }
)
REMOVABLE_PREFIXES = ("/media/", "/run/media/", "/Volumes/")
SYNCED_FOLDERS = ("OneDrive", "Dropbox", "Google Drive", "GoogleDrive", "iCloud Drive", "Box")

#: Check id → title.
TITLES: dict[str, str] = {
    "store": "Saving answers",
    "disk": "Free disk space",
    "fonts": "Japanese fonts",
    "sounds": "Chime sounds",
    "backups": "Backups",
    "location": "Where the store is kept",
}

#: Outcome key → (detail, advice). ``%1``, ``%2`` are filled from ``CheckItem.args``.
OUTCOMES: dict[str, tuple[str, str]] = {
    "store.ok": ("Ippo can save answers in %1.", ""),
    "store.new": ("The data folder %1 does not exist yet; Ippo will create it.", ""),
    "store.folder_read_only": (
        "The folder %1 is read-only: Ippo cannot save answers there.",
        "Choose a folder you can write to with --data-dir, or fix the folder's permissions.",
    ),
    "store.file_read_only": (
        "The store %1 is read-only: Ippo cannot save answers in it.",
        "Fix the file's permissions, or copy the data folder to a folder you can write to "
        "and start Ippo with --data-dir.",
    ),
    "store.write_failed": (
        "Ippo could not write a test file in %1: %2.",
        "Choose a folder you can write to with --data-dir, or fix the folder's permissions.",
    ),
    "store.locked": (
        "Another program is holding the store %1, so answers cannot be saved right now.",
        "Close the other Ippo window or the program that opened the file, then check again.",
    ),
    "store.sqlite_failed": (
        "The store %1 refused a test write: %2.",
        "Restart Ippo. If this stays, restore the newest backup (ippo restore FILE).",
    ),
    "disk.ok": ("%1 free on the drive of %2.", ""),
    "disk.low": (
        "Only %1 free on the drive of %2.",
        "Free at least 200 MB before the workshop: empty the recycle bin or delete large "
        "downloads.",
    ),
    "disk.critical": (
        "Only %1 free on the drive of %2: answers and backups may not be saved.",
        "Free at least 200 MB before the workshop: empty the recycle bin or delete large "
        "downloads.",
    ),
    "fonts.ok": ("IPAex Gothic and IPAex Mincho are installed, with their licence.", ""),
    "fonts.missing": (
        "Missing from %1: %2.",
        "Reinstall Ippo. Without these fonts Japanese text and the printed sheets cannot be "
        "shown correctly.",
    ),
    "sounds.ok": ("The three chimes (1, 2 and 3 strokes) are installed.", ""),
    "sounds.missing": (
        "Missing or unreadable in %1: %2.",
        "Reinstall Ippo. Until then the projector flashes instead of chiming.",
    ),
    "backups.ok": ("The newest backup was taken at %1, less than a day ago.", ""),
    "backups.unchanged": (
        "The newest backup was taken at %1, and nothing has changed since.",
        "",
    ),
    "backups.old": (
        "The newest backup was taken at %1, %2 days ago.",
        "Take a backup now: File ▸ Back up now, or `ippo backup`.",
    ),
    "backups.none": (
        "There is no backup yet in %1.",
        "Take a backup now: File ▸ Back up now, or `ippo backup`.",
    ),
    "backups.empty": ("There is no store yet, so nothing to back up.", ""),
    "location.ok": ("The store folder %1 is on this computer's own drive.", ""),
    "location.network": (
        "The store folder %1 is on a network drive (%2). "
        "WAL does not work on network file systems: answers can be lost.",
        "Keep the store on this computer's own drive: start Ippo without --data-dir, "
        "or choose a local folder.",
    ),
    "location.removable": (
        "The store folder %1 is on a removable drive. "
        "USB sticks lose writes when pulled out while Ippo is open.",
        "Copy the data folder to this computer's drive for the workshop, or never pull the "
        "stick out before Ippo is closed.",
    ),
    "location.synced": (
        "The store folder %1 is in a cloud-synced folder (%2). "
        "Syncing can copy the store half-written.",
        "Keep the store outside synced folders: start Ippo without --data-dir, or choose a "
        "local folder that is not synced.",
    ),
    "check.failed": (
        "This check could not run: %1.",
        "Restart Ippo and check again. If this stays, tell whoever supports Ippo.",
    ),
}


@dataclass(frozen=True)
class CheckItem:
    """One check's result. ``ok`` is ``level == "ok"``.

    ``outcome`` is the key of the texts in :data:`OUTCOMES` and ``args`` what fills their
    ``%1``, ``%2``; the UI uses them to show the same result in the user's language.
    """

    id: str
    ok: bool
    level: Level
    title: str
    detail: str
    advice: str
    outcome: str = ""
    args: tuple[str, ...] = ()


def make_item(
    check_id: str,
    level: Level,
    outcome: str,
    *args: object,
    titles: Mapping[str, str] = TITLES,
    outcomes: Mapping[str, tuple[str, str]] = OUTCOMES,
) -> CheckItem:
    """A result from the tables: the English texts filled in with ``args``. The UI passes its
    own tables for the checks that need Qt (screens, sound)."""
    detail, advice = outcomes[outcome]
    values = tuple(str(a) for a in args)
    return CheckItem(
        id=check_id,
        ok=level == "ok",
        level=level,
        title=titles.get(check_id, check_id),
        detail=fill(detail, *values),
        advice=fill(advice, *values),
        outcome=outcome,
        args=values,
    )


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


def checks_json(items: list[CheckItem]) -> list[dict[str, Any]]:
    """The results as plain JSON-ready dicts (``ippo check --json``)."""
    return [
        {
            "id": item.id,
            "ok": item.ok,
            "level": item.level,
            "title": item.title,
            "detail": item.detail,
            "advice": item.advice,
            "outcome": item.outcome,
            "args": list(item.args),
        }
        for item in items
    ]


def worst_level(items: list[CheckItem]) -> Level:
    """``problem`` if any item is a problem, else ``warning`` if any is, else ``ok``."""
    found = {item.level for item in items}
    return next((level for level in reversed(LEVELS) if level in found), "ok")


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


def check_location(data_dir: DataDir, mounts: str | None = None) -> CheckItem:
    """Best effort: network file system, removable drive, or cloud-synced folder → warning."""
    folder = Path(os.path.realpath(data_dir.root))  # symlinks resolved; need not exist yet
    shown = data_dir.root
    synced = next((part for part in folder.parts if _is_synced_name(part)), None)
    if sys.platform == "win32":
        kind = _windows_drive_kind(folder)
        if kind == "network":
            return make_item("location", "warning", "location.network", shown, "SMB")
        if kind == "removable":
            return make_item("location", "warning", "location.removable", shown)
    else:
        if mounts is None:
            mounts = _read_proc_mounts()
        if mounts:
            mount_point, fs_type = mount_of(folder, mounts)
            if is_network_fs(fs_type):
                return make_item("location", "warning", "location.network", shown, fs_type)
            if _is_removable_path(mount_point) or _is_removable_path(folder.as_posix()):
                return make_item("location", "warning", "location.removable", shown)
        elif _is_removable_path(folder.as_posix()):
            return make_item("location", "warning", "location.removable", shown)
    if synced:
        return make_item("location", "warning", "location.synced", shown, synced)
    return make_item("location", "ok", "location.ok", shown)


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """``(mount point, fs type)`` pairs from ``/proc/mounts`` text (octal escapes decoded)."""
    found = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            found.append((_unescape_mount(fields[1]), fields[2]))
    return found


def mount_of(path: PurePath, mounts: str) -> tuple[str, str]:
    """The mount point holding ``path`` and its fs type (the longest match; later wins)."""
    target = path.as_posix()
    best = ("", "")
    for mount_point, fs_type in parse_mounts(mounts):
        inside = (
            mount_point == "/"
            or target == mount_point
            or target.startswith(mount_point.rstrip("/") + "/")
        )
        if inside and len(mount_point) >= len(best[0]):
            best = (mount_point, fs_type)
    return best


def is_network_fs(fs_type: str) -> bool:
    return fs_type in NETWORK_FS or fs_type.startswith(("nfs", "fuse.sshfs"))


def _unescape_mount(field: str) -> str:
    out, i = [], 0
    while i < len(field):
        chunk = field[i : i + 4]
        if len(chunk) == 4 and chunk[0] == "\\" and chunk[1:].isdigit():
            out.append(chr(int(chunk[1:], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def _read_proc_mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _is_removable_path(path: str) -> bool:
    return any(path.startswith(prefix) for prefix in REMOVABLE_PREFIXES)


def _is_synced_name(part: str) -> bool:
    return any(part == name or part.startswith(name + " - ") for name in SYNCED_FOLDERS)


def _windows_drive_kind(folder: Path) -> str:
    """``network``, ``removable`` or ``local`` (GetDriveTypeW; a UNC path is a network one)."""
    text = str(folder)
    if text.startswith("\\\\"):
        return "network"
    if sys.platform == "win32":
        import ctypes

        drive_type = ctypes.windll.kernel32.GetDriveTypeW(folder.anchor)
        if drive_type == 4:  # DRIVE_REMOTE
            return "network"
        if drive_type == 2:  # DRIVE_REMOVABLE
            return "removable"
    return "local"


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

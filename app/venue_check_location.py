"""Where the store is kept: on this computer's own drive, or somewhere SQLite is not safe.

Best effort, and a warning at most: a network file system (WAL does not work there), a
removable drive (a USB stick pulled out loses writes) or a cloud-synced folder (syncing can copy
the store half-written). On Windows the drive type tells; elsewhere the file system in
``/proc/mounts`` (where there is one) and the folders removable drives are mounted in.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath

from app.paths import DataDir
from app.venue_check_items import CheckItem, make_item

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

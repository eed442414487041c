"""The venue check's core: each check passing and failing, JSON out, and never raising."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

import pytest

from app import venue_check
from app.backups import make_backup
from app.models import Workshop
from app.paths import DataDir, resources_dir
from app.store import Store
from app.venue_check import (
    check_backups,
    check_disk,
    check_fonts,
    check_sounds,
    check_store,
    run_checks,
)
from app.venue_check_items import OUTCOMES, TITLES, CheckItem, checks_json, worst_level
from app.venue_check_location import check_location, mount_of

NOW = datetime(2026, 12, 3, 0, 30, tzinfo=UTC)
LOCAL_MOUNTS = "/dev/vda / ext4 rw,relatime 0 0\ntmpfs /dev/shm tmpfs rw 0 0\n"


def _by_id(items: list[CheckItem]) -> dict[str, CheckItem]:
    return {item.id: item for item in items}


def _deny_access(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """Root ignores file modes, so a read-only path is simulated through ``os.access``."""
    real_access = os.access

    def fake_access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        if Path(path) == denied and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(venue_check.os, "access", fake_access)


# -- everything fine -------------------------------------------------------------------------


def test_a_healthy_installation_passes_every_check(store: Store, data_dir: DataDir) -> None:
    make_backup(store, now=NOW - timedelta(hours=2))
    items = run_checks(data_dir, store, NOW, mounts=LOCAL_MOUNTS)
    assert [i.id for i in items] == ["store", "disk", "fonts", "sounds", "backups", "location"]
    assert {i.id: i.level for i in items} == dict.fromkeys(
        ["store", "disk", "fonts", "sounds", "backups", "location"], "ok"
    )
    assert all(i.ok for i in items)
    assert worst_level(items) == "ok"
    assert _by_id(items)["store"].outcome == "store.ok"
    assert _by_id(items)["backups"].outcome == "backups.ok"


def test_the_store_check_leaves_nothing_behind_and_the_store_writable(
    store: Store, data_dir: DataDir
) -> None:
    before = set(data_dir.root.iterdir())
    assert check_store(data_dir, store).level == "ok"
    assert set(data_dir.root.iterdir()) == before  # the test file is gone
    with store.raw_connection() as connection:
        assert not connection.in_transaction  # the BEGIN IMMEDIATE was rolled back
    with store.session() as session:
        session.add(Workshop(title="チェックの後も書ける"))


# -- the store -------------------------------------------------------------------------------


def test_a_read_only_data_folder_is_a_problem(
    store: Store, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny_access(monkeypatch, data_dir.root)
    item = check_store(data_dir, store)
    assert (item.level, item.ok, item.outcome) == ("problem", False, "store.folder_read_only")
    assert str(data_dir.root) in item.detail
    assert "--data-dir" in item.advice


def test_a_read_only_store_file_is_a_problem(
    store: Store, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny_access(monkeypatch, data_dir.database)
    item = check_store(data_dir, store)
    assert (item.level, item.outcome) == ("problem", "store.file_read_only")
    assert str(data_dir.database) in item.detail


def test_a_failing_real_write_is_a_problem(
    data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.ensure()

    def no_space(*args: Any, **kwargs: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(venue_check.tempfile, "mkstemp", no_space)
    item = check_store(data_dir, None)
    assert (item.level, item.outcome) == ("problem", "store.write_failed")
    assert "No space left on device" in item.detail


class _FakeStore:
    """A store whose connection refuses BEGIN IMMEDIATE with ``error``."""

    def __init__(self, error: str) -> None:
        self.error = error

    @contextmanager
    def raw_connection(self) -> Iterator[Any]:
        error = self.error

        class Connection:
            in_transaction = False

            def execute(self, sql: str) -> Any:
                if sql.startswith("PRAGMA"):
                    return self
                raise sqlite3.OperationalError(error)

            def fetchone(self) -> tuple[int]:
                return (3000,)

        yield Connection()


@pytest.mark.parametrize(
    ("error", "outcome"),
    [
        ("database is locked", "store.locked"),
        ("attempt to write a readonly database", "store.file_read_only"),
        ("disk I/O error", "store.sqlite_failed"),
    ],
)
def test_a_store_that_refuses_a_transaction_is_a_problem(
    data_dir: DataDir, error: str, outcome: str
) -> None:
    data_dir.ensure()
    item = check_store(data_dir, _FakeStore(error))  # type: ignore[arg-type]
    assert (item.level, item.outcome) == ("problem", outcome)
    if outcome == "store.sqlite_failed":
        assert error in item.detail


def test_a_store_held_by_another_connection_is_reported_locked(
    store: Store, data_dir: DataDir
) -> None:
    other = sqlite3.connect(data_dir.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        item = check_store(data_dir, store)  # waits 0.5 s, not the store's 3 s
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert (item.level, item.outcome) == ("problem", "store.locked")
    with store.raw_connection() as connection:  # the store's own patience is back
        assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == 3000


def test_a_data_folder_not_made_yet_is_fine_when_its_parent_is_writable(tmp_path: Path) -> None:
    item = check_store(DataDir(tmp_path / "new" / "data"), None)
    assert (item.level, item.outcome) == ("ok", "store.new")
    assert not (tmp_path / "new").exists()  # a check creates nothing


def test_a_data_folder_not_made_yet_under_a_read_only_parent_is_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny_access(monkeypatch, tmp_path)
    item = check_store(DataDir(tmp_path / "data"), None)
    assert (item.level, item.outcome) == ("problem", "store.folder_read_only")


# -- disk space ------------------------------------------------------------------------------


class _Usage(NamedTuple):
    total: int
    used: int
    free: int


@pytest.mark.parametrize(
    ("free_mb", "level", "outcome", "shown"),
    [
        (50_000, "ok", "disk.ok", "48.8 GB"),
        (150, "warning", "disk.low", "150 MB"),
        (10, "problem", "disk.critical", "10 MB"),
    ],
)
def test_free_disk_space(
    data_dir: DataDir,
    monkeypatch: pytest.MonkeyPatch,
    free_mb: int,
    level: str,
    outcome: str,
    shown: str,
) -> None:
    free = free_mb * 1024 * 1024
    monkeypatch.setattr(venue_check.shutil, "disk_usage", lambda _p: _Usage(free * 2, free, free))
    item = check_disk(data_dir)
    assert (item.level, item.outcome) == (level, outcome)
    assert item.args[0] == shown
    assert shown in item.detail


def test_the_real_disk_space_is_read(data_dir: DataDir) -> None:
    assert check_disk(data_dir).outcome in {"disk.ok", "disk.low", "disk.critical"}


# -- fonts and chimes ------------------------------------------------------------------------


@pytest.fixture
def fake_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "resources"
    folder.mkdir()
    monkeypatch.setattr(venue_check, "resources_dir", lambda: folder)
    return folder


def test_the_bundled_fonts_are_there() -> None:
    item = check_fonts()
    assert (item.level, item.outcome) == ("ok", "fonts.ok")


def test_a_missing_font_folder_is_a_problem(fake_resources: Path) -> None:
    item = check_fonts()
    assert (item.level, item.outcome) == ("problem", "fonts.missing")
    for name in ("ipaexg.ttf", "ipaexm.ttf", "IPA_Font_License_Agreement_v1.0.txt"):
        assert name in item.detail
    assert "Reinstall" in item.advice


def test_a_missing_licence_alone_is_named(fake_resources: Path) -> None:
    fonts = fake_resources / "fonts"
    fonts.mkdir()
    for name in ("ipaexg.ttf", "ipaexm.ttf"):
        (fonts / name).write_bytes(b"\0\1\0\0 not really a font, but there")
    (fonts / "IPA_Font_License_Agreement_v1.0.txt").write_bytes(b"")  # empty = missing
    item = check_fonts()
    assert item.level == "problem"
    assert item.args[1] == "IPA_Font_License_Agreement_v1.0.txt"


def test_the_chimes_are_there() -> None:
    assert check_sounds().outcome == "sounds.ok"


def test_missing_or_broken_chimes_are_a_warning(fake_resources: Path) -> None:
    sounds = fake_resources / "sounds"
    sounds.mkdir()
    shutil.copy(resources_dir() / "sounds" / "chime-1.wav", sounds / "chime-1.wav")
    (sounds / "chime-2.wav").write_bytes(b"RIFF not a wave file")
    item = check_sounds()
    assert (item.level, item.outcome) == ("warning", "sounds.missing")
    assert item.args[1] == "chime-2.wav, chime-3.wav"


# -- backups ---------------------------------------------------------------------------------


def test_a_backup_younger_than_a_day_is_fine(store: Store, data_dir: DataDir) -> None:
    make_backup(store, now=NOW - timedelta(hours=23))
    item = check_backups(data_dir, NOW)
    assert (item.level, item.outcome) == ("ok", "backups.ok")


def test_an_old_backup_with_changes_since_is_a_warning(store: Store, data_dir: DataDir) -> None:
    make_backup(store, now=NOW - timedelta(days=3))
    with store.session() as session:
        session.add(Workshop(title="変更あり"))
    stamp = (NOW - timedelta(minutes=5)).timestamp()
    os.utime(data_dir.database, (stamp, stamp))
    item = check_backups(data_dir, NOW)
    assert (item.level, item.outcome) == ("warning", "backups.old")
    assert item.args[1] == "3"
    assert "3 days ago" in item.detail
    assert "ippo backup" in item.advice


def test_an_old_backup_with_nothing_changed_since_is_fine(data_dir: DataDir) -> None:
    with Store.open(data_dir) as store:
        make_backup(store, now=NOW - timedelta(days=3))
    stamp = (NOW - timedelta(days=4)).timestamp()
    for path in (data_dir.database, Path(f"{data_dir.database}-wal")):
        if path.exists():
            os.utime(path, (stamp, stamp))
    item = check_backups(data_dir, NOW)
    assert (item.level, item.outcome) == ("ok", "backups.unchanged")


def test_no_backup_at_all_is_a_warning(store: Store, data_dir: DataDir) -> None:
    item = check_backups(data_dir, NOW)
    assert (item.level, item.outcome) == ("warning", "backups.none")
    assert str(data_dir.backups) in item.detail


def test_no_store_means_nothing_to_back_up(data_dir: DataDir) -> None:
    assert check_backups(data_dir, NOW).outcome == "backups.empty"


def test_a_naive_now_is_taken_as_utc(store: Store, data_dir: DataDir) -> None:
    make_backup(store, now=NOW - timedelta(hours=1))
    items = run_checks(data_dir, store, NOW.replace(tzinfo=None), mounts=LOCAL_MOUNTS)
    assert _by_id(items)["backups"].outcome == "backups.ok"


# -- where the store is kept -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "fs_type"),
    [
        ("nas:/export/ippo /mnt/nas nfs4 rw,relatime 0 0", "nfs4"),
        ("nas:/export/ippo /mnt/nas nfs rw 0 0", "nfs"),
        ("//nas/share /mnt/nas cifs rw,vers=3.0 0 0", "cifs"),
        ("//nas/share /mnt/nas smb3 rw 0 0", "smb3"),
        ("tanaka@nas:/home /mnt/nas fuse.sshfs rw,nosuid 0 0", "fuse.sshfs"),
    ],
)
def test_a_network_file_system_is_a_warning(line: str, fs_type: str) -> None:
    mounts = LOCAL_MOUNTS + line + "\n"
    item = check_location(DataDir(Path("/mnt/nas/IppoData")), mounts)
    assert (item.level, item.outcome) == ("warning", "location.network")
    assert item.args == ("/mnt/nas/IppoData", fs_type)
    assert "WAL does not work on network file systems" in item.detail


def test_a_folder_beside_a_network_mount_is_local() -> None:
    mounts = LOCAL_MOUNTS + "nas:/export /mnt/nas nfs4 rw 0 0\n"
    item = check_location(DataDir(Path("/mnt/nas2/IppoData")), mounts)
    assert item.outcome == "location.ok"


def test_a_later_mount_on_the_same_point_wins() -> None:
    mounts = "/dev/vda / ext4 rw 0 0\nnas:/x /srv nfs rw 0 0\n/dev/vdb /srv ext4 rw 0 0\n"
    assert mount_of(PurePosixPath("/srv/ippo"), mounts) == ("/srv", "ext4")


@pytest.mark.parametrize(
    ("root", "mounts"),
    [
        ("/media/tanaka/USB/IppoData", LOCAL_MOUNTS + "/dev/sdb1 /media/tanaka/USB vfat rw 0 0"),
        ("/run/media/tanaka/USB/IppoData", LOCAL_MOUNTS),
        (
            "/media/tanaka/My Stick/IppoData",
            LOCAL_MOUNTS + "/dev/sdb1 /media/tanaka/My\\040Stick exfat rw 0 0",
        ),
    ],
)
def test_a_usb_stick_is_a_warning(root: str, mounts: str) -> None:
    item = check_location(DataDir(Path(root)), mounts)
    assert (item.level, item.outcome) == ("warning", "location.removable")
    assert "USB sticks lose writes when pulled" in item.detail


def test_mount_points_with_escaped_spaces_are_decoded() -> None:
    mounts = "/dev/sdb1 /media/tanaka/My\\040Stick exfat rw 0 0\n"
    path = PurePosixPath("/media/tanaka/My Stick/IppoData")
    assert mount_of(path, mounts) == ("/media/tanaka/My Stick", "exfat")


def test_a_cloud_synced_folder_is_a_warning(tmp_path: Path) -> None:
    root = tmp_path / "OneDrive - 株式会社サンプル" / "IppoData"
    item = check_location(DataDir(root), LOCAL_MOUNTS)
    assert (item.level, item.outcome) == ("warning", "location.synced")
    assert item.args[1] == "OneDrive - 株式会社サンプル"


def test_a_local_drive_is_fine(data_dir: DataDir) -> None:
    item = check_location(data_dir, LOCAL_MOUNTS)
    assert (item.level, item.outcome) == ("ok", "location.ok")


def test_without_mount_information_the_path_still_tells() -> None:
    assert check_location(DataDir(Path("/media/x/IppoData")), "").outcome == "location.removable"
    assert check_location(DataDir(Path("/srv/IppoData")), "").outcome == "location.ok"


def test_the_real_mounts_of_this_machine_are_read(data_dir: DataDir) -> None:
    assert check_location(data_dir).level in {"ok", "warning"}


def test_run_checks_passes_the_mounts_on(store: Store, tmp_path: Path) -> None:
    items = run_checks(
        DataDir(tmp_path / "data"), store, NOW, mounts=f"nas:/x {tmp_path} nfs4 rw 0 0\n"
    )
    assert _by_id(items)["location"].outcome == "location.network"


# -- the whole -------------------------------------------------------------------------------


def test_a_check_that_crashes_does_not_hide_the_others(
    store: Store, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_data_dir: DataDir) -> CheckItem:
        raise RuntimeError("statvfs exploded")

    monkeypatch.setattr(venue_check, "check_disk", broken)
    items = _by_id(run_checks(data_dir, store, NOW, mounts=LOCAL_MOUNTS))
    assert len(items) == 6
    assert (items["disk"].level, items["disk"].outcome) == ("warning", "check.failed")
    assert "statvfs exploded" in items["disk"].detail
    assert items["fonts"].ok


def test_checks_json_is_plain_json(
    store: Store, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny_access(monkeypatch, data_dir.root)
    items = run_checks(data_dir, store, NOW, mounts=LOCAL_MOUNTS)
    data = json.loads(json.dumps(checks_json(items), ensure_ascii=False))
    assert [d["id"] for d in data] == [i.id for i in items]
    store_entry = data[0]
    assert set(store_entry) == {"id", "ok", "level", "title", "detail", "advice", "outcome", "args"}
    assert store_entry["ok"] is False and store_entry["level"] == "problem"
    assert store_entry["args"] == [str(data_dir.root)]
    assert worst_level(items) == "problem"


def test_worst_level() -> None:
    def item(level: Any) -> CheckItem:
        return CheckItem("x", level == "ok", level, "t", "d", "a")

    assert worst_level([]) == "ok"
    assert worst_level([item("ok"), item("warning")]) == "warning"
    assert worst_level([item("problem"), item("warning"), item("ok")]) == "problem"


def test_every_outcome_has_texts_and_a_known_check() -> None:
    for outcome, (detail, advice) in OUTCOMES.items():
        assert detail.strip(), outcome
        check_id = outcome.split(".")[0]
        assert check_id in TITLES or check_id == "check"
        assert "%" not in detail.replace("%1", "").replace("%2", ""), outcome
        assert "%" not in advice.replace("%1", "").replace("%2", ""), outcome


def test_the_check_writes_its_test_file_beside_the_database(
    data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.ensure()
    seen: list[str] = []
    real = tempfile.mkstemp

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(str(kwargs.get("dir")))
        return real(*args, **kwargs)

    monkeypatch.setattr(venue_check.tempfile, "mkstemp", spy)
    assert check_store(data_dir, None).outcome == "store.ok"
    assert seen == [str(data_dir.root)]

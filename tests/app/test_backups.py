"""Backups: the online API, thinning, and the schedule."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.backup_restore import check_backup_file
from app.backups import (
    Backup,
    BackupSchedule,
    list_backups,
    make_backup,
    store_changed_since_last_backup,
    to_thin,
)
from app.errors import StoreError
from app.models import Workshop
from app.paths import DataDir
from app.store import Store


def _add(store: Store, title: str) -> None:
    with store.session() as session:
        session.add(Workshop(title=title))


def test_a_backup_holds_what_is_still_in_the_wal(store: Store) -> None:
    _add(store, "まだWALの中")
    path = make_backup(store)
    with sqlite3.connect(path) as copy:
        assert copy.execute("SELECT title FROM workshop").fetchall() == [("まだWALの中",)]
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert check_backup_file(path)
    assert list_backups(store.data_dir.backups)[0].path == path


def test_thinning_keeps_the_newest_ten_and_one_a_day_for_thirty_days() -> None:
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    backups = [
        Backup(Path(f"b{hours}"), now - timedelta(hours=hours), "auto")
        for hours in range(0, 1200, 4)
    ]
    gone = {b.path for b in to_thin(backups, now)}
    kept = [b for b in backups if b.path not in gone]
    assert all(b in kept for b in backups[:10])
    days = {b.taken_at.date() for b in kept if b.taken_at >= now - timedelta(days=30)}
    assert len(days) == 31  # today and each of the thirty days before it
    assert all(b.taken_at >= now - timedelta(days=30) for b in kept)
    assert len(kept) < 45


def test_make_backup_thins_the_folder(store: Store) -> None:
    start = datetime(2026, 11, 1, tzinfo=UTC)
    for minute in range(15):
        make_backup(store, reason="auto", now=start + timedelta(minutes=minute))
    assert len(list_backups(store.data_dir.backups)) == 10


def test_the_schedule_backs_up_every_ten_minutes_only_when_something_changed(store: Store) -> None:
    clock = [datetime(2026, 11, 26, 9, tzinfo=UTC)]
    schedule = BackupSchedule(store, now=lambda: clock[0])
    clock[0] += timedelta(minutes=11)
    assert schedule.tick() is None  # nothing changed
    _add(store, "a")
    clock[0] += timedelta(minutes=5)
    assert schedule.tick() is not None  # changed, and 16 minutes since the last check-point
    _add(store, "b")
    clock[0] += timedelta(minutes=5)
    assert schedule.tick() is None  # changed, but only 5 minutes ago
    clock[0] += timedelta(minutes=5)
    assert schedule.tick() is not None


def test_changed_since_last_backup_looks_at_the_content(data_dir: DataDir) -> None:
    with Store.open(data_dir) as store:
        assert store_changed_since_last_backup(store)
        make_backup(store)
        assert not store_changed_since_last_backup(store)
    with Store.open(data_dir) as store:  # reopening touches the -wal file, not the content
        assert not store_changed_since_last_backup(store)
        _add(store, "新しい")
        assert store_changed_since_last_backup(store)


def test_a_backup_taken_for_a_reason_outlives_the_routine_ones(store: Store) -> None:
    start = datetime(2026, 11, 1, 9, tzinfo=UTC)
    kept = make_backup(store, reason="before-delete", now=start)
    for minute in range(1, 30):
        make_backup(store, reason="auto", now=start + timedelta(minutes=10 * minute))
    assert kept.exists()
    assert len(list_backups(store.data_dir.backups)) == 11


def test_a_failed_backup_says_what_to_do_and_leaves_nothing_half_written(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.backups as backups

    def full_disk(source: sqlite3.Connection, target: Path) -> None:
        target.write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "copy_database", full_disk)
    with pytest.raises(StoreError) as caught:
        make_backup(store)
    assert "could not save a backup" in caught.value.message
    assert not list(store.data_dir.backups.glob("*.partial"))
    clock = [datetime(2026, 11, 26, 9, tzinfo=UTC)]
    schedule = BackupSchedule(store, now=lambda: clock[0])
    _add(store, "x")
    clock[0] += timedelta(minutes=11)
    with pytest.raises(StoreError):
        schedule.tick()
    clock[0] += timedelta(seconds=30)
    assert schedule.tick() is None  # backs off instead of failing every minute
    assert schedule.failures == 1

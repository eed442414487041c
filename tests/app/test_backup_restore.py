"""Restoring a backup: restores that keep what they replace, and refusals that change nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from app.backup_restore import check_backup_file, restore_data_dir
from app.backups import make_backup
from app.errors import StoreCorrupt, StoreLocked, StoreTooNew, UserError
from app.models import Workshop
from app.paths import DataDir
from app.store import Store


def _titles(data_dir: DataDir) -> list[str]:
    with Store.open(data_dir) as store, store.session() as session:
        return sorted(w.title for w in session.exec(select(Workshop)).all())


def _add(store: Store, title: str) -> None:
    with store.session() as session:
        session.add(Workshop(title=title))


def test_a_backup_folder_with_a_hash_in_its_name(tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "研修#3 ?")
    with Store.open(data_dir) as store:
        _add(store, "kept")
        backup = make_backup(store)
    assert check_backup_file(backup)
    restore_data_dir(data_dir, backup)
    assert _titles(data_dir) == ["kept"]


def test_restore_sets_the_current_store_aside(data_dir: DataDir) -> None:
    with Store.open(data_dir) as store:
        _add(store, "before")
        backup = make_backup(store)
        _add(store, "after the backup")
    aside = restore_data_dir(data_dir, backup)
    assert _titles(data_dir) == ["before"]
    with sqlite3.connect(aside) as kept:
        titles = sorted(r[0] for r in kept.execute("SELECT title FROM workshop"))
    assert titles == ["after the backup", "before"]


def test_restore_over_a_damaged_store_moves_it_aside_untouched(data_dir: DataDir) -> None:
    with Store.open(data_dir) as store:
        _add(store, "good")
        backup = make_backup(store)
    garbage = b"this is not a database" * 100
    data_dir.database.write_bytes(garbage)
    with pytest.raises(StoreCorrupt):
        Store.open(data_dir)
    aside = restore_data_dir(data_dir, backup)
    assert (aside / "ippo.sqlite3").read_bytes() == garbage
    assert _titles(data_dir) == ["good"]


def test_restore_refuses_bad_files_and_changes_nothing(data_dir: DataDir, tmp_path: Path) -> None:
    with Store.open(data_dir) as store:
        _add(store, "kept")
    not_db = tmp_path / "photo.jpg"
    not_db.write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    with pytest.raises(StoreCorrupt):
        restore_data_dir(data_dir, not_db)
    with pytest.raises(UserError, match="no file"):
        restore_data_dir(data_dir, tmp_path / "missing.sqlite3")
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreCorrupt):
        restore_data_dir(data_dir, foreign)
    assert _titles(data_dir) == ["kept"]


def test_restore_over_a_store_from_a_newer_ippo_sets_it_aside(data_dir: DataDir) -> None:
    with Store.open(data_dir) as store:
        _add(store, "ours")
        backup = make_backup(store)
    with sqlite3.connect(data_dir.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    aside = restore_data_dir(data_dir, backup)
    assert (aside / "ippo.sqlite3").is_file()
    assert _titles(data_dir) == ["ours"]


def test_restore_refuses_a_backup_from_a_newer_ippo(data_dir: DataDir) -> None:
    with Store.open(data_dir) as store:
        backup = make_backup(store)
    with sqlite3.connect(backup) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreTooNew):
        restore_data_dir(data_dir, backup)


def test_restore_waits_for_the_other_ippo(data_dir: DataDir) -> None:
    with Store.open(data_dir) as store:
        backup = make_backup(store)
        with pytest.raises(StoreLocked):
            restore_data_dir(data_dir, backup)

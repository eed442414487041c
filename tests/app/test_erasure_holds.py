"""Erasures that hold: a restored backup or an imported archive neither brings an erased person
back nor leaves copies of them behind (the store's file, its log, Ippo's backups)."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import sqlite3
import stat
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlmodel import select

from app import erasure, erasure_holds, schema
from app.archive import import_archive
from app.archive_format import encode
from app.backup_restore import check_backup_file, restore, restore_data_dir
from app.backups import PENDING_MARK, WORK_PREFIX, make_backup
from app.demo import create_demo
from app.erasure import anonymize_workshop, erase_participant
from app.errors import NotFound, StoreError
from app.group_rounds import load_rounds, save_rounds
from app.grouping import Group, Round
from app.models import ErasureRow, Participant, Workshop
from app.participants import update_participant
from app.paths import DataDir
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import save_fields
from app.workshops import get_workshop

NAME = "消去 対象𠮷子"
EMAIL = "erased.person@example.jp"
SECRET = "誰にも言っていない転職の相談"
#: Each as a text column holds it and as a JSON column does (non-ASCII escaped: the answer is
#: inside ``experiences``, so only its escaped form can ever be found in a file).
TRACES = tuple(
    form
    for text in (NAME, EMAIL, SECRET)
    for form in (text.encode(), json.dumps(text)[1:-1].encode())
)


def _person(store: Store, template: WorkshopTemplate) -> tuple[uuid.UUID, uuid.UUID, Participant]:
    """A workshop whose first person (findable by unique name, email and answer) is grouped
    with the second; returns the workshop id, the person's id and the second person."""
    workshop = create_demo(store, template, participants=5, today=dt.date(2026, 12, 1))
    people = get_workshop(store, workshop.id).participants
    gone, other = people[0], people[1]
    update_participant(store, gone.id, name=NAME, email=EMAIL)
    save_fields(store, gone.id, experiences=[{"what": SECRET, "energy": 1}])
    save_rounds(store, workshop.id, [Round((Group((str(gone.id), str(other.id))),))])
    return workshop.id, gone.id, other


def _holding(path: Path) -> bool:
    """Whether the file holds any trace of the person (bytes, not rows: free pages count)."""
    data = path.read_bytes()
    return any(trace in data for trace in TRACES)


def _files_holding(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and _holding(p))


def _store_files(data_dir: DataDir) -> list[Path]:
    db = data_dir.database
    return [p for p in (db, db.with_name(db.name + "-wal")) if p.exists()]


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _erasure_row(store: Store, participant_id: uuid.UUID) -> ErasureRow | None:
    with store.session() as session:
        return session.get(ErasureRow, participant_id)


def _assert_erased(
    store: Store, workshop_id: uuid.UUID, gone: uuid.UUID, other: Participant
) -> None:
    with store.session() as session:
        assert session.get(Participant, gone) is None
        assert session.get(ErasureRow, gone) is not None
    names = [p.name for p in get_workshop(store, workshop_id).participants]
    assert other.name in names and NAME not in names and len(names) == 4
    assert load_rounds(store, workshop_id) == [Round((Group((str(other.id),)),))]


# -- restoring a backup --------------------------------------------------------------------


def test_restoring_a_backup_from_before_an_erasure_keeps_the_person_erased(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid, gone, other = _person(store, template_90)
    kept = tmp_path / "kept-on-a-stick.sqlite3"  # a file the facilitator kept and picks later
    shutil.copy(make_backup(store, "manual"), kept)
    erase_participant(store, gone)
    before = _erasure_row(store, gone)
    with store.session() as session:
        session.add(Workshop(title="made after the backup"))

    aside = restore(store, kept)

    _assert_erased(store, wid, gone, other)
    after = _erasure_row(store, gone)
    assert before is not None and after is not None
    assert after.erased_at == before.erased_at  # the same tombstone, not a new one
    with store.session() as session:  # the backup's content is what the store holds now
        titles = [w.title for w in session.exec(select(Workshop)).all()]
    assert "made after the backup" not in titles
    assert [p for p in _store_files(store.data_dir) if _holding(p)] == []  # file and log
    assert not _holding(aside)
    assert _holding(kept)  # the facilitator's own file is left as it is


def test_ippo_restore_keeps_the_person_erased(
    data_dir: DataDir, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    with Store.open(data_dir) as store:
        wid, gone, other = _person(store, template_90)
        kept = tmp_path / "kept.sqlite3"
        shutil.copy(make_backup(store, "manual"), kept)
        report = erase_participant(store, gone)
        assert report.complete

    aside = restore_data_dir(data_dir, kept)

    assert aside.parent == data_dir.backups / "replaced"
    with Store.open(data_dir) as store:
        _assert_erased(store, wid, gone, other)
    assert _files_holding(data_dir.root) == []  # the store, its log, every backup and copy
    assert _holding(kept)


def _downgrade(path: Path, revision: str) -> None:
    """Turn a backup into one an older Ippo made (Alembic's own downgrade of the revisions)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
            connection.commit()
    finally:
        engine.dispose()


def test_a_backup_from_before_the_erasure_table_keeps_the_person_erased(
    data_dir: DataDir, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    """A backup from schema 0003 has no tombstones at all: it is migrated before they apply,
    and no backup taken before that migration holds the person."""
    with Store.open(data_dir) as store:
        wid, gone, other = _person(store, template_90)
        old = tmp_path / "ippo-0003.sqlite3"
        shutil.copy(make_backup(store, "manual"), old)
        erase_participant(store, gone)
    _downgrade(old, "0003")
    assert check_backup_file(old) == "0003"
    assert not _rows(old, "SELECT 1 FROM sqlite_master WHERE name = 'erasure'")

    restore_data_dir(data_dir, old)

    with Store.open(data_dir) as store:
        with store.engine.connect() as connection:
            assert schema.current_revision(connection) == schema.HEAD
        with store.session() as session:
            assert session.get(Participant, gone) is None
            assert session.get(ErasureRow, gone) is not None
        names = [p.name for p in get_workshop(store, wid).participants]
        assert other.name in names and len(names) == 4
    assert _files_holding(data_dir.root) == []
    assert not any("before-migration" in p.name for p in data_dir.backups.iterdir())


def test_a_restore_without_tombstones_is_a_plain_copy(
    data_dir: DataDir, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    """Nobody was erased: the backup comes back as it is (and an old one migrates on reopen)."""
    with Store.open(data_dir) as store:
        wid, gone, _other = _person(store, template_90)
        old = tmp_path / "ippo-0003.sqlite3"
        shutil.copy(make_backup(store, "manual"), old)
    _downgrade(old, "0003")
    restore_data_dir(data_dir, old)
    with Store.open(data_dir) as store:
        assert NAME in [p.name for p in get_workshop(store, wid).participants]
        assert _erasure_row(store, gone) is None
    assert any("before-migration-0003" in p.name for p in data_dir.backups.iterdir())


def test_erasing_rewrites_the_copies_a_restore_set_aside(
    store: Store, template_90: WorkshopTemplate
) -> None:
    wid, gone, other = _person(store, template_90)
    backup = make_backup(store, "manual")
    aside = restore(store, backup)  # nobody erased yet: the replaced store is set aside whole
    assert _holding(aside) and aside.parent == store.data_dir.backups / "replaced"
    damaged = store.data_dir.backups / "replaced" / "damaged-20261201T000000000000Z"
    damaged.mkdir()
    (damaged / "ippo.sqlite3").write_bytes(b"not a database, maybe a person" * 200)

    report = erase_participant(store, gone)

    assert report.backups_rewritten == [backup, aside]
    assert [path for path, _reason in report.backups_failed] == [damaged / "ippo.sqlite3"]
    assert not report.complete  # Ippo cannot tell what the damaged copy holds: it says so
    for path in (backup, aside):
        assert not _holding(path), path
        assert other.name in {row[0] for row in _rows(path, "SELECT name FROM participant")}
        assert _rows(path, "SELECT id FROM erasure") == [(gone.hex,)]
        if os.name == "posix":
            assert path.stat().st_mode & 0o777 == 0o600
    assert _files_holding(store.data_dir.backups) == []
    _assert_erased(store, wid, gone, other)


def test_a_copy_set_aside_with_its_log_is_rewritten_with_what_the_log_held(
    store: Store, template_90: WorkshopTemplate
) -> None:
    """A store moved aside with its ``-wal``: read with the log, and the stale log removed (it
    still holds the person, and replayed onto the rewritten file it would damage it)."""
    wid, gone, other = _person(store, template_90)
    folder = store.data_dir.backups / "replaced" / "damaged-20261201T000000000000Z"
    folder.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm"):  # the store is open: its latest pages are in the log
        shutil.copy(f"{store.path}{suffix}", folder / f"ippo.sqlite3{suffix}")
    assert _holding(folder / "ippo.sqlite3-wal")

    report = erase_participant(store, gone)

    assert report.backups_rewritten == [folder / "ippo.sqlite3"] and report.complete
    assert sorted(p.name for p in folder.iterdir()) == ["ippo.sqlite3"]
    assert _files_holding(folder) == []
    names = {row[0] for row in _rows(folder / "ippo.sqlite3", "SELECT name FROM participant")}
    assert other.name in names and len(names) == 4
    _assert_erased(store, wid, gone, other)


# -- an erasure that arrives with an archive -------------------------------------------------


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Store]:
    """HR's laptop, which merges the facilitator's archives."""
    with Store.open(DataDir(tmp_path / "hr")) as opened:
        yield opened


def test_an_imported_erasure_rewrites_the_backups_here(
    store: Store, target: Store, template_90: WorkshopTemplate
) -> None:
    from app.archive import export_archive

    wid, gone, other = _person(store, template_90)
    import_archive(target, encode(export_archive(store, wid)))
    backup = make_backup(target, "manual")
    broken = backup.with_name(backup.name.replace("manual", "before-delete"))
    broken.write_bytes(backup.read_bytes()[:4096] + b"\0" * 8192)
    assert _holding(backup)
    erase_participant(store, gone)  # on the facilitator's laptop
    data = encode(export_archive(store, wid))

    dry = import_archive(target, data, dry_run=True)
    assert dry.erased_applied == 1 and dry.backups_rewritten == [] and _holding(backup)

    report = import_archive(target, data)

    assert report.erased_applied == 1
    assert report.backups_rewritten == [backup]
    assert [path for path, _reason in report.backups_failed] == [broken]
    assert not report.log_pending
    _assert_erased(target, wid, gone, other)
    assert [p for p in _store_files(target.data_dir) if _holding(p)] == []
    assert not _holding(backup)
    erased_at = _rows(store.path, "SELECT erased_at FROM erasure")
    assert _rows(backup, "SELECT erased_at FROM erasure") == erased_at  # the archive's tombstone
    assert other.name in {row[0] for row in _rows(backup, "SELECT name FROM participant")}
    lines = report.summary_lines()
    assert "  They were also removed from 1 backups on this computer." in lines
    assert any(str(broken) in line and "delete that file" in line for line in lines)
    payload = report.as_json()
    assert payload["backups_rewritten"] == [str(backup)]
    assert [item["path"] for item in payload["backups_failed"]] == [str(broken)]
    assert payload["log_pending"] is False
    again = import_archive(target, data)  # nothing left to erase: no backup is touched again
    assert not again.changed and again.backups_rewritten == [] and again.backups_failed == []


# -- where the cleaned copies are made ---------------------------------------------------------


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temp folder, empty: nothing personal should ever land there."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_cleaned_copies_stay_beside_the_backups_and_are_private(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path, system_temp: Path
) -> None:
    wid, gone, other = _person(store, template_90)
    backup = make_backup(store, "manual")
    kept = tmp_path / "kept.sqlite3"
    shutil.copy(backup, kept)

    assert erase_participant(store, gone).backups_rewritten == [backup]
    restore(store, kept)

    assert list(system_temp.iterdir()) == []
    assert list(store.data_dir.backups.glob(WORK_PREFIX + "*")) == []
    assert list(store.data_dir.backups.glob("*.part")) == []
    if os.name == "posix":
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    _assert_erased(store, wid, gone, other)


def test_opening_the_store_sweeps_what_a_killed_erasure_left(data_dir: DataDir) -> None:
    leftover = data_dir.backups / f"{WORK_PREFIX}killed"
    leftover.mkdir(parents=True)
    (leftover / "clean.sqlite3").write_bytes(NAME.encode())
    half = data_dir.backups / "ippo-20261201T000000Z-manual.sqlite3.part"
    half.write_bytes(NAME.encode())
    with Store.open(data_dir):
        assert not leftover.exists() and not half.exists()


def test_a_backup_that_cannot_be_cleaned_for_a_restore_changes_nothing(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wid, gone, other = _person(store, template_90)
    kept = tmp_path / "kept.sqlite3"
    shutil.copy(make_backup(store, "manual"), kept)
    erase_participant(store, gone)

    def disk_full(*args: object, **kwargs: object) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(erasure_holds, "restorable_copy", disk_full)
    with pytest.raises(StoreError) as raised:
        restore(store, kept)

    assert "kept.sqlite3" in raised.value.message and "No space" in raised.value.message
    assert "Nothing was changed" in raised.value.advice
    _assert_erased(store, wid, gone, other)  # the store is as it was
    assert list(store.data_dir.backups.glob(WORK_PREFIX + "*")) == []


def _damage(data_dir: DataDir) -> None:
    """The store file overwritten in its middle, as a pulled USB stick can leave it."""
    db = data_dir.database
    data = bytearray(db.read_bytes())
    data[100 : len(data) // 2] = b"\xff" * (len(data) // 2 - 100)
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def test_ippo_restore_over_a_damaged_store_keeps_the_person_erased(
    data_dir: DataDir, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    """The damaged store's tombstones cannot be read; the backups taken since say them."""
    with Store.open(data_dir) as store:
        wid, gone, other = _person(store, template_90)
        kept = tmp_path / "kept.sqlite3"
        shutil.copy(make_backup(store, "manual"), kept)
        erase_participant(store, gone)
        make_backup(store, "manual")  # taken after the erasure: it carries the tombstone
    _damage(data_dir)

    aside = restore_data_dir(data_dir, kept)

    assert aside.name.startswith("damaged-")
    with Store.open(data_dir) as store:
        _assert_erased(store, wid, gone, other)
    assert [p for p in _store_files(data_dir) if _holding(p)] == []
    assert _holding(kept)


def test_a_failed_restore_over_a_damaged_store_puts_it_back(
    data_dir: DataDir,
    template_90: WorkshopTemplate,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Store.open(data_dir) as store:
        _person(store, template_90)
        kept = tmp_path / "kept.sqlite3"
        shutil.copy(make_backup(store, "manual"), kept)
        erase_participant(store, _first_id(store))
    _damage(data_dir)
    damaged = data_dir.database.read_bytes()

    def disk_full(*args: object, **kwargs: object) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(erasure_holds, "restorable_copy", disk_full)
    with pytest.raises(StoreError) as raised:
        restore_data_dir(data_dir, kept)

    assert "Nothing was changed" in raised.value.advice
    assert data_dir.database.read_bytes() == damaged  # where it was, as it was


def _first_id(store: Store) -> uuid.UUID:
    with store.session() as session:
        return session.exec(select(Participant.id)).first()  # type: ignore[return-value]


# -- an erasure cut off before its backups were rewritten ----------------------------------------


class _Killed(BaseException):
    """The process dying between the store's commit and the backups (a power cut)."""


def _cut_off(monkeypatch: pytest.MonkeyPatch, work: Callable[[], object]) -> None:
    """Run ``work`` (an erasure) and kill it once the store is changed, before the backups."""

    def killed(*args: object, **kwargs: object) -> None:
        raise _Killed

    with monkeypatch.context() as patch:
        patch.setattr(erasure, "rewrite_backups", killed)
        with pytest.raises(_Killed):
            work()


def test_an_erasure_cut_off_before_its_backups_is_finished_at_the_next_open(
    data_dir: DataDir, template_90: WorkshopTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(data_dir) as store:
        wid, gone, other = _person(store, template_90)
        backup = make_backup(store, "manual")
        _cut_off(monkeypatch, lambda: erase_participant(store, gone))
        assert _holding(backup)  # the store was changed, the backup not yet
        assert (data_dir.backups / PENDING_MARK).exists()

    with Store.open(data_dir) as store:  # the next start
        _assert_erased(store, wid, gone, other)
    assert not _holding(backup)
    assert _files_holding(data_dir.root) == []
    assert not (data_dir.backups / PENDING_MARK).exists()


def test_an_anonymisation_cut_off_is_finished_at_the_next_open(
    data_dir: DataDir, template_90: WorkshopTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(data_dir) as store:
        wid, _gone, _other = _person(store, template_90)
        backup = make_backup(store, "manual")
        _cut_off(monkeypatch, lambda: anonymize_workshop(store, wid))
        assert _holding(backup)

    with Store.open(data_dir):
        pass
    assert _files_holding(data_dir.root) == []
    assert not (data_dir.backups / PENDING_MARK).exists()


def test_a_finished_erasure_leaves_no_mark(store: Store, template_90: WorkshopTemplate) -> None:
    _wid, gone, _other = _person(store, template_90)
    make_backup(store, "manual")
    erase_participant(store, gone)
    assert not (store.data_dir.backups / PENDING_MARK).exists()


def test_erasing_nobody_leaves_no_mark(store: Store) -> None:
    with pytest.raises(NotFound):
        erase_participant(store, uuid.uuid4())
    assert not (store.data_dir.backups / PENDING_MARK).exists()

"""The store: round trip, pragmas, permissions, and each way a file can refuse to open."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import StatementError
from sqlmodel import select

from app import schema
from app.errors import StoreCorrupt, StoreError, StoreLocked, StoreReadOnly, StoreTooNew
from app.models import Participant, Stage, Workshop
from app.paths import DataDir
from app.store import Store


def test_round_trip_keeps_every_field_and_the_zone(data_dir: DataDir) -> None:
    jst = timezone(timedelta(hours=9))
    with Store.open(data_dir) as store, store.session() as session:
        workshop = Workshop(title="新任管理職研修", date=date(2026, 12, 3), venue="本社")
        session.add(workshop)
        session.flush()
        session.add(
            Stage(
                workshop_id=workshop.id,
                position=0,
                kind="inventory",
                title="経験の棚卸し",
                planned_seconds=1200,
                prompts=["直近で一番エネルギーが上がった仕事は？", "その要因は何？"],
                protected=False,
            )
        )
        session.add(Participant(workshop_id=workshop.id, name="髙橋 𠮷子 ①", department="営業部"))
        workshop.created_at = datetime(2026, 12, 3, 9, 30, tzinfo=jst)
    with Store.open(data_dir) as store, store.session() as session:
        again = session.exec(select(Workshop)).one()
        stage = session.exec(select(Stage)).one()
        person = session.exec(select(Participant)).one()
    assert again.title == "新任管理職研修"
    assert again.date == date(2026, 12, 3)
    assert again.created_at == datetime(2026, 12, 3, 0, 30, tzinfo=UTC)
    assert again.created_at.tzinfo is UTC
    assert stage.prompts == ["直近で一番エネルギーが上がった仕事は？", "その要因は何？"]
    assert person.name == "髙橋 𠮷子 ①"


def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(StatementError, match="naive"), store.session() as session:
        session.add(Workshop(title="x", created_at=datetime(2026, 1, 1)))


def test_pragmas_are_set_on_every_connection(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_deleting_a_workshop_cascades(store: Store) -> None:
    with store.session() as session:
        workshop = Workshop(title="x")
        session.add(workshop)
        session.flush()
        session.add(Stage(workshop_id=workshop.id, position=0, kind="custom", title="a",
                          planned_seconds=60))  # fmt: skip
    with store.session() as session:
        session.delete(session.get(Workshop, workshop.id))
    with store.session() as session:
        assert session.exec(select(Stage)).all() == []


def test_savepoints_work(store: Store) -> None:
    """The pysqlite recipe is in place: a nested rollback keeps the outer work."""
    with store.session() as session:
        session.add(Workshop(title="outer"))
        session.flush()
        nested = session.begin_nested()
        session.add(Workshop(title="inner"))
        session.flush()
        nested.rollback()
    with store.session() as session:
        assert [w.title for w in session.exec(select(Workshop)).all()] == ["outer"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_database_is_readable_by_its_owner_only(store: Store) -> None:
    mode = stat.S_IMODE(store.path.stat().st_mode)
    assert mode == 0o600


def test_head_revision_matches_alembic_history() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    history = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(history) == schema.REVISIONS
    assert script.get_current_head() == schema.HEAD


def test_migrations_match_the_models(store: Store) -> None:
    """Alembic's autogenerate finds nothing to do: the revisions build exactly the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert compare_metadata(context, SQLModel.metadata) == []


def test_a_first_revision_store_migrates_to_head(data_dir: DataDir) -> None:
    """A store made by revision 0001 opens, is backed up first, and keeps its rows."""
    from sqlalchemy import create_engine

    data_dir.ensure()
    engine = create_engine(f"sqlite:///{data_dir.database}")
    schema.upgrade(engine, target=schema.REVISIONS[0])
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO workshop (id, title, venue, facilitator, language, status, "
                "template_id, template_minutes, notes, created_at, updated_at) VALUES "
                "('0123456789abcdef0123456789abcdef', '初回版', '', '', 'ja', 'planned', '', 90, "
                "'', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
    engine.dispose()
    with Store.open(data_dir) as store, store.session() as session:
        titles = [w.title for w in session.exec(select(Workshop)).all()]
        with store.engine.connect() as connection:
            assert schema.current_revision(connection) == schema.HEAD
    assert titles == ["初回版"]
    if len(schema.REVISIONS) > 1:
        assert any("before-migration" in p.name for p in data_dir.backups.iterdir())


# -- refusals ---------------------------------------------------------------------------------


def test_a_file_that_is_not_sqlite_is_refused_untouched(data_dir: DataDir) -> None:
    data_dir.ensure()
    data_dir.database.write_bytes(b"PK\x03\x04 this is a zip file, not a database")
    before = data_dir.database.read_bytes()
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    assert str(data_dir.database) in caught.value.message
    assert "ippo restore" in caught.value.advice
    assert data_dir.database.read_bytes() == before


def test_a_damaged_database_is_refused(data_dir: DataDir) -> None:
    with Store.open(data_dir) as store, store.session() as session:
        for index in range(200):
            session.add(Workshop(title=f"workshop {index}" * 20))
    raw = bytearray(data_dir.database.read_bytes())
    raw[4096 * 2 : 4096 * 4] = b"\xff" * (4096 * 2)  # trash pages in the middle
    data_dir.database.write_bytes(bytes(raw))
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    assert "restore" in caught.value.advice


def test_an_sqlite_file_that_is_not_an_ippo_store_is_refused(data_dir: DataDir) -> None:
    data_dir.ensure()
    with sqlite3.connect(data_dir.database) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(StoreCorrupt, match="not an Ippo store"):
        Store.open(data_dir)


def test_a_store_from_a_newer_ippo_is_refused(data_dir: DataDir) -> None:
    Store.open(data_dir).close()
    with sqlite3.connect(data_dir.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreTooNew) as caught:
        Store.open(data_dir)
    assert "newer version of Ippo" in caught.value.message
    with sqlite3.connect(data_dir.database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_a_second_ippo_is_told_to_close_the_first(data_dir: DataDir) -> None:
    with Store.open(data_dir), pytest.raises(StoreLocked) as caught:
        Store.open(data_dir)
    assert "another running Ippo" in caught.value.message


def test_a_reader_may_open_while_the_app_holds_the_store(data_dir: DataDir) -> None:
    with Store.open(data_dir) as writer:
        with writer.session() as session:
            session.add(Workshop(title="live"))
        with (
            Store.open(data_dir, exclusive=False, migrate=False) as reader,
            reader.session() as session,
        ):
            assert session.exec(select(Workshop.title)).all() == ["live"]


@pytest.mark.slow
def test_another_process_holding_the_store_is_reported(data_dir: DataDir) -> None:
    """A real second process (not only a second Store in this one) holds the lock."""
    Store.open(data_dir).close()
    code = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from app.paths import DataDir
        from app.store import Store
        store = Store.open(DataDir(Path({str(data_dir.root)!r})))
        print("ready", flush=True)
        sys.stdin.readline()
        """
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLocked):
            Store.open(data_dir)
    finally:
        holder.communicate("done\n", timeout=20)
    Store.open(data_dir).close()  # released when the other process ended


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_store_is_refused(data_dir: DataDir) -> None:
    Store.open(data_dir).close()
    data_dir.database.chmod(0o400)
    with pytest.raises(StoreReadOnly):
        Store.open(data_dir)


def test_a_read_only_store_is_refused_even_for_root(
    data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root ignores file modes, so the check is driven through ``os.access`` here."""
    Store.open(data_dir).close()
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda path, mode, **kw: (
            False
            if mode == os.W_OK and Path(path) == data_dir.database
            else real_access(path, mode, **kw)
        ),
    )
    with pytest.raises(StoreReadOnly) as caught:
        Store.open(data_dir)
    assert "read-only" in caught.value.message
    assert str(data_dir.database) in caught.value.message


def test_an_empty_file_is_a_fresh_store(data_dir: DataDir) -> None:
    data_dir.ensure()
    data_dir.database.write_bytes(b"")
    with Store.open(data_dir) as store, store.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.HEAD


def test_every_change_counts_for_the_backup_schedule(store: Store) -> None:
    from app.templates import load_templates
    from app.workshops import create_workshop, get_workshop, list_workshops, remove_stage

    templates, _ = load_templates(None)
    workshop = create_workshop(store, templates[0], "数える")
    before = store.change_count
    remove_stage(store, get_workshop(store, workshop.id).stages[-1].id)  # flushes inside
    assert store.change_count == before + 1
    list_workshops(store)
    assert store.change_count == before + 1


@pytest.mark.parametrize(
    ("errorname", "text", "kind"),
    [
        ("SQLITE_IOERR_READ", "disk I/O error", StoreError),
        ("SQLITE_CANTOPEN", "unable to open database file", StoreError),
        ("SQLITE_CORRUPT", "database disk image is malformed", StoreCorrupt),
        ("SQLITE_BUSY", "database is locked", StoreLocked),
        ("SQLITE_FULL", "database or disk is full", StoreError),
    ],
)
def test_sqlite_errors_are_named_for_what_they_are(
    tmp_path: Path, errorname: str, text: str, kind: type
) -> None:
    from sqlalchemy.exc import OperationalError

    from app.store import _translate_sqlite_error

    orig = sqlite3.OperationalError(text)
    orig.sqlite_errorname = errorname  # type: ignore[attr-defined]
    error = _translate_sqlite_error(OperationalError("SELECT 1", {}, orig), tmp_path / "x")
    assert type(error) is kind
    if kind is StoreError:
        assert "restore" not in error.advice.lower() or "full" in error.message

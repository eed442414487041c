"""The local SQLite store: opening it safely, and handing out short sessions.

One file per installation. WAL with ``synchronous=FULL`` (a committed answer survives a power
cut), foreign keys on, owner-only permissions. Opening refuses — with a message that names the
file and says what to do — a file that is corrupt, held by another Ippo, read-only, or written
by a newer Ippo. It never puts a new empty database in the place of a file it cannot read.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import filelock
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, DBAPIError, IntegrityError, OperationalError
from sqlmodel import Session

from app import schema
from app.errors import (
    QT_TRANSLATE_NOOP,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreReadOnly,
    StoreTooNew,
)
from app.paths import DataDir

if TYPE_CHECKING:
    from app.erasure import ErasureReport

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 3000


def _configure_sqlite(engine: Engine) -> None:
    """Pragmas on every connection, and SQLAlchemy's recipe for real transactions on pysqlite.

    pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINT; the documented fix is
    to switch it off and emit BEGIN ourselves (SQLAlchemy docs, dialects/sqlite).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # The data is personal: deleted or overwritten text is zeroed, not left in free pages.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


log = logging.getLogger(__name__)


class Store:
    """An open store. Use :meth:`open`; close it with :meth:`close` (or ``with``)."""

    def __init__(self, data_dir: DataDir, engine: Engine, lock: filelock.BaseFileLock | None):
        self.data_dir = data_dir
        self.engine = engine
        self._lock = lock
        #: Bumped on every commit that changed something; the backup schedule reads it.
        self.change_count = 0
        self.migrated_from: str | None = None
        #: What opening did for an erasure cut off earlier (see :meth:`_finish_pending_erasure`):
        #: its report, or the reason it could not be finished; None when nothing was pending.
        self.finished_erasure: ErasureReport | str | None = None

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: DataDir,
        *,
        exclusive: bool = True,
        migrate: bool = True,
        backup_before_migration: bool = True,
    ) -> Store:
        """Open (creating if needed) the store in ``data_dir``.

        Args:
            data_dir: where the store lives.
            exclusive: hold the single-writer lock; read-only CLI verbs pass ``False`` so they
                work while the app is running.
            migrate: bring an older store up to date (after a backup).
            backup_before_migration: take a backup before migrating (tests may skip it).

        Raises:
            StoreError: with a message naming the file and what to do.
        """
        path = data_dir.database
        try:
            data_dir.ensure()
        except OSError as exc:
            raise StoreReadOnly(
                QT_TRANSLATE_NOOP("Core", "Ippo cannot create its data folder %1: %2."),
                QT_TRANSLATE_NOOP("Core", "Choose a folder you can write to with --data-dir, or fix its permissions."),  # noqa: E501
                data_dir.root,
                args=(data_dir.root, exc.strerror),
            ) from exc  # fmt: skip
        _check_file(path, writable=exclusive)
        lock = _acquire_lock(path) if exclusive else None
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
        _configure_sqlite(engine)
        store = cls(data_dir, engine, lock)
        try:
            store._verify_and_migrate(migrate=migrate, backup=backup_before_migration)
        except BaseException:
            store.close()
            raise
        if exclusive:
            _restrict_permissions(path)
            from app.backups import sweep_work_folders  # here: the launcher must stay light

            try:
                sweep_work_folders(data_dir.backups)  # copies a killed erasure or restore left
                store._finish_pending_erasure()
            except BaseException:
                store.close()
                raise
        return store

    def _finish_pending_erasure(self) -> None:
        """An erasure cut off before its backups were rewritten is finished now (see
        :func:`app.erasure_holds.finish_pending`); if that fails it is tried at the next open."""
        from app.backups import PENDING_MARK  # here: the launcher must stay light

        if not (self.data_dir.backups / PENDING_MARK).exists():
            return
        from app.erasure_holds import finish_pending

        try:
            self.finished_erasure = finish_pending(self)
        except (OSError, sqlite3.Error, StoreError) as error:
            log.warning("backups not gone through after a cut-off erasure: %s", error)
            self.finished_erasure = str(error)

    def _verify_and_migrate(self, *, migrate: bool, backup: bool) -> None:
        path = self.data_dir.database
        try:
            with self.engine.connect() as connection:
                check = connection.execute(text("PRAGMA quick_check")).scalar()
                if check != "ok":
                    raise _corrupt(
                        path,
                        QT_TRANSLATE_NOOP("Core", "The store %1 cannot be read: its integrity check failed (%2)."),  # noqa: E501
                        check,
                    )  # fmt: skip
                revision = schema.current_revision(connection)
                populated = schema.has_user_tables(connection)
        except DBAPIError as exc:
            raise _translate_sqlite_error(exc, path) from exc
        if revision is None and populated:
            raise _corrupt(
                path,
                QT_TRANSLATE_NOOP("Core", "The store %1 cannot be read: it is an SQLite file, but not an Ippo store."),  # noqa: E501
            )  # fmt: skip
        if revision is not None and revision not in schema.REVISIONS:
            raise StoreTooNew(
                QT_TRANSLATE_NOOP("Core", "The store %1 was written by a newer version of Ippo (schema %2; this Ippo knows up to %3)."),  # noqa: E501
                QT_TRANSLATE_NOOP("Core", "Install the newer Ippo to open it, or restore a backup made by this version (`ippo restore FILE`). The file was left untouched."),  # noqa: E501
                path,
                args=(path, revision, schema.HEAD),
            )  # fmt: skip
        if revision == schema.HEAD or not migrate:
            return
        if revision is not None and backup:
            from app.backups import make_backup

            make_backup(self, reason=f"before-migration-{revision}")
        try:
            schema.upgrade(self.engine)
        except DBAPIError as exc:
            raise _translate_sqlite_error(exc, path) from exc
        self.migrated_from = revision

    # -- use -----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A short session that commits on success; objects stay usable after it closes."""
        with Session(self.engine, expire_on_commit=False) as session:
            # Counted at each flush: a body that flushes itself leaves nothing pending to see.
            flushed = [False]
            event.listen(session, "after_flush", lambda *_: flushed.__setitem__(0, True))
            try:
                yield session
                session.commit()
            except (OperationalError, DatabaseError) as exc:
                session.rollback()
                if isinstance(exc, IntegrityError):
                    raise  # a bug in Ippo, not a problem with the file
                raise _translate_sqlite_error(exc, self.data_dir.database) from exc
            except BaseException:
                session.rollback()
                raise
            if flushed[0]:
                self.change_count += 1

    def raw_connection(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """The app's own sqlite3 connection, for the online backup API."""
        return _raw(self.engine)

    @property
    def path(self) -> Path:
        return self.data_dir.database

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def _raw(engine: Engine) -> Iterator[sqlite3.Connection]:
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        yield driver


# -- checks before SQLite touches the file ---------------------------------------------------


def _check_file(path: Path, *, writable: bool) -> None:
    if not path.exists():
        if writable and not os.access(path.parent, os.W_OK):
            raise StoreReadOnly(
                QT_TRANSLATE_NOOP("Core", "Ippo cannot create its store in %1: the folder is read-only."),  # noqa: E501
                QT_TRANSLATE_NOOP("Core", "Choose a folder you can write to with --data-dir, or fix its permissions."),  # noqa: E501
                path,
                args=(path.parent,),
            )  # fmt: skip
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreReadOnly(
            QT_TRANSLATE_NOOP("Core", "Ippo cannot read its store %1: %2."),
            QT_TRANSLATE_NOOP("Core", "Check the file's permissions, or choose another folder with --data-dir."),  # noqa: E501
            path,
            args=(path, exc.strerror),
        ) from exc  # fmt: skip
    if header and header != SQLITE_HEADER:
        raise _corrupt(
            path, QT_TRANSLATE_NOOP("Core", "The store %1 cannot be read: it is not an SQLite database.")  # noqa: E501
        )  # fmt: skip
    if writable and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise StoreReadOnly(
            QT_TRANSLATE_NOOP("Core", "The store %1 is read-only: Ippo could not save anything there."),  # noqa: E501
            QT_TRANSLATE_NOOP("Core", "Make the file and its folder writable (it may sit on a locked USB stick or a read-only share), or copy it to a writable folder and open that with --data-dir."),  # noqa: E501
            path,
            args=(path,),
        )  # fmt: skip


def _acquire_lock(path: Path) -> filelock.BaseFileLock:
    lock = filelock.FileLock(str(path) + ".lock", timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout as exc:
        raise StoreLocked(
            QT_TRANSLATE_NOOP("Core", "The store %1 is in use by another running Ippo."),
            QT_TRANSLATE_NOOP("Core", "Close the other Ippo window (or wait for the other command to finish), then try again."),  # noqa: E501
            path,
            args=(path,),
        ) from exc  # fmt: skip
    except OSError as exc:
        raise StoreReadOnly(
            QT_TRANSLATE_NOOP("Core", "Ippo cannot lock its store %1: %2."),
            QT_TRANSLATE_NOOP("Core", "Make the folder writable, or choose another folder with --data-dir."),  # noqa: E501
            path,
            args=(path, exc.strerror),
        ) from exc  # fmt: skip
    return lock


def _restrict_permissions(path: Path) -> None:
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            if candidate.exists():
                candidate.chmod(0o600)


def _corrupt(path: Path, message: str, *details: object) -> StoreCorrupt:
    """A damaged store; ``message`` is a marked template with ``%1`` for the file, ``%2`` …
    for ``details``."""
    return StoreCorrupt(
        message,
        QT_TRANSLATE_NOOP("Core", "Restore the latest backup (`ippo restore FILE`, backups are in %1). Ippo has not changed the damaged file."),  # noqa: E501
        path,
        args=(path, *details),
        advice_args=(path.parent / "backups",),
    )  # fmt: skip


def _translate_sqlite_error(exc: DBAPIError, path: Path) -> StoreError:
    """What an SQLite error means for the facilitator. Only SQLite's own verdict that the
    file is damaged is called damage: a pulled USB stick or a busy antivirus is not."""
    orig = exc.orig
    name = getattr(orig, "sqlite_errorname", "") or ""
    message = str(orig if orig is not None else exc).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in message:
        return StoreLocked(
            QT_TRANSLATE_NOOP("Core", "The store %1 is locked by another program."),
            QT_TRANSLATE_NOOP("Core", "Close the other program that has it open (another Ippo, or a database browser), then try again."),  # noqa: E501
            path,
            args=(path,),
        )  # fmt: skip
    if name.startswith("SQLITE_READONLY") or "readonly" in message:
        return StoreReadOnly(
            QT_TRANSLATE_NOOP("Core", "The store %1 is read-only: Ippo could not save."),
            QT_TRANSLATE_NOOP("Core", "Make the file and its folder writable, then try again. Nothing was lost."),  # noqa: E501
            path,
            args=(path,),
        )  # fmt: skip
    if name.startswith("SQLITE_FULL") or "disk is full" in message:
        return StoreError(
            QT_TRANSLATE_NOOP("Core", "The disk holding %1 is full: the last change was not saved."),  # noqa: E501
            QT_TRANSLATE_NOOP("Core", "Free some space (empty the trash, remove old files), then try again."),  # noqa: E501
            path,
            args=(path,),
        )  # fmt: skip
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in message:
        return _corrupt(path, QT_TRANSLATE_NOOP("Core", "The store %1 cannot be read: %2."), orig)
    return StoreError(
        QT_TRANSLATE_NOOP("Core", "Ippo could not read or write its store %1: %2."),
        QT_TRANSLATE_NOOP("Core", "Check that the drive is still connected and not full, then try again. Nothing in the store was changed by this error."),  # noqa: E501
        path,
        args=(path, orig),
    )  # fmt: skip

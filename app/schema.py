"""Schema revisions and how the store is brought up to date.

The list of revisions is kept here so that opening an up-to-date store needs no Alembic import
at all (a test checks it against Alembic's own history). Alembic runs only when a store is
behind, on the store's own connection, with foreign keys off for the batch table rebuilds.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, text

#: Every revision this Ippo knows, oldest first. The last one is the head.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the store, or ``None`` for a store without Ippo's tables."""
    has_table = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).first()
    if not has_table:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def has_user_tables(connection: Connection) -> bool:
    """Whether the file holds any table at all (an empty file is a fresh store)."""
    row = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
    ).first()
    return row is not None


def upgrade(engine: Engine, target: str = HEAD) -> None:
    """Apply the missing revisions on a connection of the store's engine.

    Batch mode drops and recreates tables; with foreign keys on, that would cascade deletes. The
    pragma is a no-op inside a transaction, so it is set on the raw connection before Alembic
    begins one (see gotchas), then checked and restored.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            connection.commit()
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")

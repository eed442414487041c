"""Alembic environment: always run on the connection the store hands over.

The store passes its own connection in ``config.attributes["connection"]``; ``fileConfig`` is
deliberately not called, so Alembic never reconfigures the app's loggers.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import app.models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the store runs migrations
    raise RuntimeError("Ippo runs its migrations through app.schema, with a connection")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode recreates tables
)
with context.begin_transaction():
    context.run_migrations()

"""What every ``ippo`` verb shares: its signature, the exit codes, and the open store.

A verb is a :data:`Command`; :func:`with_store` runs it against the store (reading works while
the app holds the store) and :func:`resolve_workshop` finds a workshop from a unique id prefix.
Higher layers (``reports``: print, export) plug their verbs in as an :class:`Extension`, so the
core never imports them. Stores and workshops are imported only when a verb runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TextIO

from app.errors import StoreLocked
from app.paths import DataDir

#: A verb: (parsed arguments, data folder, stdout, stderr) -> exit code.
Command = Callable[[argparse.Namespace, DataDir, TextIO, TextIO], int]

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USER_ERROR = 2


@dataclass(frozen=True)
class Extension:
    """Verbs that live in a higher layer (``reports``: print, export), plugged in by the
    launcher so the core never imports them. ``add(verbs)`` adds the subparsers."""

    add: Callable[[Any], None]
    commands: Mapping[str, Command]


def with_store(data_dir: DataDir, action: Callable[[Any], Any], *, write: bool = False) -> Any:
    """Run ``action`` with the store open. Reading works while the app holds the store."""
    from app.store import Store

    try:
        store = Store.open(data_dir)
    except StoreLocked:
        if write:
            raise
        store = Store.open(data_dir, exclusive=False, migrate=False)
    with store:
        return action(store)


def resolve_workshop(store: Any, text: str) -> Any:
    from app.workshops import resolve_id

    return resolve_id(store, text)

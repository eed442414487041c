"""Errors a facilitator can act on: what happened, and what to do about it."""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """A problem caused by input or circumstances, not by a bug. Shown without a traceback."""

    def __init__(self, message: str, advice: str = "", path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.advice = advice
        self.path = path

    def __str__(self) -> str:
        return f"{self.message}\n{self.advice}" if self.advice else self.message


class StoreError(UserError):
    """The store cannot be opened or written."""


class StoreCorrupt(StoreError):
    """The file is not a readable SQLite database, or fails its integrity check."""


class StoreLocked(StoreError):
    """Another running Ippo (or another program) holds the store."""


class StoreReadOnly(StoreError):
    """The file or its folder cannot be written."""


class StoreTooNew(StoreError):
    """The store was written by a newer Ippo whose schema this one does not know."""


class NotFound(UserError):
    """A workshop, stage or participant id that does not exist."""

"""Errors a facilitator can act on: what happened, and what to do about it.

The core speaks English (the CLI prints it, logs keep it), but the window speaks the
facilitator's language. So a message is written as an English *template* with Qt-style
placeholders (``%1``, ``%2`` …) and the values beside it::

    raise NotFound(
        QT_TRANSLATE_NOOP("Core", "No workshop has the id %1."),
        QT_TRANSLATE_NOOP("Core", "It may have been deleted."),
        args=(workshop_id,),
    )

``error.message`` / ``error.advice`` are the filled English, as before; the UI translates
``error.template`` / ``error.advice_template`` in the ``Core`` context and fills in
``error.args`` / ``error.advice_args`` (``ui.i18n.user_error_text``). lupdate collects every
``QT_TRANSLATE_NOOP("Core", "…")`` literal from app/ and reports/ — one literal per template,
since lupdate cannot read implicit string concatenation.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.placeholders import fill

#: The translation context of every message of the core.
CONTEXT = "Core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate and returns it unchanged (the core never imports Qt)."""
    return text


class UserError(Exception):
    """A problem caused by input or circumstances, not by a bug. Shown without a traceback.

    Args:
        message: what happened — an English template, ``%1`` … filled from ``args``.
        advice: what to do — an English template, filled from ``advice_args``.
        path: the file concerned, if any.
        args: the values of the message's placeholders.
        advice_args: the values of the advice's placeholders.
    """

    def __init__(
        self,
        message: str,
        advice: str = "",
        path: Path | None = None,
        *,
        args: Sequence[object] = (),
        advice_args: Sequence[object] = (),
    ) -> None:
        values, advice_values = tuple(args), tuple(advice_args)
        self.message = fill(message, *values)
        self.advice = fill(advice, *advice_values)
        super().__init__(self.message)
        self.template = message
        self.advice_template = advice
        # ``Exception.args`` holds the placeholder values (the UI's contract); __reduce__ and
        # __repr__ below are written for that, so pickling and repr() stay sane.
        self.args = values
        self.advice_args = advice_values
        self.path = path

    def __str__(self) -> str:
        return f"{self.message}\n{self.advice}" if self.advice else self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


def _rebuild(cls: type[UserError], args: tuple[object, ...], state: dict[str, Any]) -> UserError:
    """Unpickling without ``__init__`` (subclasses have their own signatures): the attributes,
    then the placeholder values."""
    error = cls.__new__(cls)
    error.__dict__.update(state)
    error.args = args
    return error


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

"""A roster as values: the fields Ippo reads, a row to import, a problem found on a line, and
the preview a facilitator sees before anything is stored (no store here).

:func:`app.roster.parse_roster` makes a :class:`RosterPreview`; :mod:`app.roster_import` stores
its :class:`RosterRow` values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.placeholders import fill

FIELDS = ("name", "reading", "department", "employee_code", "email")
IGNORE = "ignore"

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class RosterRow:
    """One importable person, with the physical line where its record starts in the file."""

    line: int
    name: str
    reading: str = ""
    department: str = ""
    employee_code: str = ""
    email: str = ""


@dataclass(frozen=True)
class RosterProblem:
    """Something wrong on one line. ``column`` is the header text, ``field`` the Ippo field.

    ``template`` is the English message with ``%1`` … for ``args`` (marked for translation in
    the "Core" context, as error messages are); ``message`` is it filled, for the CLI and logs.
    """

    line: int
    template: str
    severity: Severity = "error"
    column: str = ""
    field: str = ""
    args: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        return fill(self.template, *self.args)


@dataclass(frozen=True)
class RosterPreview:
    """What a roster file would import, shown to the facilitator before anything is stored."""

    source: str
    encoding: str
    encoding_reason: str
    delimiter: str
    header_line: int
    headers: tuple[str, ...]
    columns: tuple[str | None, ...]  # the field each header feeds (None: not used)
    unknown_columns: tuple[str, ...]
    needs_mapping: bool
    rows: tuple[RosterRow, ...]
    problems: tuple[RosterProblem, ...]
    total_lines: int
    records: int  # non-blank records below the header

    @property
    def errors(self) -> tuple[RosterProblem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[RosterProblem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    @property
    def error_lines(self) -> tuple[int, ...]:
        """The lines that are not importable because of an error, in order."""
        return tuple(sorted({p.line for p in self.errors}))

    @property
    def mapped_fields(self) -> frozenset[str]:
        return frozenset(f for f in self.columns if f is not None)

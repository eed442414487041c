"""Checking a roster's rows: what each line would import, and what is wrong on it (no store).

Names keep every character: only the ends are trimmed and half-width katakana widened
(:func:`app.names.clean_name`). Employee codes and e-mail addresses are matched in the forms
:func:`code_key` and :func:`email_key` make, here to find one given twice and in
:mod:`app.roster_import` to find the people already on a workshop.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from app.errors import QT_TRANSLATE_NOOP
from app.names import clean_name
from app.roster_model import RosterProblem, RosterRow, Severity

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_EXCEL_NUMBER = re.compile(r"\d(\.\d+)?E\+\d+", re.IGNORECASE)


def code_key(code: str) -> str:
    """An employee code's matching form; Excel drops leading zeros (00123 → 123), so do we."""
    key = unicodedata.normalize("NFKC", code).strip().casefold()
    return (key.lstrip("0") or "0") if key.isascii() and key.isdigit() else key


def email_key(email: str) -> str:
    """An e-mail address's matching form (case-insensitive)."""
    return email.strip().casefold()


_UNCLOSED = QT_TRANSLATE_NOOP("Core", "A quote opened here is never closed: the rest of the file was read as one value.")  # noqa: E501  # fmt: skip
_TOO_MANY = QT_TRANSLATE_NOOP("Core", "%1 values but %2 headers: a value may hold an unquoted delimiter.")  # noqa: E501  # fmt: skip
_TOO_FEW = QT_TRANSLATE_NOOP("Core", "%1 values but %2 headers; the missing ones are empty.")
_TWICE = {
    "employee_code": QT_TRANSLATE_NOOP("Core", "Employee code %1 is also on line %2."),
    "email": QT_TRANSLATE_NOOP("Core", "E-mail %1 is also on line %2."),
}
_ROUNDED = QT_TRANSLATE_NOOP("Core", "Code %1 looks rounded by Excel: format it as text.")
_NOT_EMAIL = QT_TRANSLATE_NOOP("Core", "“%1” does not look like an e-mail address.")


def check_rows(
    body: list[tuple[int, list[str]]],
    headers: tuple[str, ...],
    columns: tuple[str | None, ...],
    unclosed: int | None,
    problems: list[RosterProblem],
) -> list[RosterRow]:
    """The importable rows; every problem found is appended to ``problems`` with its line."""
    where = {f: i for i, f in enumerate(columns) if f is not None}
    width = len(headers)
    seen: dict[str, dict[str, int]] = {"employee_code": {}, "email": {}}
    rows: list[RosterRow] = []
    for line, cells in body:
        found: list[RosterProblem] = []

        def add(
            message: str,
            severity: Severity = "error",
            field: str = "",
            args: Sequence[object] = (),
        ) -> None:
            column = headers[where[field]] if field in where else ""
            values = tuple(str(a) for a in args)
            found.append(RosterProblem(line, message, severity, column, field, values))  # noqa: B023

        value = {f: (cells[i] if i < len(cells) else "") for f, i in where.items()}
        name, code, email = (
            clean_name(value.get("name", "")),
            value.get("employee_code", "").strip(),
            value.get("email", "").strip(),
        )
        if line == unclosed:
            add(_UNCLOSED)
            problems.extend(found)
            continue
        if any(c.strip() for c in cells[width:]):
            add(_TOO_MANY, args=(len(cells), width))
        elif len(cells) < width:
            add(_TOO_FEW, "info", args=(len(cells), width))
        if not name:
            add(QT_TRANSLATE_NOOP("Core", "No name."), field="name")
        elif "\n" in name or "\r" in name:
            add(QT_TRANSLATE_NOOP("Core", "The name has a line break."), "warning", "name")
        for field, text, key in (("employee_code", code, code_key), ("email", email, email_key)):
            first = seen[field].setdefault(key(text), line) if text else line
            if first != line:
                add(_TWICE[field], field=field, args=(text, first))
        if _EXCEL_NUMBER.fullmatch(code):
            add(_ROUNDED, "warning", field="employee_code", args=(code,))
        if email and not _EMAIL.fullmatch(email):
            add(_NOT_EMAIL, "warning", "email", args=(email,))
        problems.extend(found)
        if all(p.severity != "error" for p in found):
            reading, department = (clean_name(value.get(f, "")) for f in ("reading", "department"))
            rows.append(RosterRow(line, name, reading, department, code, email))
    return rows

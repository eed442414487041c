"""A roster's text to a table: records, the delimiter, the header line and each column's field.

The delimiter is the one under which most headers are recognised, then the most regular table;
the header is the first of the leading records that has a name column (titles may sit above
it). Headers are recognised by their width- and case-folded form (:func:`header_key`) in
Japanese or English; a facilitator's explicit mapping wins over recognition.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterator, Mapping
from itertools import islice

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.roster_decode import TRIM
from app.roster_model import FIELDS, IGNORE, RosterProblem

DELIMITER_NAMES = {",": "comma", "\t": "tab", ";": "semicolon"}
#: Two columns map to one field; its argument is the field's key (a UI shows the field's word).
COLUMN_TAKEN = QT_TRANSLATE_NOOP(
    "Core", "Another column is already read as %1; this one is not used."
)
HEADER_SEARCH = 10  # leading records searched for the header (titles may sit above it)
REGULAR_SAMPLE = 1000  # records whose widths choose the delimiter

_ALIASES = {
    "name": "氏名/名前/お名前/Name/Full name/社員名/従業員名",
    "reading": "ふりがな/フリガナ/よみ/よみがな/カナ/Kana/Reading/カナ氏名/氏名(カナ)",
    "department": "部署/所属/部門/部署名/Department/Dept/所属部署/所属部門",
    "employee_code": "社員番号/従業員番号/社員ID/ID/Employee ID/Employee code/社員コード",
    "email": "メール/メールアドレス/Eメール/E-mail/Email/Mail/Email address",
}
_HEADER_JUNK = re.compile(r"[\s_\-・.:]+")
NEWLINE = re.compile(r"\r\n|\r|\n")


def header_key(text: str) -> str:
    """A header's matching form: width- and case-folded, spaces and punctuation removed."""
    return _HEADER_JUNK.sub("", unicodedata.normalize("NFKC", text).casefold())


_HEADERS = {header_key(a): f for f, aliases in _ALIASES.items() for a in aliases.split("/")}


# -- text to records ----------------------------------------------------------------------------


def split_records(
    text: str, delimiter: str, strict: bool = False
) -> Iterator[tuple[int, list[str]]]:
    """Non-blank records, each with the physical line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    line = 0
    for cells in reader:
        if any(c.strip(TRIM) for c in cells):
            yield line + 1, cells
        line = reader.line_num


def choose_delimiter(text: str, explicit: Mapping[str, str]) -> str:
    """The delimiter under which most headers are recognised, then the most regular table."""
    best, best_score = ",", (0, False, 0, 0)
    for delimiter in DELIMITER_NAMES:
        try:
            sample = [cells for _, cells in islice(split_records(text, delimiter), REGULAR_SAMPLE)]
        except csv.Error:
            continue
        top = sample[:HEADER_SEARCH]
        cells = next((c for c in top if has_name(c, explicit)), top[0] if top else [])
        header = trim_end(cells)
        known = sum(explicit.get(k, _HEADERS.get(k)) is not None for k in map(header_key, header))
        regular = sum(len(c) == len(cells) for c in sample)
        score = (known, len(header) > 1, regular, len(header))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def trim_end(cells: list[str]) -> tuple[str, ...]:
    """Header texts, trimmed, without the empty cells Excel leaves at the end."""
    headers = [c.strip(TRIM) for c in cells]
    while len(headers) > 1 and not headers[-1]:
        headers.pop()
    return tuple(headers)


def unclosed_quote(body: list[tuple[int, list[str]]], text: str, delimiter: str) -> int | None:
    """The line of a last record whose quote runs to the end of the file (lenient csv takes it)."""
    if not body or not any("\n" in c or "\r" in c for c in body[-1][1]):
        return None
    starts = [0, *(m.end() for m in NEWLINE.finditer(text))]
    try:
        list(split_records(text[starts[body[-1][0] - 1] :], delimiter, strict=True))
    except csv.Error as exc:
        return body[-1][0] if "end of data" in str(exc) else None
    return None


# -- headers and columns ------------------------------------------------------------------------


def explicit_mapping(mapping: Mapping[str, str] | None) -> dict[str, str]:
    for header, target in (mapping or {}).items():
        if target not in (*FIELDS, IGNORE):
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "Column “%1” cannot be mapped to “%2”."),
                QT_TRANSLATE_NOOP("Core", "Map it to one of %1."),
                args=(header, target),
                advice_args=(", ".join((*FIELDS, IGNORE)),),
            )
    return {header_key(h): t for h, t in (mapping or {}).items()}


def has_name(cells: list[str], explicit: Mapping[str, str]) -> bool:
    return any(explicit.get(k, _HEADERS.get(k)) == "name" for k in map(header_key, cells))


def map_columns(
    headers: tuple[str, ...], explicit: Mapping[str, str], line: int, problems: list[RosterProblem]
) -> tuple[tuple[str | None, ...], tuple[str, ...]]:
    """The field of each column (explicit mapping first) and the headers nobody recognised."""
    keys = [header_key(h) for h in headers]
    columns: list[str | None] = [None] * len(headers)
    for explicit_pass in (True, False):
        for index, key in enumerate(keys):
            if (key in explicit) != explicit_pass:
                continue
            target = explicit[key] if explicit_pass else _HEADERS.get(key)
            if target is None or target == IGNORE:
                continue
            if target in columns:
                problems.append(
                    RosterProblem(line, COLUMN_TAKEN, "warning", headers[index], target, (target,))
                )
            else:
                columns[index] = target
    known = {*explicit, *_HEADERS}
    return tuple(columns), tuple(
        h for h, k in zip(headers, keys, strict=True) if h and k not in known
    )

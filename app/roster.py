"""Rosters that HR exported from Excel or an HR system: read, split and checked (no store).

:func:`read_roster` and :func:`parse_roster` make the :class:`app.roster_model.RosterPreview`
shown before anything is stored: the bytes decoded (:mod:`app.roster_decode`), split into
records and the columns mapped (:mod:`app.roster_table`), the rows checked
(:mod:`app.roster_check`).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.roster_check import check_rows
from app.roster_decode import decode_roster, no_rows, source_label
from app.roster_model import RosterPreview, RosterProblem
from app.roster_table import (
    HEADER_SEARCH,
    NEWLINE,
    choose_delimiter,
    explicit_mapping,
    has_name,
    map_columns,
    split_records,
    trim_end,
    unclosed_quote,
)


def read_roster(
    path: Path, *, encoding: str | None = None, mapping: Mapping[str, str] | None = None
) -> RosterPreview:
    """Read and parse a roster file; a file that cannot be read raises :class:`UserError`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "Ippo cannot read %1: %2."),
            QT_TRANSLATE_NOOP("Core", "Check the file name, and close the file in Excel if it is open there."),  # noqa: E501
            path,
            args=(path, exc.strerror),
        ) from exc  # fmt: skip
    return parse_roster(data, encoding=encoding, mapping=mapping, source=path.name)


def parse_roster(
    data: bytes,
    *,
    encoding: str | None = None,
    mapping: Mapping[str, str] | None = None,
    source: str = "",
) -> RosterPreview:
    """Decode, split and check a roster.

    Args:
        data: the file's bytes.
        encoding: one of :data:`app.roster_decode.ENCODING_CHOICES`, to override Ippo's decision.
        mapping: header text → one of :data:`app.roster_model.FIELDS` or ``"ignore"``; wins
            over recognition.
        source: the file name, used in messages.

    Returns:
        The preview: importable rows, problems by line, and the decisions taken.

    Raises:
        UserError: an empty, binary or undecodable file, or a bad ``mapping``.
    """
    text, codec, reason = decode_roster(data, encoding=encoding, source=source)
    explicit = explicit_mapping(mapping)
    delimiter = choose_delimiter(text, explicit)
    try:
        records = list(split_records(text, delimiter))
    except csv.Error as exc:  # a value beyond csv's field limit: a runaway quote
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The file %1 cannot be read as a table: %2."),
            QT_TRANSLATE_NOOP("Core", 'Check the quotes: a value that starts with " must end with ".'),  # noqa: E501
            args=(source_label(source), exc),
        ) from exc  # fmt: skip
    if not records:
        raise no_rows(source)
    found = [i for i, (_, cells) in enumerate(records[:HEADER_SEARCH]) if has_name(cells, explicit)]
    head = found[0] if found else 0
    header_line, headers = records[head][0], trim_end(records[head][1])
    problems: list[RosterProblem] = []
    if head:
        values: tuple[str, ...] = ()
        if header_line == 2:
            note = QT_TRANSLATE_NOOP("Core", "Line 1 is above the header: not read.")
        else:
            note = QT_TRANSLATE_NOOP("Core", "Lines 1–%1 are above the header: not read.")
            values = (str(header_line - 1),)
        problems.append(RosterProblem(1, note, "info", args=values))
    columns, unknown = map_columns(headers, explicit, header_line, problems)
    body = records[head + 1 :]
    unclosed = unclosed_quote(body, text, delimiter)
    rows = check_rows(body, headers, columns, unclosed, problems) if found else []
    problems.sort(key=lambda p: p.line)
    lines = len(NEWLINE.findall(text)) + (not text.endswith(("\n", "\r")))
    return RosterPreview(
        source=source,
        encoding=codec,
        encoding_reason=reason,
        delimiter=delimiter,
        header_line=header_line,
        headers=headers,
        columns=columns,
        unknown_columns=unknown,
        needs_mapping=not found,
        rows=tuple(rows),
        problems=tuple(problems),
        total_lines=lines,
        records=len(body),
    )

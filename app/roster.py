"""Rosters that HR exported from Excel or an HR system: decoded, split and checked (no store).

The encoding is decided, never guessed (charset detectors misread short Japanese files): a byte
order mark says UTF-16 or UTF-8; UTF-16 without one shows the NUL bytes of its ASCII text; valid
UTF-8 is UTF-8; anything else is cp932 (Japanese Excel's CSV), never ``shift_jis``, which cannot
read ①, ㈱, 髙 or 﨑. Names keep every character: only the ends are trimmed and half-width
katakana widened (:func:`app.names.clean_name`).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Literal

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.names import clean_name
from app.placeholders import fill

FIELDS = ("name", "reading", "department", "employee_code", "email")
IGNORE = "ignore"
ENCODING_CHOICES = ("utf-8", "utf-8-sig", "utf-16", "cp932")
DELIMITER_NAMES = {",": "comma", "\t": "tab", ";": "semicolon"}
MAX_BYTES = 50 * 1024 * 1024
HEADER_SEARCH = 10  # leading records searched for the header (titles may sit above it)
REGULAR_SAMPLE = 1000  # records whose widths choose the delimiter

Severity = Literal["error", "warning", "info"]

_ALIASES = {
    "name": "氏名/名前/お名前/Name/Full name/社員名/従業員名",
    "reading": "ふりがな/フリガナ/よみ/よみがな/カナ/Kana/Reading/カナ氏名/氏名(カナ)",
    "department": "部署/所属/部門/部署名/Department/Dept/所属部署/所属部門",
    "employee_code": "社員番号/従業員番号/社員ID/ID/Employee ID/Employee code/社員コード",
    "email": "メール/メールアドレス/Eメール/E-mail/Email/Mail/Email address",
}
#: File signature → the refusal (``%1``: the file's name), one whole sentence each for the UI.
_SIGNATURES = {
    b"PK\x03\x04": QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like a ZIP archive."),  # noqa: E501
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like an older Excel workbook (.xls)."),  # noqa: E501
    b"\x89PNG\r\n\x1a\n": QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like a PNG image."),  # noqa: E501
    b"\xff\xd8\xff": QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like a JPEG image."),  # noqa: E501
    b"GIF8": QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like a GIF image."),  # noqa: E501
    b"%PDF-": QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like a PDF document."),  # noqa: E501
}  # fmt: skip
_XLSX = QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like an Excel workbook (.xlsx): save it as CSV (UTF-8) in Excel first.")  # noqa: E501 # fmt: skip
_CODEC_ALIASES = dict.fromkeys(("shift-jis", "sjis", "ms932", "windows-31j"), "cp932") | {
    "utf8": "utf-8", "utf-16le": "utf-16", "utf-16be": "utf-16",
}  # fmt: skip
_TRIM = " \t\r\n\u3000"
_HEADER_JUNK = re.compile(r"[\s_\-・.:]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_EXCEL_NUMBER = re.compile(r"\d(\.\d+)?E\+\d+", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NEWLINE = re.compile(r"\r\n|\r|\n")


def header_key(text: str) -> str:
    """A header's matching form: width- and case-folded, spaces and punctuation removed."""
    return _HEADER_JUNK.sub("", unicodedata.normalize("NFKC", text).casefold())


def code_key(code: str) -> str:
    """An employee code's matching form; Excel drops leading zeros (00123 → 123), so do we."""
    key = unicodedata.normalize("NFKC", code).strip().casefold()
    return (key.lstrip("0") or "0") if key.isascii() and key.isdigit() else key


def email_key(email: str) -> str:
    """An e-mail address's matching form (case-insensitive)."""
    return email.strip().casefold()


_HEADERS = {header_key(a): f for f, aliases in _ALIASES.items() for a in aliases.split("/")}


@dataclass(frozen=True)
class RosterRow:
    """One importable person, with the physical line where its record starts in the file."""

    line: int
    name: str
    reading: str = ""
    department: str = ""
    employee_code: str = ""
    email: str = ""


_UNCLOSED = QT_TRANSLATE_NOOP("Core", "A quote opened here is never closed: the rest of the file was read as one value.")  # noqa: E501  # fmt: skip
_TOO_MANY = QT_TRANSLATE_NOOP("Core", "%1 values but %2 headers: a value may hold an unquoted delimiter.")  # noqa: E501  # fmt: skip
_TOO_FEW = QT_TRANSLATE_NOOP("Core", "%1 values but %2 headers; the missing ones are empty.")
_TWICE = {
    "employee_code": QT_TRANSLATE_NOOP("Core", "Employee code %1 is also on line %2."),
    "email": QT_TRANSLATE_NOOP("Core", "E-mail %1 is also on line %2."),
}
_ROUNDED = QT_TRANSLATE_NOOP("Core", "Code %1 looks rounded by Excel: format it as text.")
_NOT_EMAIL = QT_TRANSLATE_NOOP("Core", "“%1” does not look like an e-mail address.")


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
        encoding: one of :data:`ENCODING_CHOICES`, to override Ippo's decision.
        mapping: header text → one of :data:`FIELDS` or ``"ignore"``; wins over recognition.
        source: the file name, used in messages.

    Returns:
        The preview: importable rows, problems by line, and the decisions taken.

    Raises:
        UserError: an empty, binary or undecodable file, or a bad ``mapping``.
    """
    text, codec, reason = decode_roster(data, encoding=encoding, source=source)
    explicit = _explicit_mapping(mapping)
    delimiter = _choose_delimiter(text, explicit)
    try:
        records = list(_records(text, delimiter))
    except csv.Error as exc:  # a value beyond csv's field limit: a runaway quote
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The file %1 cannot be read as a table: %2."),
            QT_TRANSLATE_NOOP("Core", 'Check the quotes: a value that starts with " must end with ".'),  # noqa: E501
            args=(_label(source), exc),
        ) from exc  # fmt: skip
    if not records:
        raise _no_rows(source)
    found = [
        i for i, (_, cells) in enumerate(records[:HEADER_SEARCH]) if _has_name(cells, explicit)
    ]
    head = found[0] if found else 0
    header_line, headers = records[head][0], _trim_end(records[head][1])
    problems: list[RosterProblem] = []
    if head:
        values: tuple[str, ...] = ()
        if header_line == 2:
            note = QT_TRANSLATE_NOOP("Core", "Line 1 is above the header: not read.")
        else:
            note = QT_TRANSLATE_NOOP("Core", "Lines 1–%1 are above the header: not read.")
            values = (str(header_line - 1),)
        problems.append(RosterProblem(1, note, "info", args=values))
    columns, unknown = _map_columns(headers, explicit, header_line, problems)
    body = records[head + 1 :]
    unclosed = _unclosed_quote(body, text, delimiter)
    rows = _check_rows(body, headers, columns, unclosed, problems) if found else []
    problems.sort(key=lambda p: p.line)
    lines = len(_NEWLINE.findall(text)) + (not text.endswith(("\n", "\r")))
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


# -- bytes to text ------------------------------------------------------------------------------


def decode_roster(
    data: bytes, *, encoding: str | None = None, source: str = ""
) -> tuple[str, str, str]:
    """The file's text, the codec used and why it was chosen; refuses binary files."""
    label = _label(source)
    if not data.strip(b" \t\r\n"):
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The file %1 is empty."),
            QT_TRANSLATE_NOOP("Core", "Choose the exported roster file, not a blank one."),
            args=(label,),
        )
    if len(data) > MAX_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The file %1 is too large for a roster (%2 MB)."),
            QT_TRANSLATE_NOOP("Core", "Check that you chose the roster file."),
            args=(label, len(data) // 2**20),
        )
    for magic, refusal in _SIGNATURES.items():
        if data.startswith(magic):
            excel = magic == b"PK\x03\x04" and b"xl/" in data
            raise UserError(
                _XLSX if excel else refusal,
                QT_TRANSLATE_NOOP("Core", "In Excel: File › Save As › “CSV UTF-8 (comma delimited)”, then import that file."),  # noqa: E501
                args=(label,),
            )  # fmt: skip
    codec, reason = _choose_codec(data, encoding, label)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(codec, "replace").count("\n") + 1
        if encoding or codec != "cp932":
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "The file %1 cannot be read as %2 (%3): line %4 is not valid %2."),  # noqa: E501
                QT_TRANSLATE_NOOP("Core", "Choose another encoding, or save the file from Excel again as CSV UTF-8."),  # noqa: E501
                args=(label, codec, reason, line),
            ) from exc  # fmt: skip
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "Ippo cannot read the file %1: line %2 is neither UTF-8 nor Japanese Windows text (cp932)."),  # noqa: E501
            QT_TRANSLATE_NOOP("Core", "In Excel, save it as “CSV UTF-8 (comma delimited)” and import that file."),  # noqa: E501
            args=(label, line),
        ) from exc  # fmt: skip
    text = text.removeprefix("\ufeff").rstrip("\x1a")  # a BOM under a forced codec; DOS EOF
    head = text[:65536]
    if "\x00" in text or len(_CONTROL.findall(head)) > len(head) // 100:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The file %1 does not look like a text file (it contains binary data)."),  # noqa: E501
            QT_TRANSLATE_NOOP("Core", "Export the roster from Excel or the HR system as CSV and import that file."),  # noqa: E501
            args=(label,),
        )  # fmt: skip
    if not text.strip(_TRIM + ",;"):
        raise _no_rows(source)
    return text, codec, reason


def _choose_codec(data: bytes, forced: str | None, label: str) -> tuple[str, str]:
    """The codec, and the reason shown in the preview."""
    if forced is not None:
        choice = forced.strip().lower().replace("_", "-")
        choice = _CODEC_ALIASES.get(choice, choice)
        if choice not in ENCODING_CHOICES:
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "Unknown encoding “%1” for the file %2."),
                QT_TRANSLATE_NOOP("Core", "Choose one of %1."),
                args=(forced, label),
                advice_args=(", ".join(ENCODING_CHOICES),),
            )
        if choice == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            choice = _utf16_pattern(data) or "utf-16-le"
        return choice, "chosen by you"
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", "starts with the UTF-8 byte order mark"
    if data.startswith(b"\xff\xfe"):
        return (
            "utf-16",
            "starts with the UTF-16 little-endian byte order mark, as Excel's Unicode text does",
        )
    if data.startswith(b"\xfe\xff"):
        return "utf-16", "starts with the UTF-16 big-endian byte order mark"
    pattern = _utf16_pattern(data)
    if pattern:
        return pattern, "no byte order mark, but the NUL bytes of UTF-16 text"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp932", "not valid UTF-8, so read as Japanese Windows text, as Excel saves CSV"
    return "utf-8", "valid UTF-8, no byte order mark"


def _utf16_pattern(data: bytes) -> str | None:
    """UTF-16 without a BOM: the zero high bytes of its ASCII characters (digits, tabs, ...)."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    pairs, even, odd = len(sample) // 2, sample[0::2].count(0), sample[1::2].count(0)
    if odd >= pairs / 10 and odd > 4 * even:
        return "utf-16-le"
    if even >= pairs / 10 and even > 4 * odd:
        return "utf-16-be"
    return None


def _label(source: str) -> str:
    """The file's name for messages ("The file %1 …"); a roster parsed from bytes has none."""
    return source or "(roster)"


def _no_rows(source: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Core", "The file %1 has no rows."),
        QT_TRANSLATE_NOOP("Core", "Choose the exported roster file."),
        args=(_label(source),),
    )


# -- text to records ----------------------------------------------------------------------------


def _records(text: str, delimiter: str, strict: bool = False) -> Iterator[tuple[int, list[str]]]:
    """Non-blank records, each with the physical line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    line = 0
    for cells in reader:
        if any(c.strip(_TRIM) for c in cells):
            yield line + 1, cells
        line = reader.line_num


def _choose_delimiter(text: str, explicit: Mapping[str, str]) -> str:
    """The delimiter under which most headers are recognised, then the most regular table."""
    best, best_score = ",", (0, False, 0, 0)
    for delimiter in DELIMITER_NAMES:
        try:
            sample = [cells for _, cells in islice(_records(text, delimiter), REGULAR_SAMPLE)]
        except csv.Error:
            continue
        top = sample[:HEADER_SEARCH]
        cells = next((c for c in top if _has_name(c, explicit)), top[0] if top else [])
        header = _trim_end(cells)
        known = sum(explicit.get(k, _HEADERS.get(k)) is not None for k in map(header_key, header))
        regular = sum(len(c) == len(cells) for c in sample)
        score = (known, len(header) > 1, regular, len(header))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _trim_end(cells: list[str]) -> tuple[str, ...]:
    """Header texts, trimmed, without the empty cells Excel leaves at the end."""
    headers = [c.strip(_TRIM) for c in cells]
    while len(headers) > 1 and not headers[-1]:
        headers.pop()
    return tuple(headers)


def _unclosed_quote(body: list[tuple[int, list[str]]], text: str, delimiter: str) -> int | None:
    """The line of a last record whose quote runs to the end of the file (lenient csv takes it)."""
    if not body or not any("\n" in c or "\r" in c for c in body[-1][1]):
        return None
    starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    try:
        list(_records(text[starts[body[-1][0] - 1] :], delimiter, strict=True))
    except csv.Error as exc:
        return body[-1][0] if "end of data" in str(exc) else None
    return None


# -- headers and rows ---------------------------------------------------------------------------


def _explicit_mapping(mapping: Mapping[str, str] | None) -> dict[str, str]:
    for header, target in (mapping or {}).items():
        if target not in (*FIELDS, IGNORE):
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "Column “%1” cannot be mapped to “%2”."),
                QT_TRANSLATE_NOOP("Core", "Map it to one of %1."),
                args=(header, target),
                advice_args=(", ".join((*FIELDS, IGNORE)),),
            )
    return {header_key(h): t for h, t in (mapping or {}).items()}


def _has_name(cells: list[str], explicit: Mapping[str, str]) -> bool:
    return any(explicit.get(k, _HEADERS.get(k)) == "name" for k in map(header_key, cells))


def _map_columns(
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
                message = QT_TRANSLATE_NOOP(
                    "Core", "Another column is already read as %1; this one is not used."
                )
                problems.append(
                    RosterProblem(line, message, "warning", headers[index], target, (target,))
                )
            else:
                columns[index] = target
    known = {*explicit, *_HEADERS}
    return tuple(columns), tuple(
        h for h, k in zip(headers, keys, strict=True) if h and k not in known
    )


def _check_rows(
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

"""A workshop as a CSV: one row per participant, every field of the worksheet flattened.

Made for Excel on a Japanese PC, opened with a double click:

* UTF-8 **with a BOM** and CRLF line ends by default — without the BOM, Japanese Excel reads a
  CSV as cp932 and shows mojibake. ``cp932`` is offered for older tools; the characters it
  cannot hold (𠮷, emoji, accented Latin letters …) are written as 〓 and listed in the report,
  never dropped or turned into a silent ``?``. (Six characters — ¢ £ ¬ ‖ − 〜 — are written
  as their full-width cp932 look-alikes by Python's codec, as every Windows program does.)
* A text that starts with ``= + - @``, a tab or a carriage return gets an apostrophe in front,
  so Excel shows it instead of running it as a formula (OWASP "CSV injection"). Numbers
  (the energy of an experience) stay numbers; dates are ``yyyy-mm-dd``, which Excel reads as
  dates; yes/no are words (はい/いいえ), not 1/0.
* A line break inside a text stays inside its quoted cell, where Excel shows it as one.

Anonymised records (:mod:`app.workshop_record`) get no id, reading, employee code or e-mail
column at all, and the label (P01…) in the first column.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.models import WorksheetRow
from app.workshop_record import PersonRecord, WorkshopRecord

Cell = str | int
Encoding = Literal["utf-8-sig", "cp932"]

#: What cp932 writes for a character it cannot hold (cp932 has it: 0x81AC).
GETA = "〓"
#: Cells starting with these are formulas to Excel (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_EXPERIENCE_KEYS = ("when", "what", "role", "energy", "why", "learned")

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "name": "氏名",
        "label": "参加者",
        "reading": "ふりがな",
        "department": "部署",
        "employee_code": "社員番号",
        "email": "メール",
        "attended": "出席",
        "experience": "経験{n} {part}",
        "when": "時期",
        "what": "内容",
        "role": "役割",
        "energy": "エネルギー",
        "why": "理由",
        "learned": "学び",
        "strengths": "強み",
        "values": "価値観",
        "expectations": "期待されていること",
        "partner_noticed": "対話で気づいたこと",
        "identity": "私は…",
        "target_state": "目指す状態",
        "horizon": "目指す時期",
        "themes": "学びテーマ",
        "tentative": "仮／確定",
        "step_what": "やってみること",
        "step_by": "いつまでに",
        "step_supporter": "応援してくれる人",
        "checkin_date": "ふりかえりの1on1",
        "id": "参加者ID",
        "yes": "はい",
        "no": "いいえ",
        "is_tentative": "仮",
        "is_final": "確定",
        "6m": "半年後",
        "1y": "1年後",
        "3y": "3年後",
        "join": "、",
    },
    "en": {
        "name": "Name",
        "label": "Participant",
        "reading": "Reading",
        "department": "Department",
        "employee_code": "Employee code",
        "email": "E-mail",
        "attended": "Attended",
        "experience": "Experience {n} {part}",
        "when": "when",
        "what": "what",
        "role": "role",
        "energy": "energy",
        "why": "why",
        "learned": "learned",
        "strengths": "Strengths",
        "values": "Values",
        "expectations": "Expected of me",
        "partner_noticed": "My partner noticed",
        "identity": "I am…",
        "target_state": "Target state",
        "horizon": "Horizon",
        "themes": "Learning themes",
        "tentative": "Tentative or final",
        "step_what": "Next step",
        "step_by": "By",
        "step_supporter": "Supporter",
        "checkin_date": "Follow-up 1on1",
        "id": "Participant ID",
        "yes": "yes",
        "no": "no",
        "is_tentative": "tentative",
        "is_final": "final",
        "6m": "6 months",
        "1y": "1 year",
        "3y": "3 years",
        "join": "; ",
    },
}

_TEXTS = ("expectations", "partner_noticed", "identity", "target_state")
#: The worksheet's columns after the experiences, in order.
_SHEET_KEYS = (
    "strengths",
    "values",
    *_TEXTS,
    "horizon",
    "themes",
    "tentative",
    "step_what",
    "step_by",
    "step_supporter",
    "checkin_date",
)


class Unencodable(NamedTuple):
    """A character the chosen encoding cannot hold, and where it was (written as 〓)."""

    person: str  # the person's label as stored
    column: str  # the column header
    char: str
    code: str  # "U+20BB7"


@dataclass(frozen=True)
class CsvReport:
    """What :func:`write_csv` wrote: the file, its number of data rows, what became 〓."""

    path: Path
    rows: int
    unencodable: list[Unencodable]


def _words(record: WorkshopRecord) -> dict[str, str]:
    return WORDS.get(record.workshop.language, WORDS["ja"])


def neutralise(text: str) -> str:
    """``text`` with an apostrophe in front when Excel would read it as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""


def _experience_cell(item: dict[str, Any], key: str) -> Cell:
    value = item.get(key, "")
    if key == "energy":
        return value if isinstance(value, int) and not isinstance(value, bool) else ""
    return neutralise(str(value))


def _sheet_cells(
    sheet: WorksheetRow | None, words: dict[str, str], experiences: int, parts: Sequence[str]
) -> list[Cell]:
    if sheet is None:
        return [""] * (experiences * len(parts) + len(_SHEET_KEYS))
    cells: list[Cell] = []
    for index in range(experiences):
        item = sheet.experiences[index] if index < len(sheet.experiences) else None
        cells += [_experience_cell(item, key) if item else "" for key in parts]
    # Lists go in one cell each, joined with the list separator of the language (、or ;):
    # the row keeps a fixed width however many phrases a person wrote, a reader sees the
    # phrases as a list in one glance, and neither separator is the CSV delimiter.
    cells += [neutralise(words["join"].join(sheet.strengths))]
    cells += [neutralise(words["join"].join(sheet.values))]
    cells += [neutralise(getattr(sheet, key)) for key in _TEXTS]
    cells += [words.get(sheet.horizon, sheet.horizon) if sheet.horizon else ""]
    cells += [neutralise(words["join"].join(sheet.themes))]
    cells += [words["is_tentative"] if sheet.tentative else words["is_final"]]
    cells += [neutralise(sheet.step_what), _iso(sheet.step_by)]
    cells += [neutralise(sheet.step_supporter), _iso(sheet.checkin_date)]
    return cells


def _person_cells(person: PersonRecord, words: dict[str, str], anonymous: bool) -> list[Cell]:
    attended = words["yes"] if person.attended else words["no"]
    if anonymous:
        return [neutralise(person.label), neutralise(person.department), attended]
    return [
        neutralise(person.label),
        neutralise(person.reading),
        neutralise(person.department),
        neutralise(person.employee_code),
        neutralise(person.email),
        attended,
    ]


def csv_rows(record: WorkshopRecord) -> tuple[list[str], list[list[Cell]]]:
    """The header and one row per person, in the record's order, ready for ``csv.writer``.

    Experiences take one group of columns each (時期, 内容, 役割, エネルギー, 理由, 学び), as
    many groups as the person with the most experiences needs; an anonymised record has only
    the energy of each experience, so only the energy columns. A person without a worksheet
    gets empty cells.
    """
    words = _words(record)
    anonymous = record.anonymized
    parts = ("energy",) if anonymous else _EXPERIENCE_KEYS
    experiences = max(
        (len(p.sheet.experiences) for p in record.people if p.sheet is not None), default=0
    )
    person_keys = (
        ("label", "department", "attended")
        if anonymous
        else ("name", "reading", "department", "employee_code", "email", "attended")
    )
    header = [words[key] for key in person_keys]
    for n in range(1, experiences + 1):
        header += [words["experience"].format(n=n, part=words[key]) for key in parts]
    header += [words[key] for key in _SHEET_KEYS]
    if not anonymous:
        header += [words["id"]]
    rows: list[list[Cell]] = []
    for person in record.people:
        row = _person_cells(person, words, anonymous)
        row += _sheet_cells(person.sheet, words, experiences, parts)
        if not anonymous:
            row += [str(person.id)]
        rows.append(row)
    return header, rows


def _encodable(
    header: list[str], rows: list[list[Cell]], labels: Sequence[str], encoding: str
) -> tuple[list[list[Cell]], list[Unencodable]]:
    """The rows with each character ``encoding`` cannot hold replaced by 〓, and the list."""
    found: list[Unencodable] = []
    seen: set[Unencodable] = set()
    out: list[list[Cell]] = []
    for label, row in zip(labels, rows, strict=True):
        fixed: list[Cell] = []
        for column, cell in zip(header, row, strict=True):
            if isinstance(cell, int):
                fixed.append(cell)
                continue
            chars = []
            for char in cell:
                try:
                    char.encode(encoding)
                except UnicodeEncodeError:
                    item = Unencodable(label, column, char, f"U+{ord(char):04X}")
                    if item not in seen:
                        seen.add(item)
                        found.append(item)
                    char = GETA
                chars.append(char)
            fixed.append("".join(chars))
        out.append(fixed)
    return out, found


def write_csv(path: Path, record: WorkshopRecord, *, encoding: Encoding = "utf-8-sig") -> CsvReport:
    """Write :func:`csv_rows` to ``path`` (through a ``.part`` file, so never half a file).

    Raises:
        UserError: The file could not be written (folder missing or read-only, disk full,
            the file open in Excel).
    """
    if encoding not in ("utf-8-sig", "cp932"):
        raise ValueError(f"unsupported encoding {encoding!r}")
    path = Path(path)
    header, rows = csv_rows(record)
    rows, unencodable = _encodable(header, rows, [p.label for p in record.people], encoding)
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "w", encoding=encoding, errors="strict", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(header)
            writer.writerows(rows)
        os.replace(part, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            part.unlink()
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The CSV %1 could not be written (%2)."),
            QT_TRANSLATE_NOOP("Core", "Check that the folder exists and is writable and that the disk is not full, and close the file if Excel has it open."),  # noqa: E501
            path=path,
            args=(path.name, error.strerror or error),
        ) from error  # fmt: skip
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return CsvReport(path, len(rows), unencodable)

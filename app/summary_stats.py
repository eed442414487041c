"""The figures of a workshop's summary: attendance, the group's frequent phrases, energies,
the declarations — computed from the people of a :class:`~app.workshop_record.WorkshopRecord`.

Kept apart from the PDF (no ReportLab here) so the same figures can feed a screen or a CSV, and
so the counting rules are tested without parsing a PDF. Phrases typed by different people are
matched the way names are searched (:func:`app.names.name_key`: width, case and spaces folded),
so ＡＢＣ, abc and "a b c" count as one phrase, printed in the spelling most people used.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.names import name_key
from app.workshop_record import PersonRecord

#: The list fields of a worksheet whose phrases the summary counts.
PHRASE_FIELDS = ("strengths", "values", "themes")
#: The energy scale of an experience, low to high.
ENERGY_LEVELS = (-2, -1, 0, 1, 2)


@dataclass(frozen=True)
class Attendance:
    """Head counts: on the list, checked in, with a worksheet, with a declaration written."""

    registered: int
    checked_in: int
    with_sheet: int
    declared: int


@dataclass(frozen=True)
class DeclarationRow:
    """One person's declaration of their next step as the summary lists it (``what`` may be
    empty: the person is listed all the same, so HR sees who has not written one)."""

    label: str
    department: str
    what: str
    by: dt.date | None
    supporter: str
    checkin: dt.date | None


def attendance(people: Sequence[PersonRecord]) -> Attendance:
    """How many people were registered, checked in, have a sheet and declared a step."""
    return Attendance(
        registered=len(people),
        checked_in=sum(1 for p in people if p.attended),
        with_sheet=sum(1 for p in people if p.sheet is not None),
        declared=sum(1 for p in people if p.sheet is not None and p.sheet.step_what.strip()),
    )


def top_phrases(people: Iterable[PersonRecord], field: str, n: int = 10) -> list[tuple[str, int]]:
    """The ``n`` phrases of ``field`` written by the most people, with how many wrote each.

    A person counts once per phrase (writing 傾聴 twice is one vote). Phrases are matched by
    :func:`~app.names.name_key`; each is shown in its most frequent original spelling (on a
    tie, the one seen first). Sorted by count, most first, then by first appearance (people
    in record order, phrases in the order written).
    """
    if field not in PHRASE_FIELDS:
        raise ValueError(f"field must be one of {PHRASE_FIELDS}, not {field!r}")
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    first_seen: dict[str, int] = {}
    for person in people:
        if person.sheet is None:
            continue
        mine: set[str] = set()
        for raw in getattr(person.sheet, field):
            phrase = str(raw).strip(" \t\r\n\u3000")
            key = name_key(phrase)
            if not key:
                continue
            first_seen.setdefault(key, len(first_seen))
            spellings.setdefault(key, Counter())[phrase] += 1
            if key not in mine:
                mine.add(key)
                counts[key] += 1
    ranked = sorted(counts, key=lambda key: (-counts[key], first_seen[key]))[: max(n, 0)]
    # Counter.most_common keeps insertion order among equals: ties go to the first seen
    return [(spellings[key].most_common(1)[0][0], counts[key]) for key in ranked]


def _energy(item: Any) -> int | None:
    """An experience's energy as a whole number in −2..+2, or None when it has none."""
    value = item.get("energy") if isinstance(item, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return max(-2, min(2, round(value)))


def energy_distribution(people: Iterable[PersonRecord]) -> dict[int, int]:
    """How many experiences, over everyone's sheet, were rated at each energy −2..+2."""
    found: dict[int, int] = dict.fromkeys(ENERGY_LEVELS, 0)
    for person in people:
        if person.sheet is None:
            continue
        for item in person.sheet.experiences:
            energy = _energy(item)
            if energy is not None:
                found[energy] += 1
    return found


def declarations(people: Iterable[PersonRecord]) -> list[DeclarationRow]:
    """A row per person who has a worksheet or checked in, in record order.

    Someone who checked in but has no sheet, or a sheet without a step, gets a row with an
    empty ``what`` (the PDF prints 未記入); people registered who neither came nor wrote are
    left out — they have nothing to follow up.
    """
    rows = []
    for person in people:
        sheet = person.sheet
        if sheet is None and not person.attended:
            continue
        rows.append(
            DeclarationRow(
                label=person.label,
                department=person.department,
                what=sheet.step_what.strip() if sheet else "",
                by=sheet.step_by if sheet else None,
                supporter=sheet.step_supporter.strip() if sheet else "",
                checkin=sheet.checkin_date if sheet else None,
            )
        )
    return rows

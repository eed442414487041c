"""The venue check's results: one :class:`CheckItem` per check, and the tables of its texts.

Each result is a :class:`CheckItem` with English texts. The texts are made from tables
(``TITLES`` by check id, ``OUTCOMES`` by outcome key) with Qt-style ``%1`` placeholders, so the
UI can translate the same templates and fill in ``args``. :func:`checks_json` gives the results
for ``ippo check --json``; :func:`worst_level` the level a summary shows. The checks themselves
are :mod:`app.venue_check`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from app.placeholders import fill

Level = Literal["ok", "warning", "problem"]
LEVELS: tuple[Level, ...] = ("ok", "warning", "problem")

#: Check id → title.
TITLES: dict[str, str] = {
    "store": "Saving answers",
    "disk": "Free disk space",
    "fonts": "Japanese fonts",
    "sounds": "Chime sounds",
    "backups": "Backups",
    "location": "Where the store is kept",
}

#: Outcome key → (detail, advice). ``%1``, ``%2`` are filled from ``CheckItem.args``.
OUTCOMES: dict[str, tuple[str, str]] = {
    "store.ok": ("Ippo can save answers in %1.", ""),
    "store.new": ("The data folder %1 does not exist yet; Ippo will create it.", ""),
    "store.folder_read_only": (
        "The folder %1 is read-only: Ippo cannot save answers there.",
        "Choose a folder you can write to with --data-dir, or fix the folder's permissions.",
    ),
    "store.file_read_only": (
        "The store %1 is read-only: Ippo cannot save answers in it.",
        "Fix the file's permissions, or copy the data folder to a folder you can write to "
        "and start Ippo with --data-dir.",
    ),
    "store.write_failed": (
        "Ippo could not write a test file in %1: %2.",
        "Choose a folder you can write to with --data-dir, or fix the folder's permissions.",
    ),
    "store.locked": (
        "Another program is holding the store %1, so answers cannot be saved right now.",
        "Close the other Ippo window or the program that opened the file, then check again.",
    ),
    "store.sqlite_failed": (
        "The store %1 refused a test write: %2.",
        "Restart Ippo. If this stays, restore the newest backup (ippo restore FILE).",
    ),
    "disk.ok": ("%1 free on the drive of %2.", ""),
    "disk.low": (
        "Only %1 free on the drive of %2.",
        "Free at least 200 MB before the workshop: empty the recycle bin or delete large "
        "downloads.",
    ),
    "disk.critical": (
        "Only %1 free on the drive of %2: answers and backups may not be saved.",
        "Free at least 200 MB before the workshop: empty the recycle bin or delete large "
        "downloads.",
    ),
    "fonts.ok": ("IPAex Gothic and IPAex Mincho are installed, with their licence.", ""),
    "fonts.missing": (
        "Missing from %1: %2.",
        "Reinstall Ippo. Without these fonts Japanese text and the printed sheets cannot be "
        "shown correctly.",
    ),
    "sounds.ok": ("The three chimes (1, 2 and 3 strokes) are installed.", ""),
    "sounds.missing": (
        "Missing or unreadable in %1: %2.",
        "Reinstall Ippo. Until then the projector flashes instead of chiming.",
    ),
    "backups.ok": ("The newest backup was taken at %1, less than a day ago.", ""),
    "backups.unchanged": (
        "The newest backup was taken at %1, and nothing has changed since.",
        "",
    ),
    "backups.old": (
        "The newest backup was taken at %1, %2 days ago.",
        "Take a backup now: File ▸ Back up now, or `ippo backup`.",
    ),
    "backups.none": (
        "There is no backup yet in %1.",
        "Take a backup now: File ▸ Back up now, or `ippo backup`.",
    ),
    "backups.empty": ("There is no store yet, so nothing to back up.", ""),
    "location.ok": ("The store folder %1 is on this computer's own drive.", ""),
    "location.network": (
        "The store folder %1 is on a network drive (%2). "
        "WAL does not work on network file systems: answers can be lost.",
        "Keep the store on this computer's own drive: start Ippo without --data-dir, "
        "or choose a local folder.",
    ),
    "location.removable": (
        "The store folder %1 is on a removable drive. "
        "USB sticks lose writes when pulled out while Ippo is open.",
        "Copy the data folder to this computer's drive for the workshop, or never pull the "
        "stick out before Ippo is closed.",
    ),
    "location.synced": (
        "The store folder %1 is in a cloud-synced folder (%2). "
        "Syncing can copy the store half-written.",
        "Keep the store outside synced folders: start Ippo without --data-dir, or choose a "
        "local folder that is not synced.",
    ),
    "check.failed": (
        "This check could not run: %1.",
        "Restart Ippo and check again. If this stays, tell whoever supports Ippo.",
    ),
}


@dataclass(frozen=True)
class CheckItem:
    """One check's result. ``ok`` is ``level == "ok"``.

    ``outcome`` is the key of the texts in :data:`OUTCOMES` and ``args`` what fills their
    ``%1``, ``%2``; the UI uses them to show the same result in the user's language.
    """

    id: str
    ok: bool
    level: Level
    title: str
    detail: str
    advice: str
    outcome: str = ""
    args: tuple[str, ...] = ()


def make_item(
    check_id: str,
    level: Level,
    outcome: str,
    *args: object,
    titles: Mapping[str, str] = TITLES,
    outcomes: Mapping[str, tuple[str, str]] = OUTCOMES,
) -> CheckItem:
    """A result from the tables: the English texts filled in with ``args``. The UI passes its
    own tables for the checks that need Qt (screens, sound)."""
    detail, advice = outcomes[outcome]
    values = tuple(str(a) for a in args)
    return CheckItem(
        id=check_id,
        ok=level == "ok",
        level=level,
        title=titles.get(check_id, check_id),
        detail=fill(detail, *values),
        advice=fill(advice, *values),
        outcome=outcome,
        args=values,
    )


def checks_json(items: list[CheckItem]) -> list[dict[str, Any]]:
    """The results as plain JSON-ready dicts (``ippo check --json``)."""
    return [
        {
            "id": item.id,
            "ok": item.ok,
            "level": item.level,
            "title": item.title,
            "detail": item.detail,
            "advice": item.advice,
            "outcome": item.outcome,
            "args": list(item.args),
        }
        for item in items
    ]


def worst_level(items: list[CheckItem]) -> Level:
    """``problem`` if any item is a problem, else ``warning`` if any is, else ``ok``."""
    found = {item.level for item in items}
    return next((level for level in reversed(LEVELS) if level in found), "ok")

"""The venue check's texts: titles, outcomes and level words, marked for translation.

The core (:mod:`app.venue_check`) gives English texts plus an outcome key and its arguments;
this module holds the same English templates marked for translation (context ``VenueCheck``;
a test keeps them equal to the core's) and :func:`translated` gives an item's texts in the
running language, filled with the item's arguments.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import QT_TRANSLATE_NOOP
from app.venue_check_items import CheckItem
from ui.i18n import fill

CONTEXT = "VenueCheck"


#: Check id → title (the core's, plus the two checks this dialog adds).
TITLES: dict[str, str] = {
    "store": QT_TRANSLATE_NOOP("VenueCheck", "Saving answers"),
    "disk": QT_TRANSLATE_NOOP("VenueCheck", "Free disk space"),
    "fonts": QT_TRANSLATE_NOOP("VenueCheck", "Japanese fonts"),
    "sounds": QT_TRANSLATE_NOOP("VenueCheck", "Chime sounds"),
    "backups": QT_TRANSLATE_NOOP("VenueCheck", "Backups"),
    "location": QT_TRANSLATE_NOOP("VenueCheck", "Where the store is kept"),
    "screens": QT_TRANSLATE_NOOP("VenueCheck", "Screens"),
    "sound": QT_TRANSLATE_NOOP("VenueCheck", "Sound"),
    "checks": QT_TRANSLATE_NOOP("VenueCheck", "Venue check"),
}

#: Outcome key → (detail, advice): the same English as ``app.venue_check_items.OUTCOMES`` (a test
#: keeps them equal), plus the outcomes of the screen and sound checks.
OUTCOMES: dict[str, tuple[str, str]] = {
    "store.ok": (QT_TRANSLATE_NOOP("VenueCheck", "Ippo can save answers in %1."), ""),
    "store.new": (
        QT_TRANSLATE_NOOP(
            "VenueCheck", "The data folder %1 does not exist yet; Ippo will create it."
        ),
        "",
    ),
    "store.folder_read_only": (
        QT_TRANSLATE_NOOP(
            "VenueCheck", "The folder %1 is read-only: Ippo cannot save answers there."
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Choose a folder you can write to with --data-dir, or fix the folder's permissions.",
        ),
    ),
    "store.file_read_only": (
        QT_TRANSLATE_NOOP(
            "VenueCheck", "The store %1 is read-only: Ippo cannot save answers in it."
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Fix the file's permissions, or copy the data folder to a folder you can write to "
            "and start Ippo with --data-dir.",
        ),
    ),
    "store.write_failed": (
        QT_TRANSLATE_NOOP("VenueCheck", "Ippo could not write a test file in %1: %2."),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Choose a folder you can write to with --data-dir, or fix the folder's permissions.",
        ),
    ),
    "store.locked": (
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Another program is holding the store %1, so answers cannot be saved right now.",
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Close the other Ippo window or the program that opened the file, then check again.",
        ),
    ),
    "store.sqlite_failed": (
        QT_TRANSLATE_NOOP("VenueCheck", "The store %1 refused a test write: %2."),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Restart Ippo. If this stays, restore the newest backup (ippo restore FILE).",
        ),
    ),
    "disk.ok": (QT_TRANSLATE_NOOP("VenueCheck", "%1 free on the drive of %2."), ""),
    "disk.low": (
        QT_TRANSLATE_NOOP("VenueCheck", "Only %1 free on the drive of %2."),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Free at least 200 MB before the workshop: empty the recycle bin or delete large "
            "downloads.",
        ),
    ),
    "disk.critical": (
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Only %1 free on the drive of %2: answers and backups may not be saved.",
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Free at least 200 MB before the workshop: empty the recycle bin or delete large "
            "downloads.",
        ),
    ),
    "fonts.ok": (
        QT_TRANSLATE_NOOP(
            "VenueCheck", "IPAex Gothic and IPAex Mincho are installed, with their licence."
        ),
        "",
    ),
    "fonts.missing": (
        QT_TRANSLATE_NOOP("VenueCheck", "Missing from %1: %2."),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Reinstall Ippo. Without these fonts Japanese text and the printed sheets cannot be "
            "shown correctly.",
        ),
    ),
    "sounds.ok": (
        QT_TRANSLATE_NOOP("VenueCheck", "The three chimes (1, 2 and 3 strokes) are installed."),
        "",
    ),
    "sounds.missing": (
        QT_TRANSLATE_NOOP("VenueCheck", "Missing or unreadable in %1: %2."),
        QT_TRANSLATE_NOOP(
            "VenueCheck", "Reinstall Ippo. Until then the projector flashes instead of chiming."
        ),
    ),
    "backups.ok": (
        QT_TRANSLATE_NOOP("VenueCheck", "The newest backup was taken at %1, less than a day ago."),
        "",
    ),
    "backups.unchanged": (
        QT_TRANSLATE_NOOP(
            "VenueCheck", "The newest backup was taken at %1, and nothing has changed since."
        ),
        "",
    ),
    "backups.old": (
        QT_TRANSLATE_NOOP("VenueCheck", "The newest backup was taken at %1, %2 days ago."),
        QT_TRANSLATE_NOOP("VenueCheck", "Take a backup now: File ▸ Back up now, or `ippo backup`."),
    ),
    "backups.none": (
        QT_TRANSLATE_NOOP("VenueCheck", "There is no backup yet in %1."),
        QT_TRANSLATE_NOOP("VenueCheck", "Take a backup now: File ▸ Back up now, or `ippo backup`."),
    ),
    "backups.empty": (
        QT_TRANSLATE_NOOP("VenueCheck", "There is no store yet, so nothing to back up."),
        "",
    ),
    "location.ok": (
        QT_TRANSLATE_NOOP("VenueCheck", "The store folder %1 is on this computer's own drive."),
        "",
    ),
    "location.network": (
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "The store folder %1 is on a network drive (%2). "
            "WAL does not work on network file systems: answers can be lost.",
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Keep the store on this computer's own drive: start Ippo without --data-dir, "
            "or choose a local folder.",
        ),
    ),
    "location.removable": (
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "The store folder %1 is on a removable drive. "
            "USB sticks lose writes when pulled out while Ippo is open.",
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Copy the data folder to this computer's drive for the workshop, or never pull the "
            "stick out before Ippo is closed.",
        ),
    ),
    "location.synced": (
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "The store folder %1 is in a cloud-synced folder (%2). "
            "Syncing can copy the store half-written.",
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Keep the store outside synced folders: start Ippo without --data-dir, or choose a "
            "local folder that is not synced.",
        ),
    ),
    "check.failed": (
        QT_TRANSLATE_NOOP("VenueCheck", "This check could not run: %1."),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Restart Ippo and check again. If this stays, tell whoever supports Ippo.",
        ),
    ),
    # -- the checks that need Qt --
    "screens.projector": (
        QT_TRANSLATE_NOOP("VenueCheck", "Projector: %1 %2. This screen: %3 %4."),
        "",
    ),
    "screens.one": (
        QT_TRANSLATE_NOOP("VenueCheck", "Only one screen: %1 %2."),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Connect the projector, or use F5 to show the projector on this screen. "
            "If the projector shows the same picture as this screen, switch the display to "
            "Extend (Windows: Win+P).",
        ),
    ),
    "screens.none": (
        QT_TRANSLATE_NOOP("VenueCheck", "No screen was found."),
        QT_TRANSLATE_NOOP("VenueCheck", "Connect the projector, then check again."),
    ),
    "sound.ok": (QT_TRANSLATE_NOOP("VenueCheck", "The chimes play on %1."), ""),
    "sound.unavailable": (
        QT_TRANSLATE_NOOP("VenueCheck", "No sound: %1"),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "The projector flashes instead of chiming. To hear the chimes, connect speakers or "
            "the projector's audio, turn the volume up, then check again.",
        ),
    ),
    "sound.muted": (
        QT_TRANSLATE_NOOP("VenueCheck", "The chimes are muted: no sound and no flash."),
        QT_TRANSLATE_NOOP("VenueCheck", "Unmute the chimes if the room should hear them."),
    ),
}

LEVEL_WORDS: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("VenueCheck", "OK"),
    "warning": QT_TRANSLATE_NOOP("VenueCheck", "Warning"),
    "problem": QT_TRANSLATE_NOOP("VenueCheck", "Problem"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translated(item: CheckItem) -> tuple[str, str, str]:
    """(title, detail, advice) in the current language; the English texts for unknown keys."""
    title = _tr(TITLES[item.id]) if item.id in TITLES else item.title
    if item.outcome in OUTCOMES:
        detail, advice = OUTCOMES[item.outcome]
        return (
            title,
            fill(_tr(detail), *item.args),
            fill(_tr(advice), *item.args) if advice else "",
        )
    return title, item.detail, item.advice

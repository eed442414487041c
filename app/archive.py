"""A workshop as a JSON archive: exporting one, and importing one from another laptop.

HR consolidates the workshops several facilitators ran on their own laptops: each laptop
exports (:func:`write_archive`), HR imports every file into one store (:func:`import_archive`).
The rules an import merges by are :class:`app.archive_merge.Merge`'s, listed in
:mod:`app.archive_merge`; the file's format is :mod:`app.archive_format`.

An import is one transaction: a refused file, or any failure midway, leaves the store as it was.
The backups are rewritten after that transaction is committed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

import app
from app import schema
from app.archive_format import (
    FORMAT,
    FORMAT_VERSION,
    Archive,
    encode,
    read_archive,
    row_json,
    to_json,
)
from app.archive_merge import Merge, workshop_rows
from app.archive_report import ImportReport
from app.db_types import utcnow
from app.erasure import rewrite_pending
from app.erasure_holds import erase_imported
from app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from app.models import (
    ErasureRow,
    GroupRoundRow,
    Participant,
    RunEventRow,
    Stage,
    WorksheetRow,
    Workshop,
)
from app.store import Store

# -- export ------------------------------------------------------------------------------------


def export_archive(
    store: Store, workshop_id: uuid.UUID, *, now: datetime | None = None
) -> dict[str, Any]:
    """The whole workshop as JSON-ready data, read in one transaction.

    Rows come in a fixed order (agenda and people by position, sheets in people's order, the
    log by seq, rounds by number, ties and erasures by id), so two exports of the same data
    differ only in ``exported_at``.

    Raises:
        NotFound: no workshop has this id.
    """
    with store.session() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Core", "No workshop has the id %1."),
                QT_TRANSLATE_NOOP("Core", "It may have been deleted."),
                args=(workshop_id,),
            )
        stages = workshop_rows(session, Stage, workshop_id)
        people = workshop_rows(session, Participant, workshop_id)
        sheets = workshop_rows(session, WorksheetRow, workshop_id)
        events = workshop_rows(session, RunEventRow, workshop_id)
        rounds = workshop_rows(session, GroupRoundRow, workshop_id)
        erasures = workshop_rows(session, ErasureRow, workshop_id)
    stages.sort(key=lambda s: (s.position, str(s.id)))
    people.sort(key=lambda p: (p.position, str(p.id)))
    place = {p.id: index for index, p in enumerate(people)}
    sheets.sort(key=lambda s: (place.get(s.participant_id, len(place)), str(s.id)))
    events.sort(key=lambda e: e.seq)
    rounds.sort(key=lambda r: r.number)
    erasures.sort(key=lambda e: str(e.id))
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "schema": schema.HEAD,
        "app_version": app.__version__,
        "exported_at": to_json(now or utcnow()),
        "workshop": row_json(workshop),
        "stages": [row_json(row) for row in stages],
        "participants": [row_json(row) for row in people],
        "worksheets": [row_json(row) for row in sheets],
        "run_events": [row_json(row) for row in events],
        "group_rounds": [row_json(row) for row in rounds],
        "erasures": [row_json(row) for row in erasures],
    }


def archive_filename(workshop: Workshop) -> str:
    """A name to offer in a save dialog: ``ippo-2026-12-10-研修.json`` (safe on Windows too)."""
    title = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "_", workshop.title).strip(" ._") or "workshop"
    day = workshop.date.isoformat() if workshop.date else "undated"
    return f"ippo-{day}-{title[:60]}.json"


def write_archive(store: Store, workshop_id: uuid.UUID, path: Path) -> Path:
    """Export to ``path`` (UTF-8 JSON): written beside it as ``.part``, then moved into place,
    so a full disk or a pulled stick never leaves half an archive under the real name.

    Raises:
        NotFound: no workshop has this id.
        UserError: the folder is missing or not writable, or the disk is full.
    """
    payload = encode(export_archive(store, workshop_id))
    part = path.with_name(path.name + ".part")
    try:
        with part.open("wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        if isinstance(exc, OSError):
            raise _write_error(path, exc) from exc
        raise
    return path


def _write_error(path: Path, error: OSError) -> UserError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserError(
            QT_TRANSLATE_NOOP("Core", "The disk is full: the archive %1 was not written."),
            QT_TRANSLATE_NOOP("Core", "Free some space, or choose another drive, then export again."),  # noqa: E501
            path,
            args=(path.name,),
        )  # fmt: skip
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            QT_TRANSLATE_NOOP("Core", "The folder %1 is not writable: the archive was not written."),  # noqa: E501
            QT_TRANSLATE_NOOP("Core", "Choose a folder you can write to (a USB stick may be locked), then export again."),  # noqa: E501
            path,
            args=(path.parent,),
        )  # fmt: skip
    return UserError(
        QT_TRANSLATE_NOOP("Core", "The archive %1 could not be written (%2)."),
        QT_TRANSLATE_NOOP("Core", "Check that the folder exists and the drive is still connected, then export again."),  # noqa: E501
        path,
        args=(path.name, error.strerror or error),
    )  # fmt: skip


# -- import ------------------------------------------------------------------------------------


def import_archive(
    store: Store,
    source: bytes | Path | Archive,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportReport:
    """Merge an archive into the store, in one transaction (by the rules of
    :mod:`app.archive_merge`).

    Someone deleted because the archive carries their tombstone is then erased from the store's
    log and from this laptop's backups (``report.backups_rewritten`` / ``backups_failed`` /
    ``log_pending``); a dry run predicts none of that.

    Args:
        store: The open store (held exclusively).
        source: The file, its bytes, or an archive already read with :func:`read_archive`.
        dry_run: Compute the same report and write nothing.
        progress: Told ``(done, total)`` while backups are checked and rewritten (no cancel).

    Raises:
        UserError: the archive is refused (nothing written), or its ids clash with rows of
            another workshop in this store.
    """
    archive = source if isinstance(source, Archive) else read_archive(source)
    erasing = bool(archive.erasures) and not dry_run
    with rewrite_pending(store.data_dir) if erasing else contextlib.nullcontext():
        return _import(store, archive, dry_run=dry_run, progress=progress)


def _import(
    store: Store,
    archive: Archive,
    *,
    dry_run: bool,
    progress: Callable[[int, int], bool] | None,
) -> ImportReport:
    try:
        with store.session() as session:
            merge = Merge(archive, session, write=not dry_run)
            report = merge.run()
    except IntegrityError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The archive of “%1” clashes with this store: one of its ids belongs to another row here (%2)."),  # noqa: E501
            QT_TRANSLATE_NOOP("Core", "Nothing was imported. The file may have been edited by hand; export it again from the Ippo it came from."),  # noqa: E501
            args=(archive.workshop.title, exc.orig),
        ) from exc  # fmt: skip
    if merge.deleted:  # committed: now the copies of them outside the store's transaction
        erasure = erase_imported(store, merge.deleted, progress=progress)
        report.backups_rewritten = erasure.backups_rewritten
        report.backups_failed = erasure.backups_failed
        report.log_pending = erasure.log_pending
    return report

"""One-sheets in bulk: from the store to one combined PDF or one PDF per person.

Both writers draw into a ``.part`` file beside the target and move it into place only when it
is complete, so a cancelled or failed run never leaves a half-written PDF (nor destroys the
previous one). ``progress(done, total)`` is called before the first sheet and after each;
returning False cancels. They run synchronously: the UI calls them from a worker thread.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.store import Store
from app.worksheets import worksheets_for
from app.workshops import get_workshop
from reports.one_sheet import (
    MissingChar,
    SheetContent,
    SheetPerson,
    SheetReport,
    draw_sheet,
    new_canvas,
    save_canvas,
)

Progress = Callable[[int, int], bool]

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"]}
)
MAX_NAME_CHARS = 120
#: Linux and macOS allow 255 bytes per file name; Japanese takes 3 bytes a character.
MAX_NAME_BYTES = 240
_NAMELESS = {"ja": "記入用", "en": "blank"}


@dataclass(frozen=True)
class BatchReport:
    """What a batch wrote and what did not print as written.

    ``cut`` pairs a person's display name with the fields cut short on their sheet;
    ``sheets`` counts the sheets drawn (also when cancelled).
    """

    files: tuple[Path, ...]
    sheets: int
    cut: tuple[tuple[str, tuple[str, ...]], ...]
    missing: tuple[MissingChar, ...]
    cancelled: bool


def safe_file_name(text: str) -> str:
    """``text`` as a file name every system accepts, Japanese kept as it is.

    Characters Windows forbids (``<>:"/\\|?*`` and control characters) become ``_``;
    trailing dots and spaces go; a reserved device name (CON, PRN, AUX, NUL, COM1…, LPT1…,
    also with an extension) gets a ``_`` in front; at most 120 characters (and 240 UTF-8
    bytes). An empty result is ``_``.
    """
    name = _FORBIDDEN.sub("_", text).strip()
    name = name[:MAX_NAME_CHARS]
    while len(name.encode("utf-8")) > MAX_NAME_BYTES:
        name = name[:-1]
    name = name.rstrip(". ")
    if not name:
        return "_"
    if name.split(".", 1)[0].rstrip(" ").upper() in _RESERVED:
        name = "_" + name[: MAX_NAME_CHARS - 1]
    return name


def sheet_label(content: SheetContent) -> str:
    """The name a sheet is listed and filed under (記入用 / blank for a nameless one)."""
    return content.display_name or _NAMELESS.get(content.language, _NAMELESS["ja"])


def _file_stem(content: SheetContent) -> str:
    parts = [content.date.isoformat()] if content.date else []
    return safe_file_name("_".join([*parts, content.workshop, sheet_label(content)]))


def _unique(stem: str, taken: set[str]) -> str:
    """``stem``, or ``stem (2)``, ``stem (3)``… (file names compare case-insensitively)."""
    candidate, number = stem, 1
    while candidate.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        candidate = stem[: MAX_NAME_CHARS - len(suffix)].rstrip(". ") + suffix
    taken.add(candidate.casefold())
    return candidate


class _Collector:
    """Gathers the sheets' reports into a :class:`BatchReport`."""

    def __init__(self) -> None:
        self.sheets = 0
        self.cut: list[tuple[str, tuple[str, ...]]] = []
        self.missing: list[MissingChar] = []

    def add(self, content: SheetContent, report: SheetReport) -> None:
        self.sheets += 1
        if report.cut_fields:
            self.cut.append((sheet_label(content), report.cut_fields))
        self.missing.extend(report.missing)

    def report(self, files: Iterable[Path], cancelled: bool) -> BatchReport:
        return BatchReport(
            tuple(files), self.sheets, tuple(self.cut), tuple(self.missing), cancelled
        )


def _write_error(path: Path, error: OSError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Core", "The PDF %1 could not be written (%2)."),
        QT_TRANSLATE_NOOP("Core", "Check that the folder exists and is writable, and close the file if a PDF viewer has it open."),  # noqa: E501
        path=path,
        args=(path.name, error.strerror or error),
    )  # fmt: skip


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def write_combined(
    path: Path,
    contents: Sequence[SheetContent],
    *,
    paper: tuple[float, float] = A4,
    fallback_fonts: Sequence[Path] = (),
    progress: Progress | None = None,
) -> BatchReport:
    """All sheets in one PDF, a page each, in the order given.

    Returns:
        The report; when ``progress`` returned False, ``cancelled`` is set, ``files`` is
        empty and no file was left at ``path`` (an older file there is kept).
    """
    if not contents:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "There are no sheets to print."),
            QT_TRANSLATE_NOOP("Core", "Choose at least one participant."),
        )
    path = Path(path)
    part = path.with_name(path.name + ".part")
    collected = _Collector()
    total = len(contents)
    try:
        canvas = new_canvas(part, contents[0].workshop, paper=paper)
        if progress is not None and not progress(0, total):
            return collected.report((), True)
        for content in contents:
            collected.add(
                content, draw_sheet(canvas, content, paper=paper, fallback_fonts=fallback_fonts)
            )
            if progress is not None and not progress(collected.sheets, total):
                _remove(part)
                return collected.report((), True)
        save_canvas(canvas)
        os.replace(part, path)
    except OSError as error:
        _remove(part)
        raise _write_error(path, error) from error
    except BaseException:
        _remove(part)
        raise
    return collected.report((path,), False)


def write_separate(
    folder: Path,
    contents: Sequence[SheetContent],
    *,
    paper: tuple[float, float] = A4,
    fallback_fonts: Sequence[Path] = (),
    progress: Progress | None = None,
) -> BatchReport:
    """One PDF per sheet in ``folder``, named ``<date>_<workshop>_<name>.pdf``.

    Two people with the same name get ``… (2).pdf``; an existing file of the same name is
    replaced (printing again after an edit). When cancelled, the files finished so far stay
    and are listed in the report.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _write_error(folder, error) from error
    collected = _Collector()
    taken: set[str] = set()
    files: list[Path] = []
    total = len(contents)
    if progress is not None and not progress(0, total):
        return collected.report((), True)
    for content in contents:
        path = folder / f"{_unique(_file_stem(content), taken)}.pdf"
        part = path.with_name(path.name + ".part")
        try:
            canvas = new_canvas(
                part, f"{content.workshop} {content.display_name}".strip(), paper=paper
            )
            collected.add(
                content, draw_sheet(canvas, content, paper=paper, fallback_fonts=fallback_fonts)
            )
            save_canvas(canvas)
            os.replace(part, path)
        except OSError as error:
            _remove(part)
            raise _write_error(path, error) from error
        except BaseException:
            _remove(part)
            raise
        files.append(path)
        if progress is not None and not progress(collected.sheets, total):
            return collected.report(files, True)
    return collected.report(files, False)


def contents_for(
    store: Store,
    workshop_id: uuid.UUID,
    *,
    blank: bool = False,
    participant_ids: Iterable[uuid.UUID] | None = None,
    checked_in_only: bool = False,
    nameless_blank: bool = False,
) -> list[SheetContent]:
    """The sheets of a workshop's participants, in the workshop's order.

    Args:
        store: The open store.
        workshop_id: Whose participants.
        blank: Empty forms pre-filled with each name (for writing by hand).
        participant_ids: Only these people (None: everyone not withdrawn).
        checked_in_only: Only the people checked in.
        nameless_blank: Add one empty form without a name at the end (for walk-ins).
    """
    detail = get_workshop(store, workshop_id)
    workshop = detail.workshop
    wanted = None if participant_ids is None else set(participant_ids)
    saved = {} if blank else worksheets_for(store, workshop_id)
    contents = [
        SheetContent(
            workshop=workshop.title,
            date=workshop.date,
            person=SheetPerson(p.id, p.name, p.print_name, p.department),
            worksheet=saved.get(p.id),
            language=workshop.language,
        )
        for p in detail.participants
        if (wanted is None or p.id in wanted) and (p.attended or not checked_in_only)
    ]
    if nameless_blank:
        contents.append(SheetContent(workshop.title, workshop.date, None, None, workshop.language))
    return contents

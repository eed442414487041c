"""The Import-archive dialog while the import erases people from this laptop's backups: the
progress it shows, and a store's log still holding them, which is worth a warning.

As in ``test_import_dialog.py``, the archive comes from a second store (another laptop) in
``tmp_path / "other"`` and the worker runs synchronously.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app import erasure
from app.archive import write_archive
from app.backups import make_backup
from app.demo import create_demo
from app.erasure import erasable_copies, erase_participant
from app.paths import DataDir
from app.store import Store
from app.template_model import WorkshopTemplate
from app.workshops import get_workshop, list_workshops
from ui.i18n import fill
from ui.import_dialog import ImportDialog
from ui.sheet_printer import NOTE_STYLES

ERASING = "Removing the people erased on the other computer from the backups: %1 of %2"


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class WatchedImport(ImportDialog):
    """The real dialog, noting what its status line says each time the import reports."""

    def __init__(self, store: Store) -> None:
        super().__init__(store, synchronous=True)
        self.seen: list[tuple[str, bool, str]] = []

    def job_progressed(self, done: int, total: int) -> None:
        super().job_progressed(done, total)
        status = self.status
        self.seen.append((status.text(), status.isHidden(), status.styleSheet()))


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    """The facilitator's laptop the archives come from."""
    with Store.open(DataDir(tmp_path / "other")) as opened:
        yield opened


@pytest.fixture
def erased_there(
    qtbot: QtBot,
    store: Store,
    other: Store,
    template_90: WorkshopTemplate,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    """The workshop is imported here and backed up; then one person is erased on the other
    laptop, whose new archive (returned) carries that erasure."""
    source = create_demo(other, template_90, participants=3).id
    first = write_archive(other, source, tmp_path / "a.json")
    answers = [first]
    monkeypatch.setattr(ImportDialog, "ask_open_path", classmethod(lambda cls, p: answers[-1]))
    dialog = ImportDialog(store, synchronous=True)
    qtbot.addWidget(dialog)
    dialog.choose_button.click()
    dialog.import_button.click()
    assert dialog.report is not None and not dialog.report.dry_run
    make_backup(store, "manual")  # holds everyone, the person erased later too
    erase_participant(other, get_workshop(other, source).participants[0].id)
    answers.append(write_archive(other, source, tmp_path / "b.json"))
    return answers[-1]


def import_it(qtbot: QtBot, store: Store) -> WatchedImport:
    dialog = WatchedImport(store)
    qtbot.addWidget(dialog)
    dialog.choose_button.click()
    assert dialog.preview is not None and dialog.preview.changed
    dialog.import_button.click()
    assert dialog.report is not None and not dialog.report.dry_run
    return dialog


def test_the_import_shows_its_way_through_the_backups(
    qtbot: QtBot, store: Store, erased_there: Path
) -> None:
    copies = len(erasable_copies(store.data_dir))
    assert copies >= 1

    dialog = import_it(qtbot, store)

    busy = NOTE_STYLES["busy"]
    expected = [(fill(tr(ERASING), done, copies), False, busy) for done in range(1, copies + 1)]
    assert dialog.seen == expected
    assert dialog.status.isHidden()  # the progress goes with the job
    assert dialog.report is not None and dialog.report.backups_rewritten
    assert not dialog.report.log_pending and not dialog.report.backups_failed
    assert dialog.outcome.styleSheet() == NOTE_STYLES["ok"]


def test_a_log_still_holding_the_erased_is_a_warning(
    qtbot: QtBot, store: Store, erased_there: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(erasure, "CHECKPOINT_WAIT_MS", 0)  # no real waiting in a test
    reader = sqlite3.connect(store.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM participant").fetchone()  # a snapshot held open
    try:
        dialog = import_it(qtbot, store)
    finally:
        reader.close()

    report = dialog.report
    assert report is not None and report.log_pending and not report.backups_failed
    lines = dialog.outcome.text().splitlines()
    assert lines[0] == fill(tr("Imported: “%1” is now in the list of workshops."), report.title)
    assert tr("A copy stays in the store's log until Ippo closes.") in lines
    assert dialog.outcome.styleSheet() == NOTE_STYLES["warn"]


def test_closing_waits_for_the_import_instead_of_cancelling_it(
    qtbot: QtBot, store: Store, erased_there: Path
) -> None:
    dialog = ImportDialog(store)  # a real worker thread
    qtbot.addWidget(dialog)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    dialog.import_button.click()
    job = dialog.job
    assert job is not None
    imported: list[object] = []
    dialog.imported.connect(imported.append)
    dialog.reject()  # as Esc would, while the import runs
    assert job.wait(0) and not job.cancelled  # waited for; never stopped half-way
    # told before reject() returns: the main window refreshes its list right after exec()
    assert imported == [summary.id for summary in list_workshops(store)]
    assert dialog.report is not None and dialog.report.backups_rewritten

"""Batch printing: who, combined or one file each, cancel, and the summary of what did not print.

The worker runs synchronously (``synchronous=True``) except in one test, which waits for the
real worker thread with ``qtbot.waitSignal``. Assertions use the batch report and
``QCoreApplication.translate`` of the English sources, never Japanese text.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.demo import create_demo
from app.participants import set_checked_in, update_participant
from app.store import Store
from app.template_model import WorkshopTemplate
from app.workshops import get_workshop
from reports.sheets import BatchReport
from ui.print_batch import PrintBatchDialog
from ui.sheet_printer import field_text

PEOPLE = 5


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintBatchDialog", text)


@pytest.fixture
def demo(store: Store, template_90: WorkshopTemplate) -> tuple[uuid.UUID, list[uuid.UUID]]:
    workshop = create_demo(store, template_90, participants=PEOPLE)
    return workshop.id, [p.id for p in get_workshop(store, workshop.id).participants]


@pytest.fixture
def target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seams answer: the combined PDF goes to out/all.pdf, single files into out/."""
    folder = tmp_path / "out"
    folder.mkdir()

    def ask_path(cls: type, parent: QWidget | None, suggested: str) -> Path:
        assert suggested.endswith(".pdf")
        return folder / "all.pdf"

    monkeypatch.setattr(PrintBatchDialog, "ask_save_path", classmethod(ask_path))
    monkeypatch.setattr(PrintBatchDialog, "ask_folder", classmethod(lambda cls, p: folder))
    return folder


def open_dialog(
    qtbot: QtBot, store: Store, workshop_id: uuid.UUID, *, synchronous: bool = True
) -> PrintBatchDialog:
    dialog = PrintBatchDialog(store, workshop_id, synchronous=synchronous)
    qtbot.addWidget(dialog)
    return dialog


def finished(dialog: PrintBatchDialog) -> BatchReport:
    assert dialog.report is not None, dialog.status.text()
    assert not dialog.running
    return dialog.report


def pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def test_everyone_in_one_combined_pdf(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], target: Path
) -> None:
    dialog = open_dialog(qtbot, store, demo[0])
    assert dialog.everyone.isChecked() and dialog.combined.isChecked()
    dialog.start_button.click()

    report = finished(dialog)
    assert report.files == (target / "all.pdf",) and not report.cancelled
    assert pages(target / "all.pdf") == PEOPLE == report.sheets
    assert [p.name for p in target.iterdir()] == ["all.pdf"]
    expected = tr("%1 sheets written to %2.").replace("%2", str(target / "all.pdf"))
    assert dialog.summary.text() == expected.replace("%1", str(PEOPLE))
    assert dialog.progress.value() == dialog.progress.maximum() == PEOPLE
    assert dialog.findings.isHidden()  # the demo sheets print as written


def test_only_the_people_checked_in(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], target: Path
) -> None:
    workshop_id, people = demo
    set_checked_in(store, people[1], True)
    set_checked_in(store, people[3], True)
    dialog = open_dialog(qtbot, store, workshop_id)
    assert "2" in dialog.checked_in.text()
    dialog.checked_in.setChecked(True)
    dialog.start_button.click()
    assert finished(dialog).sheets == 2 == pages(target / "all.pdf")


def test_a_selection_of_ticked_names(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], target: Path
) -> None:
    dialog = open_dialog(qtbot, store, demo[0])
    dialog.selected.setChecked(True)
    assert dialog.people_list.isEnabled() and not dialog.start_button.isEnabled()
    for row in (0, 4):
        dialog.people_list.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.ticked_ids() == (demo[1][0], demo[1][4])
    dialog.start_button.click()
    assert finished(dialog).sheets == 2 == pages(target / "all.pdf")


def test_nobody_checked_in_is_a_clear_message(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], target: Path
) -> None:
    dialog = open_dialog(qtbot, store, demo[0])
    dialog.checked_in.setChecked(True)
    with qtbot.waitSignal(dialog.batch_done):
        dialog.start_button.click()
    assert dialog.report is None and not dialog.running
    assert tr("There is nobody to print a sheet for.") in dialog.status.text()
    assert list(target.iterdir()) == []


def test_one_file_per_person_with_safe_names(
    qtbot: QtBot,
    store: Store,
    demo: tuple[uuid.UUID, list[uuid.UUID]],
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workshop_id, people = demo
    update_participant(store, people[2], name="山田/花子")
    dialog = open_dialog(qtbot, store, workshop_id)
    dialog.separate.setChecked(True)
    dialog.start_button.click()

    report = finished(dialog)
    files = sorted(target.iterdir())
    assert len(report.files) == len(files) == PEOPLE
    assert all(path.suffix == ".pdf" and pages(path) == 1 for path in files)
    assert any(path.name.endswith("山田_花子.pdf") for path in files)
    seen: list[Path] = []
    monkeypatch.setattr(PrintBatchDialog, "open_folder", staticmethod(seen.append))
    dialog.open_button.click()
    assert seen == [target]


def test_cancel_after_three_sheets_leaves_no_partial_file(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], target: Path
) -> None:
    dialog = open_dialog(qtbot, store, demo[0])

    def cancel_at_three(done: int) -> None:
        if done == 3:
            dialog.cancel_button.click()

    dialog.progress.valueChanged.connect(cancel_at_three)
    dialog.start_button.click()

    report = finished(dialog)
    assert report.cancelled and report.files == () and report.sheets == 3
    assert list(target.iterdir()) == []  # neither all.pdf nor all.pdf.part
    assert dialog.summary.text() == tr("Cancelled: no file was written.")
    assert dialog.open_button.isHidden()


def test_a_character_no_font_has_is_listed_in_the_summary(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], target: Path
) -> None:
    workshop_id, people = demo
    update_participant(store, people[1], name="𠮷田 太郎")
    dialog = open_dialog(qtbot, store, workshop_id)
    dialog.start_button.click()

    finished(dialog)
    table = dialog.findings.missing_table
    assert table.rows() == [("𠮷田 太郎", field_text("name"), "𠮷", "U+20BB7")]
    assert not table.isHidden() and not dialog.findings.missing_note.isHidden()


def test_blank_sheets_with_one_for_walk_ins_on_letter_paper(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], target: Path
) -> None:
    dialog = open_dialog(qtbot, store, demo[0])
    assert not dialog.walk_in.isEnabled()
    dialog.blank.setChecked(True)
    dialog.walk_in.setChecked(True)
    dialog.paper.setCurrentIndex(dialog.paper.findText("Letter"))
    dialog.start_button.click()

    assert finished(dialog).sheets == PEOPLE + 1
    first = PdfReader(target / "all.pdf").pages[0].mediabox
    assert (float(first.width), float(first.height)) == (612, 792)


def test_the_batch_runs_in_a_worker_thread(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], target: Path
) -> None:
    dialog = open_dialog(qtbot, store, demo[0], synchronous=False)
    with qtbot.waitSignal(dialog.batch_done, timeout=60_000) as done:
        dialog.start_button.click()
        assert dialog.running and dialog.cancel_button.isEnabled()
        assert not dialog.close_button.isEnabled() and not dialog.who_box.isEnabled()
    assert isinstance(done.args[0], BatchReport)
    assert finished(dialog).sheets == PEOPLE == pages(target / "all.pdf")
    assert dialog.start_button.isEnabled() and not dialog.cancel_button.isEnabled()

"""The sheet preview: what it shows, Save as PDF, and printing through QPrinter to a PDF file.

Assertions use the reports' values and ``QCoreApplication.translate`` of the English sources,
so they hold with or without the Japanese catalogue. No test opens a modal: the seams
``ask_save_path`` and ``ask_printer`` are replaced.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.demo import create_demo
from app.participants import remove_participant, update_participant
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import save_fields
from app.workshops import get_workshop
from reports.sheets import contents_for, write_combined
from ui.sheet_preview import SheetPreview
from ui.sheet_printer import CUT_NOTE, SheetPrinter, field_text, report_text

A4_POINTS = (595.28, 841.89)


def tr(text: str) -> str:
    return QCoreApplication.translate("SheetPreview", text)


@pytest.fixture
def demo(store: Store, template_90: WorkshopTemplate) -> tuple[uuid.UUID, list[uuid.UUID]]:
    workshop = create_demo(store, template_90, participants=3)
    return workshop.id, [p.id for p in get_workshop(store, workshop.id).participants]


def open_preview(
    qtbot: QtBot, store: Store, workshop_id: uuid.UUID, person: uuid.UUID
) -> SheetPreview:
    dialog = SheetPreview(store, workshop_id, person, synchronous=True)
    qtbot.addWidget(dialog)
    return dialog


def pdf_to(monkeypatch: pytest.MonkeyPatch, output: Path) -> list[QPrinter]:
    """Replace the print dialog: "the user chose" a PDF file as printer."""
    asked: list[QPrinter] = []

    def ask(cls: type, parent: QWidget | None, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        asked.append(printer)
        return True

    monkeypatch.setattr(SheetPreview, "ask_printer", classmethod(ask))
    return asked


def test_preview_shows_the_sheet_and_what_did_not_print_as_written(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]]
) -> None:
    workshop_id, people = demo
    update_participant(store, people[0], name="𠮷田 太郎")
    save_fields(store, people[0], identity="人と人をつなぎ、" * 80)
    dialog = open_preview(qtbot, store, workshop_id, people[0])

    assert dialog.document.pageCount() == 1
    assert dialog.pdf_path.is_file()
    assert dialog.title.text() == "𠮷田 太郎"
    findings = dialog.findings
    assert findings.missing_table.rows() == [("𠮷田 太郎", field_text("name"), "𠮷", "U+20BB7")]
    assert findings.cut == (("𠮷田 太郎", ("identity",)),)
    assert not findings.isHidden() and not findings.cut_note.isHidden()
    assert report_text(CUT_NOTE) in findings.cut_note.text()
    assert field_text("identity") in findings.cut_note.text()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()


def test_a_sheet_that_prints_as_written_says_so(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]]
) -> None:
    workshop_id, people = demo
    dialog = open_preview(qtbot, store, workshop_id, people[1])
    assert dialog.status.text() == tr("Everything on this sheet prints as written.")
    assert dialog.findings.isHidden()
    assert dialog.findings.missing_table.rowCount() == 0


def test_save_as_pdf_writes_the_previewed_one_page_pdf(
    qtbot: QtBot,
    store: Store,
    demo: tuple[uuid.UUID, list[uuid.UUID]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workshop_id, people = demo
    update_participant(store, people[0], name="山田/花子")
    target = tmp_path / "saved.pdf"
    suggested: list[str] = []

    def ask(cls: type, parent: QWidget | None, name: str) -> Path:
        suggested.append(name)
        return target

    monkeypatch.setattr(SheetPreview, "ask_save_path", classmethod(ask))
    dialog = open_preview(qtbot, store, workshop_id, people[0])
    dialog.save_button.click()

    assert len(PdfReader(target).pages) == 1
    assert target.read_bytes() == dialog.pdf_path.read_bytes()
    assert suggested[0].endswith("山田_花子.pdf")  # a safe file name, the name kept
    assert str(target) in dialog.status.text()


def test_print_goes_through_qprinter_one_page_per_sheet(
    qtbot: QtBot,
    store: Store,
    demo: tuple[uuid.UUID, list[uuid.UUID]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workshop_id, people = demo
    output = tmp_path / "printed.pdf"
    asked = pdf_to(monkeypatch, output)
    dialog = open_preview(qtbot, store, workshop_id, people[0])
    with qtbot.waitSignal(dialog.printed) as printed:
        dialog.print_button.click()

    assert printed.args == [1]
    assert asked[0].resolution() >= 300  # printed at the printer's resolution, not the screen's
    pages = PdfReader(output).pages
    assert len(pages) == 1
    box = pages[0].mediabox
    assert float(box.width) == pytest.approx(A4_POINTS[0], abs=1)
    assert float(box.height) == pytest.approx(A4_POINTS[1], abs=1)
    assert dialog.status.text() == tr("Sent %1 page(s) to the printer.").replace("%1", "1")


def test_print_pdf_sends_every_sheet_of_a_combined_pdf(
    store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], tmp_path: Path
) -> None:
    workshop_id, _people = demo
    combined = tmp_path / "all.pdf"
    write_combined(combined, contents_for(store, workshop_id))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    assert SheetPrinter.print_pdf(combined, printer) == 3
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 3


def test_a_cancelled_print_dialog_prints_nothing(
    qtbot: QtBot,
    store: Store,
    demo: tuple[uuid.UUID, list[uuid.UUID]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workshop_id, people = demo
    monkeypatch.setattr(SheetPreview, "ask_printer", classmethod(lambda cls, parent, p: False))
    monkeypatch.setattr(SheetPrinter, "print_pdf", pytest.fail)
    dialog = open_preview(qtbot, store, workshop_id, people[0])
    dialog.print_button.click()
    assert dialog.print_button.isEnabled()


def test_the_preview_is_prepared_off_the_gui_thread(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]]
) -> None:
    workshop_id, people = demo
    dialog = SheetPreview(store, workshop_id, people[2])
    qtbot.addWidget(dialog)
    assert dialog.prepared is None and not dialog.print_button.isEnabled()
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        pass
    assert dialog.prepared is not None and dialog.document.pageCount() == 1


def test_closing_removes_the_temporary_pdf(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]]
) -> None:
    workshop_id, people = demo
    dialog = open_preview(qtbot, store, workshop_id, people[0])
    path = dialog.pdf_path
    assert path.is_file() and store.data_dir.cache in path.parents
    dialog.reject()
    assert not path.exists()


def test_a_person_removed_meanwhile_gets_a_clear_message(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]]
) -> None:
    workshop_id, people = demo
    remove_participant(store, people[0], erase_worksheet=False)
    dialog = open_preview(qtbot, store, workshop_id, people[0])
    assert dialog.error is not None
    assert tr("This person is no longer on the list.") in dialog.status.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_printing_runs_in_a_worker_thread(
    qtbot: QtBot,
    store: Store,
    demo: tuple[uuid.UUID, list[uuid.UUID]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workshop_id, people = demo
    output = tmp_path / "printed.pdf"
    pdf_to(monkeypatch, output)
    dialog = SheetPreview(store, workshop_id, people[0])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        pass
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        dialog.print_button.click()
        assert not dialog.print_button.isEnabled()  # busy until the printer has the page
        assert dialog.status.text() == tr("Printing…")
    assert printed.args == [1] and len(PdfReader(output).pages) == 1
    assert dialog.print_button.isEnabled()

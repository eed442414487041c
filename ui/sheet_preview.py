"""One participant's sheet, previewed inside the app, then printed or saved as a PDF.

The sheet is written once, off the GUI thread, to a temporary PDF in the data folder's cache
(it holds a person's reflections, so it stays in the owner-only data folder and is removed when
the window closes). QtPdf shows that very file fitted to the width; "Save as PDF…" copies it
and "Print…" sends it through the system print dialog (:mod:`ui.sheet_printer`), so what is
saved or printed is exactly what was seen. What did not print as written is listed below the
page: fields shortened to fit, and characters no font has (printed as 〓).

The list of findings (:class:`~ui.sheet_printer.ReportPanel`) is shared with the batch dialog.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from reportlab.lib.pagesizes import A4

from app.errors import UserError
from app.store import Store
from reports.one_sheet import SheetReport, write_sheet
from reports.sheets import contents_for, safe_file_name, sheet_label
from ui.i18n import fill, user_error_text
from ui.sheet_printer import (
    BackgroundJob,
    Progress,
    ReportPanel,
    SheetPrinter,
    printer_for,
    set_note,
)

STALE_SECONDS = 24 * 3600


@dataclass(frozen=True)
class PreparedSheet:
    """What the worker hands back: plain values, no ORM objects."""

    report: SheetReport
    label: str
    file_stem: str


def prepare_sheet(
    store: Store,
    workshop_id: uuid.UUID,
    participant_id: uuid.UUID,
    path: Path,
    *,
    blank: bool = False,
    paper: tuple[float, float] = A4,
    fallback_fonts: Sequence[Path] = (),
) -> PreparedSheet:
    """Write one participant's sheet to ``path`` (any thread: the store opens its own session)."""
    contents = contents_for(store, workshop_id, blank=blank, participant_ids=[participant_id])
    if not contents:
        raise UserError(
            QCoreApplication.translate("SheetPreview", "This person is no longer on the list."),
            QCoreApplication.translate(
                "SheetPreview", "Close the preview and choose the person again."
            ),
        )
    content = contents[0]
    report = write_sheet(path, content, paper=paper, fallback_fonts=fallback_fonts)
    date = [content.date.isoformat()] if content.date else []
    stem = safe_file_name("_".join([*date, content.workshop, sheet_label(content)]))
    return PreparedSheet(report, sheet_label(content), stem)


def preview_folder(store: Store) -> Path:
    """The cache folder for previews, emptied of leftovers older than a day (after a crash)."""
    folder = store.data_dir.cache / "previews"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.pdf"):
        with contextlib.suppress(OSError):
            if time.time() - old.stat().st_mtime > STALE_SECONDS:
                old.unlink()
    return folder


def _as_user_error(error: Exception) -> UserError:
    return error if isinstance(error, UserError) else UserError(str(error) or type(error).__name__)


def _error_text(error: UserError) -> str:
    return "\n".join(t for t in user_error_text(error) if t)


class SheetPreview(QDialog):
    """The preview window. Tests replace :meth:`ask_save_path` and :meth:`ask_printer`."""

    ready = Signal()  # the sheet is shown, or could not be made (see ``error``)
    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self,
        store: Store,
        workshop_id: uuid.UUID,
        participant_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        blank: bool = False,
        paper: tuple[float, float] = A4,
        fallback_fonts: Sequence[Path] = (),
        synchronous: bool = False,
    ) -> None:
        super().__init__(parent)
        self.paper = paper
        self.synchronous = synchronous
        self.pdf_path = preview_folder(store) / f"sheet-{uuid.uuid4().hex}.pdf"
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._remove_pdf)
        self.prepared: PreparedSheet | None = None
        self.error: UserError | None = None
        self.job: BackgroundJob | None = None
        self._build()
        self.retranslate()
        self._run(
            lambda _progress: prepare_sheet(
                store,
                workshop_id,
                participant_id,
                self.pdf_path,
                blank=blank,
                paper=paper,
                fallback_fonts=tuple(fallback_fonts),
            ),
            self._prepared,
            self._not_prepared,
        )

    # -- seams ---------------------------------------------------------------------------------

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("SheetPreview", "Save the sheet as PDF"),
            str(Path(folder) / suggested),
            "PDF (*.pdf)",
        )
        return Path(chosen) if chosen else None

    @classmethod
    def ask_printer(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumSize(500, 500)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.title)
        for button in (self.print_button, self.save_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.close_button)
        top = QHBoxLayout()
        top.addWidget(self.view, 1)
        top.addLayout(side)
        self.status = QLabel()
        for label in (self.status,):
            label.setWordWrap(True)
            label.hide()
        self.findings = ReportPanel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        for widget in (self.status, self.findings):
            layout.addWidget(widget)
        self._set_busy(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sheet preview"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        self.findings.retranslate()
        self._show_report()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- work ----------------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[Progress], object],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        self.job = BackgroundJob(work, self, synchronous=self.synchronous)
        self.job.succeeded.connect(done)
        self.job.failed.connect(failed)
        self.job.start()

    def _set_busy(self, busy: bool) -> None:
        ready = self.prepared is not None and not busy
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _prepared(self, prepared: PreparedSheet) -> None:
        self.prepared = prepared
        self.document.load(str(self.pdf_path))
        self._set_busy(False)
        self._show_report()
        self.ready.emit()

    def _not_prepared(self, error: Exception) -> None:
        self.error = _as_user_error(error)
        self._set_busy(False)
        set_note(self.status, _error_text(self.error), "error")
        self.ready.emit()

    def _show_report(self) -> None:
        if self.error is not None:
            return
        prepared = self.prepared
        if prepared is None:
            self.title.setText("")
            set_note(self.status, self.tr("Preparing the sheet…"), "busy")
            return
        self.title.setText(prepared.label)
        report = prepared.report
        fine = not report.cut_fields and not report.missing
        all_fine = self.tr("Everything on this sheet prints as written.")
        set_note(self.status, all_fine if fine else "", "ok")
        cut = [(prepared.label, report.cut_fields)] if report.cut_fields else []
        self.findings.show_report(cut, report.missing)

    def save_pdf(self) -> Path | None:
        """Copy the previewed PDF where the facilitator chooses; returns where, or None."""
        if self.prepared is None:
            return None
        target = self.ask_save_path(self, f"{self.prepared.file_stem}.pdf")
        if target is None:
            return None
        partial = target.with_name(target.name + ".part")
        try:
            # A copy beside it, then a rename: a full disk never leaves half a PDF (or destroys
            # the good one already there).
            shutil.copyfile(self.pdf_path, partial)
            os.replace(partial, target)
        except OSError as error:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            set_note(
                self.status,
                fill(self.tr("The PDF could not be saved: %1"), error.strerror or str(error)),
                "error",
            )
            return None
        set_note(self.status, fill(self.tr("Saved as %1"), str(target)), "ok")
        return target

    def print_sheet(self) -> None:
        """Ask for a printer, then print the previewed PDF off the GUI thread."""
        if self.prepared is None:
            return
        printer = printer_for(self.paper, self.prepared.label)
        if not self.ask_printer(self, printer):
            return
        self._set_busy(True)
        set_note(self.status, self.tr("Printing…"), "busy")
        path = self.pdf_path

        def work(progress: Progress) -> int:
            return SheetPrinter.print_pdf(path, printer, progress)

        self._run(work, self._printed, self._print_failed)

    def _printed(self, pages: int) -> None:
        self._set_busy(False)
        set_note(self.status, fill(self.tr("Sent %1 page(s) to the printer."), pages), "ok")
        self.printed.emit(pages)

    def _print_failed(self, error: Exception) -> None:
        self._set_busy(False)
        set_note(self.status, _error_text(_as_user_error(error)), "error")

    # -- closing -------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        self._remove_pdf()
        super().done(result)

    def _remove_pdf(self) -> None:
        """The temporary PDF holds a person's reflections: it goes with the window or the app."""
        self.document.close()
        with contextlib.suppress(OSError):
            self.pdf_path.unlink(missing_ok=True)

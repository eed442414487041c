"""Printing the sheets of a whole workshop: who, blank or filled, one PDF or one per person.

The batch runs in the dialog's :class:`~ui.job_dialog.JobDialog` job: the worker gets a
:class:`BatchRequest` (ids and plain values), reads the store through its own sessions and
writes with :mod:`reports.sheets`, so the run clock on the projector keeps ticking meanwhile
(``bench/print_while_ticking.py``). Cancel makes the progress callback return False; the
writer then removes its unfinished file. The summary lists the files, the sheets whose text
was shortened and the characters no font has.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from reportlab.lib.pagesizes import A4, LETTER

from app.errors import UserError
from app.store import Store
from app.workshops import get_workshop
from reports.sheets import BatchReport, contents_for, safe_file_name, write_combined, write_separate
from ui.i18n import fill, user_error_text
from ui.job_dialog import JobDialog
from ui.sheet_printer import Progress, ReportPanel, set_note

PAPERS: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}


@dataclass(frozen=True)
class BatchRequest:
    """What to print, as plain values the worker may take to its thread."""

    workshop_id: uuid.UUID
    target: Path  # the combined PDF, or the folder for one PDF per person
    combined: bool = True
    participant_ids: tuple[uuid.UUID, ...] | None = None  # None: everyone on the list
    checked_in_only: bool = False
    blank: bool = False
    nameless_blank: bool = False
    paper: tuple[float, float] = A4


def run_batch(
    store: Store,
    request: BatchRequest,
    progress: Progress | None = None,
    fallback_fonts: Sequence[Path] = (),
) -> BatchReport:
    """Write the sheets a request asks for (any thread: the store opens its own sessions)."""
    contents = contents_for(
        store,
        request.workshop_id,
        blank=request.blank,
        participant_ids=request.participant_ids,
        checked_in_only=request.checked_in_only,
        nameless_blank=request.nameless_blank,
    )
    if not contents:
        raise UserError(
            QCoreApplication.translate("PrintBatchDialog", "There is nobody to print a sheet for."),
            QCoreApplication.translate(
                "PrintBatchDialog", "Check people in first, or choose other people."
            ),
        )
    write = write_combined if request.combined else write_separate
    return write(
        request.target,
        contents,
        paper=request.paper,
        fallback_fonts=fallback_fonts,
        progress=progress,
    )


class PrintBatchDialog(JobDialog):
    """Choose, start, watch and read the summary. Tests replace the ``ask_*``/``open_*`` seams."""

    batch_done = Signal(object)  # the BatchReport, or the exception that stopped the batch

    def __init__(
        self,
        store: Store,
        workshop_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        synchronous: bool = False,
        fallback_fonts: Sequence[Path] = (),
        paper: str = "A4",
    ) -> None:
        super().__init__(parent, synchronous=synchronous)
        self.store, self.workshop_id = store, workshop_id
        self.fallback_fonts = tuple(fallback_fonts)
        detail = get_workshop(store, workshop_id)
        self.workshop_title = detail.workshop.title
        self.workshop_date = detail.workshop.date
        #: (id, name, checked in): plain values read once on the GUI thread.
        self.people = [(p.id, p.name, p.attended) for p in detail.participants]
        self.request: BatchRequest | None = None
        self.report: BatchReport | None = None
        self._build()
        self.paper.setCurrentIndex(max(0, self.paper.findText(paper)))  # the settings' paper
        self.retranslate()
        self.update_state()

    # -- seams ---------------------------------------------------------------------------------

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested: str) -> Path | None:
        title = QCoreApplication.translate("PrintBatchDialog", "Save the sheets as one PDF")
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, title, str(Path(_documents()) / suggested), "PDF (*.pdf)"
        )
        return Path(chosen) if chosen else None

    @classmethod
    def ask_folder(cls, parent: QWidget | None) -> Path | None:
        title = QCoreApplication.translate("PrintBatchDialog", "Choose a folder for the sheets")
        chosen = QFileDialog.getExistingDirectory(parent, title, _documents())
        return Path(chosen) if chosen else None

    @staticmethod
    def open_folder(folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.everyone, self.checked_in, self.selected = (QRadioButton() for _ in range(3))
        self.filled, self.blank = QRadioButton(), QRadioButton()
        self.combined, self.separate = QRadioButton(), QRadioButton()
        for group_buttons in (
            (self.everyone, self.checked_in, self.selected),
            (self.filled, self.blank),
            (self.combined, self.separate),
        ):
            group = QButtonGroup(self)
            for button in group_buttons:
                group.addButton(button)
            group_buttons[0].setChecked(True)
            group.buttonToggled.connect(self.update_state)
        self.people_list = QListWidget()
        self.people_list.setMaximumHeight(180)
        for person_id, name, _present in self.people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people_list.addItem(item)
        self.people_list.itemChanged.connect(self.update_state)
        self.walk_in = QCheckBox()
        self.paper = QComboBox()
        for name, size in PAPERS.items():
            self.paper.addItem(name, size)
        self.who_box, self.sheet_box, self.file_box = QGroupBox(), QGroupBox(), QGroupBox()
        _stack(self.who_box, self.everyone, self.checked_in, self.selected, self.people_list)
        _stack(self.sheet_box, self.filled, self.blank, self.walk_in)
        _stack(self.file_box, self.combined, self.separate)
        self.paper_label = QLabel()
        self.paper_label.setBuddy(self.paper)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper_label)
        paper_row.addWidget(self.paper, 1)
        options = QGridLayout()
        options.addWidget(self.who_box, 0, 0, 3, 1)
        options.addWidget(self.sheet_box, 0, 1)
        options.addWidget(self.file_box, 1, 1)
        options.addLayout(paper_row, 2, 1, Qt.AlignmentFlag.AlignTop)
        self.progress = QProgressBar()
        self.status, self.summary = QLabel(), QLabel()
        for label in (self.status, self.summary):
            label.setWordWrap(True)
            label.hide()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_output)
        self.findings = ReportPanel(self)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        self.start_button, self.cancel_button, self.close_button = (QPushButton() for _ in range(3))
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for push in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(push)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        _stack(layout, self.progress, self.status)
        layout.addLayout(summary_row)
        layout.addWidget(self.findings)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        present = sum(1 for person in self.people if person[2])
        self.setWindowTitle(fill(self.tr("Print sheets: %1"), self.workshop_title))
        self.who_box.setTitle(self.tr("Who"))
        self.everyone.setText(fill(self.tr("Everyone (%1)"), len(self.people)))
        self.checked_in.setText(fill(self.tr("The people checked in (%1)"), present))
        self.selected.setText(self.tr("Only the people ticked below"))
        self.sheet_box.setTitle(self.tr("Sheets"))
        self.filled.setText(self.tr("Filled in with each person's answers"))
        self.blank.setText(self.tr("Blank, with each person's name (to write by hand)"))
        self.walk_in.setText(self.tr("Add one blank sheet without a name (for walk-ins)"))
        self.file_box.setTitle(self.tr("Files"))
        self.combined.setText(self.tr("One PDF for all (one print job)"))
        self.separate.setText(self.tr("One PDF per person, in a folder"))
        self.paper_label.setText(self.tr("Paper"))
        self.open_button.setText(self.tr("Open folder"))
        self.start_button.setText(self.tr("Start"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        self.findings.retranslate()
        self._show_summary()

    # -- state ---------------------------------------------------------------------------------

    def ticked_ids(self) -> tuple[uuid.UUID, ...]:
        items = (self.people_list.item(row) for row in range(self.people_list.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def update_state(self) -> None:
        running = self.running
        for widget in (self.who_box, self.sheet_box, self.file_box, self.paper):
            widget.setEnabled(not running)
        self.people_list.setEnabled(self.selected.isChecked())
        self.walk_in.setEnabled(self.blank.isChecked())
        chosen = bool(self.ticked_ids()) if self.selected.isChecked() else bool(self.people)
        self.start_button.setEnabled(not running and (chosen or self._walk_in()))
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)

    def _walk_in(self) -> bool:
        return self.blank.isChecked() and self.walk_in.isChecked()

    # -- the job -------------------------------------------------------------------------------

    def build_request(self, target: Path) -> BatchRequest:
        return BatchRequest(
            workshop_id=self.workshop_id,
            target=target,
            combined=self.combined.isChecked(),
            participant_ids=self.ticked_ids() if self.selected.isChecked() else None,
            checked_in_only=self.checked_in.isChecked(),
            blank=self.blank.isChecked(),
            nameless_blank=self._walk_in(),
            paper=self.paper.currentData(),
        )

    def start(self) -> None:
        """Ask where to write, then print in the background."""
        if self.running:
            return
        if self.combined.isChecked():
            date = [self.workshop_date.isoformat()] if self.workshop_date else []
            stem = safe_file_name("_".join([*date, self.workshop_title, self.tr("sheets")]))
            target = self.ask_save_path(self, f"{stem}.pdf")
        else:
            target = self.ask_folder(self)
        if target is None:
            return
        self.request, self.report = self.build_request(target), None
        self._show_summary()
        self.progress.setRange(0, 0)
        set_note(self.status, self.tr("Preparing…"), "busy")
        store, request, fonts = self.store, self.request, self.fallback_fonts
        self.run_job(lambda progress: run_batch(store, request, progress, fonts))

    def cancel(self) -> None:
        if self.cancel_job():
            set_note(self.status, self.tr("Cancelling…"), "busy")

    def job_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if self.proceeding:
            set_note(self.status, fill(self.tr("Sheet %1 of %2"), done, total), "busy")

    def job_finished(self, report: BatchReport) -> None:
        self.report = report
        set_note(self.status, "", "busy")
        self._show_summary()
        self.update_state()
        self.batch_done.emit(report)

    def job_failed(self, error: Exception) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        message = error if isinstance(error, UserError) else UserError(str(error))
        text = "\n".join(t for t in user_error_text(message) if t)
        set_note(self.status, text, "error")
        self.update_state()
        self.batch_done.emit(error)

    def _show_summary(self) -> None:
        report, request = self.report, self.request
        if report is None or request is None:
            self.summary.hide()
            self.open_button.hide()
            self.findings.show_report((), ())
            return
        folder = request.target.parent if request.combined else request.target
        if not report.files:
            text = self.tr("Cancelled: no file was written.")
        elif report.cancelled:
            text = fill(
                self.tr("Cancelled. The %1 files finished so far are kept in %2."),
                len(report.files), folder,
            )  # fmt: skip
        elif request.combined:
            text = fill(self.tr("%1 sheets written to %2."), report.sheets, report.files[0])
        else:
            text = fill(self.tr("%1 files written to %2."), len(report.files), folder)
        set_note(self.summary, text, "warn" if report.cancelled else "ok")
        self.open_button.setVisible(bool(report.files))
        self.findings.show_report(report.cut, report.missing)

    def _open_output(self) -> None:
        if self.request is not None:
            target = self.request.target
            self.open_folder(target.parent if self.request.combined else target)


def _stack(target: QWidget | QVBoxLayout, *widgets: QWidget) -> QVBoxLayout:
    layout = target if isinstance(target, QVBoxLayout) else QVBoxLayout(target)
    for widget in widgets:
        layout.addWidget(widget)
    return layout


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

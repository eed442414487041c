"""Exporting one workshop: choose what, set the options, write it, read what to know about it.

What can be exported, and the request the worker runs, are in :mod:`ui.export_kinds`; the work
runs in the dialog's :class:`~ui.job_dialog.JobDialog` job, so the run clock on the projector
keeps ticking meanwhile. The PDF kinds report progress and stop on Cancel (the writer removes
its unfinished file); the others are quick and cannot be stopped half-way. The summary says what
was written and lists, in the facilitator's language, what they should know: characters the CSV
encoding cannot hold, people without dates, texts cut to fit, characters no font has. The core's
English ``notes`` are for the CLI; the dialog words the same facts from ``details``.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.store import Store
from app.workshops import get_workshop
from reports.exports import ANONYMIZABLE, KINDS, ExportResult, default_name
from reports.sheet_text import MissingChar
from ui.export_kinds import ENCODINGS, KIND_TEXTS, WITH_PROGRESS, ExportRequest, export
from ui.i18n import fill, user_error_text
from ui.job_dialog import JobDialog
from ui.sheet_printer import MissingTable, ReportPanel, set_note
from ui.tones import set_tone

#: Muted, and indented under a button's text rather than its circle. (Padding, not
#: setContentsMargins: with a style sheet those give a heightForWidth one line short.)
MUTED = "padding-left: 24px; padding-bottom: 4px;"
DETAILS_HEIGHT = 260  # the notes and tables under the summary; more scrolls
MIN_WIDTH = 860  # each kind's line fits in one or two lines


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialog(JobDialog):
    """Choose, export, watch and read the summary. Tests replace the ``ask_*``/``open_*`` seams."""

    export_done = Signal(object)  # the ExportResult, or the exception that stopped the export

    def __init__(
        self,
        store: Store,
        workshop_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        synchronous: bool = False,
    ) -> None:
        super().__init__(parent, synchronous=synchronous)
        self.store, self.workshop_id = store, workshop_id
        workshop = get_workshop(store, workshop_id).workshop
        self.workshop_title, self.workshop_date = workshop.title, workshop.date
        self.request: ExportRequest | None = None
        self.export_result: ExportResult | None = None
        self._build()
        self.setMinimumWidth(MIN_WIDTH)
        self.retranslate()
        self.update_state()

    def sizeHint(self) -> QSize:
        """:data:`MIN_WIDTH` wide, as tall as the wrapped lines need at that width."""
        width = max(MIN_WIDTH, super().sizeHint().width())
        layout = self.layout()
        return QSize(width, layout.totalHeightForWidth(width) if layout else 0)

    # -- seams ---------------------------------------------------------------------------------

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, kind: str, suggested: str) -> Path | None:
        suffix = KINDS[kind]
        title = QCoreApplication.translate("ExportDialog", "Export as")
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, title, str(Path(_documents()) / suggested), f"{kind} (*{suffix})"
        )
        if not chosen:
            return None
        path = Path(chosen)  # some platforms' dialogs leave the suffix to the program
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    @classmethod
    def ask_folder(cls, parent: QWidget | None) -> Path | None:
        title = QCoreApplication.translate(
            "ExportDialog", "Choose where to put the folder of calendar files"
        )
        chosen = QFileDialog.getExistingDirectory(parent, title, _documents())
        return Path(chosen) if chosen else None

    @staticmethod
    def open_folder(folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind_box, self.options_box = QGroupBox(), QGroupBox()
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        self.kind_notes: dict[str, QLabel] = {}
        what = QVBoxLayout(self.kind_box)
        what.setSpacing(2)  # each line sits close to its button
        for kind in KINDS:
            button, note = QRadioButton(), _muted()
            self.kinds.addButton(button)
            self.kind_buttons[kind], self.kind_notes[kind] = button, note
            what.addWidget(button)
            what.addWidget(note)
        self.kind_buttons["summary-pdf"].setChecked(True)
        what.addStretch(1)
        self.kinds.buttonToggled.connect(self.update_state)

        self.anonymize = QCheckBox()
        self.anonymize.toggled.connect(self.update_state)
        self.anonymize_rules, self.anonymize_reason = _muted(), _muted()
        self.encoding_label, self.encoding = QLabel(), QComboBox()
        self.encoding.addItems(["" for _ in ENCODINGS])
        self.encoding_row = _holder(QVBoxLayout(), self.encoding_label, self.encoding)
        self.ics_one, self.ics_each = QRadioButton(), QRadioButton()
        self.ics_files = QButtonGroup(self)
        for button in (self.ics_one, self.ics_each):
            self.ics_files.addButton(button)
        self.ics_one.setChecked(True)
        self.ics_row = _holder(QVBoxLayout(), self.ics_one, self.ics_each)
        options = _add(
            QVBoxLayout(self.options_box), self.anonymize, self.anonymize_rules,
            self.anonymize_reason, self.encoding_row, self.ics_row,
        )  # fmt: skip
        options.addStretch(1)
        choices = QHBoxLayout()
        for box, share in ((self.kind_box, 3), (self.options_box, 2)):
            # Fixed shares of the width: the boxes keep their place whatever option shows.
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            choices.addWidget(box, share)

        self.progress = QProgressBar()
        self.status, self.summary, self.notes = QLabel(), QLabel(), QLabel()
        for label in (self.status, self.summary, self.notes):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.hide()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_output)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        self.unencodable_table = MissingTable()
        self.unencodable_table.hide()
        self.findings = ReportPanel(self)
        # What to know about the file scrolls, so the dialog fits a 1280x720 screen.
        self.details = _Scroll()
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        column = _add(QVBoxLayout(), self.notes, self.unencodable_table, self.findings)
        column.addStretch(1)
        self.details.setWidget(_holder(column))
        self.export_button, self.cancel_button, self.close_button = (
            QPushButton() for _ in range(3)
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        _add(buttons, self.export_button, self.cancel_button, self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        _add(layout, self.progress, self.status)
        layout.addLayout(summary_row)
        layout.addWidget(self.details, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Export: %1"), self.workshop_title))
        self.kind_box.setTitle(self.tr("What"))
        for kind, (name, line) in KIND_TEXTS.items():
            self.kind_buttons[kind].setText(_tr(name))
            self.kind_notes[kind].setText(_tr(line))
        self.options_box.setTitle(self.tr("Options"))
        self.anonymize.setText(self.tr("Anonymise"))
        self.anonymize_rules.setText(
            self.tr(
                "Names become P01, P02, …; a department is shown only where 3 or more people "
                "share it; no experience texts; no reading, employee code or e-mail."
            )
        )
        self.anonymize_reason.setText(
            self.tr("A JSON archive is always complete, so it cannot be anonymised.")
        )
        self.encoding_label.setText(self.tr("Encoding"))
        self.encoding.setItemText(0, self.tr("UTF-8 for Excel (recommended)"))
        self.encoding.setItemText(1, self.tr("Shift_JIS (cp932) for older systems"))
        self.ics_one.setText(self.tr("One file for everyone"))
        self.ics_each.setText(self.tr("One file per participant (a folder)"))
        self.open_button.setText(self.tr("Open folder"))
        self.export_button.setText(self.tr("Export…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        self.unencodable_table.retranslate()
        self.findings.retranslate()
        self._show_summary()

    # -- state ---------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return next(kind for kind, button in self.kind_buttons.items() if button.isChecked())

    def choose(self, kind: str) -> None:
        """Select ``kind`` (as a click on its radio button would)."""
        self.kind_buttons[kind].setChecked(True)

    def update_state(self) -> None:
        running, kind = self.running, self.kind
        self.kind_box.setEnabled(not running)
        self.options_box.setEnabled(not running)
        self.anonymize.setEnabled(kind in ANONYMIZABLE)
        self.anonymize_rules.setVisible(kind in ANONYMIZABLE)
        self.anonymize_reason.setVisible(kind not in ANONYMIZABLE)
        self.encoding_row.setVisible(kind == "csv")
        self.ics_row.setVisible(kind == "ics")
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running and self.request is not None
                                      and self.request.kind in WITH_PROGRESS)  # fmt: skip
        self.close_button.setEnabled(not running)

    def build_request(self, target: Path) -> ExportRequest:
        kind = self.kind
        return ExportRequest(
            workshop_id=self.workshop_id,
            kind=kind,
            target=target,
            anonymize=kind in ANONYMIZABLE and self.anonymize.isChecked(),
            encoding=ENCODINGS[self.encoding.currentIndex()] if kind == "csv" else "utf-8-sig",
            per_person=kind == "ics" and self.ics_each.isChecked(),
        )

    # -- the job -------------------------------------------------------------------------------

    def start(self) -> None:
        """Ask where to write, then export in the background."""
        if self.running:
            return
        asked = self.build_request(Path())
        suggested = default_name(
            self.workshop_title, self.workshop_date, asked.kind, asked.anonymize, asked.per_person
        )
        if asked.per_person:  # the calendars go into a new folder inside the chosen one
            chosen = self.ask_folder(self)
            target = chosen / suggested if chosen is not None else None
        else:
            target = self.ask_save_path(self, asked.kind, suggested)
        if target is None:
            return
        self.request, self.export_result = replace(asked, target=target), None
        self._show_summary()
        self.progress.setRange(0, 0)  # busy until the writer reports pages (if it does)
        set_note(self.status, self.tr("Exporting…"), "busy")
        store, request = self.store, self.request
        self.run_job(lambda progress: export(store, request, progress))

    def cancel(self) -> None:
        if self.cancel_job():
            set_note(self.status, self.tr("Cancelling…"), "busy")

    def job_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if self.proceeding:
            set_note(self.status, fill(self.tr("Page %1 of about %2"), done, total), "busy")

    def job_finished(self, result: ExportResult) -> None:
        self.export_result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(0 if result.cancelled else 1)
        set_note(self.status, "", "busy")
        self._show_summary()
        self.update_state()
        self.export_done.emit(result)

    def job_failed(self, error: Exception) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        message = error if isinstance(error, UserError) else UserError(str(error))
        set_note(self.status, "\n".join(t for t in user_error_text(message) if t), "error")
        self.update_state()
        self.export_done.emit(error)

    # -- the summary ---------------------------------------------------------------------------

    def _show_summary(self) -> None:
        result, request = self.export_result, self.request
        details = result.details if result is not None else {}
        set_note(self.notes, self._notes_text(details), "warn")
        unencodable = [MissingChar(*item) for item in details.get("unencodable", ())]
        self.unencodable_table.show_missing(unencodable)
        cut = [(c["participant"], c["fields"]) for c in details.get("cut", ())]
        self.findings.show_report(cut, [MissingChar(**m) for m in details.get("missing", ())])
        findings = self.findings.cut or self.findings.missing
        self.details.setVisible(bool(self.notes.text() or unencodable or findings))
        if result is None or request is None:
            self.summary.hide()
            self.open_button.hide()
            return
        if result.cancelled or not result.files:
            text = self.tr("Cancelled: no file was written.")
        elif request.per_person:
            text = fill(
                self.tr("%1 calendar files (%2 events) written to %3."),
                len(result.files), result.details.get("events", 0), request.target,
            )  # fmt: skip
        elif request.kind == "ics":
            text = fill(
                self.tr("%1 events written to %2."),
                result.details.get("events", 0), result.files[0],
            )  # fmt: skip
        else:
            text = fill(self.tr("Written to %1."), result.files[0])
        set_note(self.summary, text, "warn" if result.cancelled else "ok")
        self.open_button.setVisible(bool(result.files) and not result.cancelled)

    def _notes_text(self, details: dict[str, Any]) -> str:
        lines = []
        if details.get("unencodable"):
            lines.append(
                self.tr(
                    "These characters cannot be written in Shift_JIS and are written as 〓. "
                    "Export in UTF-8 to keep them."
                )
            )
        if details.get("without_dates"):
            lines.append(
                fill(
                    self.tr("No step deadline or check-in date yet, so not in the calendar: %1"),
                    "、".join(details["without_dates"]),
                )
            )
        return "\n".join(lines)

    def _open_output(self) -> None:
        if self.request is not None:
            self.open_folder(self.request.folder)


class _Scroll(QScrollArea):
    """As tall as its content up to :data:`DETAILS_HEIGHT`, then it scrolls."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        inner = content.sizeHint() if content is not None else QSize(0, 0)
        return QSize(inner.width(), min(inner.height(), DETAILS_HEIGHT))


def _add(layout: QBoxLayout, *widgets: QWidget) -> QBoxLayout:
    for widget in widgets:
        layout.addWidget(widget)
    return layout


def _holder(layout: QBoxLayout, *widgets: QWidget) -> QWidget:
    """``widgets`` in one widget, to show or hide them together."""
    holder = QWidget()
    holder.setLayout(_add(layout, *widgets))
    layout.setContentsMargins(0, 0, 0, 0)
    return holder


def _muted() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(MUTED)
    set_tone(label, "muted")
    return label


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

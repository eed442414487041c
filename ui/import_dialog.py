"""Merging an archive from another computer: see what would change first, then import it.

Step 1 reads the file and runs :func:`app.archive.import_archive` with ``dry_run=True`` in the
dialog's :class:`~ui.job_dialog.JobDialog` job: the dialog shows whose workshop it is, what each
table would gain, and the rows both sides changed (which copy wins, and why) — nothing is
written. Step 2 runs the same merge for real (one transaction in the core: all or nothing),
shows its progress through the backups when people the archive deleted are erased from them,
and emits :attr:`ImportDialog.imported` with the workshop's id so the main window can select
it. A refused file shows the core's message and advice, and nothing else happens.

The tables' texts and the conflicts' wording are in :mod:`ui.import_tables`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.archive import import_archive
from app.archive_format import Archive, read_archive
from app.archive_report import ImportReport
from app.errors import UserError
from app.store import Store
from ui.i18n import fill, user_error_text
from ui.import_tables import (
    CONFLICT_COLUMNS,
    COUNT_COLUMNS,
    TABLE_TEXTS,
    conflict_reason,
    conflict_what,
    full_height,
    import_text,
    read_only_table,
)
from ui.job_dialog import JobDialog
from ui.sheet_printer import Progress, set_note

MIN_WIDTH = 720  # the counts' headers and the conflicts' reasons on one line
MAX_CONFLICT_HEIGHT = 180  # about four rows; more scroll


def read_and_compare(store: Store, path: Path) -> tuple[Archive, ImportReport]:
    """Step 1, on any thread: read and check the file, and compute the merge without writing."""
    archive = read_archive(path)
    return archive, import_archive(store, archive, dry_run=True)


class ImportDialog(JobDialog):
    """Choose an archive, read what would change, import it. Tests replace ``ask_open_path``."""

    imported = Signal(object)  # the UUID of the workshop that was merged
    cancel_on_close = False  # an import is one transaction: let it end before closing

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, synchronous: bool = False
    ) -> None:
        super().__init__(parent, synchronous=synchronous)
        self.store = store
        self.path: Path | None = None
        self.archive: Archive | None = None
        self.preview: ImportReport | None = None  # the dry run
        self.report: ImportReport | None = None  # the import that was done
        self.error: UserError | None = None
        self._build()
        self.setMinimumWidth(MIN_WIDTH)
        self.retranslate()
        self.update_state()

    def sizeHint(self) -> QSize:
        """:data:`MIN_WIDTH` wide, as tall as the wrapped lines need at that width."""
        width = max(MIN_WIDTH, super().sizeHint().width())
        layout = self.layout()
        return QSize(width, layout.totalHeightForWidth(width) if layout else 0)

    # -- seam ----------------------------------------------------------------------------------

    @classmethod
    def ask_open_path(cls, parent: QWidget | None) -> Path | None:
        title = QCoreApplication.translate("ImportDialog", "Choose an Ippo archive")
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            title,
            documents,
            QCoreApplication.translate("ImportDialog", "Ippo archive (*.json)"),
        )
        return Path(chosen) if chosen else None

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.intro, self.file_label = QLabel(), QLabel()
        for label in (self.intro, self.file_label):
            label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)

        self.workshop_box = QGroupBox()
        self.title_value, self.date_value, self.facilitator_value, self.exported_value = (
            QLabel() for _ in range(4)
        )
        self.title_value.setWordWrap(True)
        self.form_labels = [QLabel() for _ in range(4)]
        form = QGridLayout(self.workshop_box)  # two pairs a line, to keep the dialog low
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        places = ((0, 0, 3), (1, 0, 1), (1, 2, 1), (2, 0, 1))  # row, column, value's span
        values = (self.title_value, self.date_value, self.facilitator_value, self.exported_value)
        for label, value, (row, column, span) in zip(self.form_labels, values, places, strict=True):
            form.addWidget(label, row, column)
            form.addWidget(value, row, column + 1, 1, span)

        self.counts = read_only_table(len(TABLE_TEXTS), len(COUNT_COLUMNS))
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflicts_label = QLabel()
        self.conflicts = read_only_table(0, len(CONFLICT_COLUMNS))
        self.conflicts.verticalHeader().setVisible(False)
        header = self.conflicts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.status, self.outcome = QLabel(), QLabel()
        for label in (self.status, self.outcome):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.hide()
        self.import_button, self.close_button = QPushButton(), QPushButton()
        self.import_button.clicked.connect(self.import_now)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(file_row)
        layout.addWidget(self.status)
        for widget in (
            self.workshop_box, self.counts, self.conflicts_label, self.conflicts, self.outcome
        ):  # fmt: skip
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import an archive"))
        self.intro.setText(
            self.tr(
                "Merge a workshop exported as a complete archive (JSON) on another computer. "
                "You will see what would change before anything is imported."
            )
        )
        self.choose_button.setText(self.tr("Choose file…"))
        self.workshop_box.setTitle(self.tr("Workshop in the archive"))
        for label, text in zip(
            self.form_labels,
            (self.tr("Title"), self.tr("Date"), self.tr("Facilitator"), self.tr("Exported at")),
            strict=True,
        ):
            label.setText(text)
        self.counts.setHorizontalHeaderLabels([import_text(text) for text in COUNT_COLUMNS])
        self.counts.setVerticalHeaderLabels([import_text(text) for text in TABLE_TEXTS.values()])
        self.conflicts.setHorizontalHeaderLabels([import_text(text) for text in CONFLICT_COLUMNS])
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))
        self._show()

    # -- state ---------------------------------------------------------------------------------

    def update_state(self) -> None:
        running = self.running
        self.choose_button.setEnabled(not running)
        self.close_button.setEnabled(not running)
        ready = self.preview is not None and self.preview.changed and self.report is None
        self.import_button.setEnabled(not running and ready)

    # -- the two steps -------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Step 1: ask for the file, read it and compute what would change."""
        if self.running:
            return
        path = self.ask_open_path(self)
        if path is None:
            return
        self.path, self.archive, self.preview, self.report = path, None, None, None
        self.error = None
        store = self.store
        self._run(self.tr("Reading the archive…"), lambda _p: read_and_compare(store, path))

    def import_now(self) -> None:
        """Step 2: merge the archive for real (all or nothing)."""
        if self.running or self.archive is None:
            return
        self.error = None
        store, archive = self.store, self.archive
        self._run(self.tr("Importing…"), lambda p: import_archive(store, archive, progress=p))

    def _run(self, busy: str, work: Callable[[Progress], object]) -> None:
        self._show()
        set_note(self.status, busy, "busy")
        self.run_job(work)

    def job_progressed(self, done: int, total: int) -> None:
        """The import's erasure went through ``done`` of the ``total`` backups."""
        erasing = self.tr(
            "Removing the people erased on the other computer from the backups: %1 of %2"
        )
        set_note(self.status, fill(erasing, done, total), "busy")

    def job_finished(self, value: object) -> None:
        set_note(self.status, "", "busy")
        if isinstance(value, ImportReport):
            self.report = value
        else:
            self.archive, self.preview = value  # type: ignore[misc]
        self._show()
        self.update_state()
        if isinstance(value, ImportReport):
            self.imported.emit(value.workshop_id)

    def job_failed(self, error: Exception) -> None:
        set_note(self.status, "", "busy")
        # A refused file leaves nothing to show; a failed import keeps its preview (the store
        # is as it was: the merge is one transaction).
        self.error = error if isinstance(error, UserError) else UserError(str(error))
        self._show()
        self.update_state()

    # -- what is shown -------------------------------------------------------------------------

    def _show(self) -> None:
        self.file_label.setText(str(self.path) if self.path else self.tr("No file chosen yet."))
        if self.error is not None:
            text = "\n".join(t for t in user_error_text(self.error) if t)
            set_note(self.status, text, "error")
        shown = self.report or self.preview
        for widget in (self.workshop_box, self.counts):
            widget.setVisible(shown is not None)
        if self.archive is not None:
            data = self.archive.workshop
            self.title_value.setText(data.title)
            self.date_value.setText(data.date.isoformat() if data.date else "—")
            self.facilitator_value.setText(data.facilitator or "—")
            self.exported_value.setText(
                self.archive.exported_at.astimezone().strftime("%Y-%m-%d %H:%M")
            )
        self._show_counts(shown)
        self._show_conflicts(shown)
        self._show_outcome(shown)

    def _show_counts(self, report: ImportReport | None) -> None:
        for row, section in enumerate(TABLE_TEXTS):
            counts = report.counts.get(section) if report is not None else None
            values = (
                (counts.added, counts.updated, counts.unchanged, counts.kept_local)
                if counts is not None
                else (0, 0, 0, 0)
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.counts.setItem(row, column, item)
            self.counts.setRowHidden(row, not any(values))  # a table neither side has
        self.counts.resizeRowsToContents()
        self.counts.setFixedHeight(full_height(self.counts))

    def _show_conflicts(self, report: ImportReport | None) -> None:
        conflicts = report.conflicts if report is not None else []
        self.conflicts.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            archive = conflict.winner == "archive"
            copy = self.tr("The archive's copy") if archive else self.tr("The copy here")
            texts = (conflict_what(conflict), copy, conflict_reason(conflict))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.conflicts.setItem(row, column, item)
        self.conflicts.resizeRowsToContents()
        self.conflicts.setFixedHeight(min(MAX_CONFLICT_HEIGHT, full_height(self.conflicts)))
        self.conflicts_label.setText(
            fill(self.tr("Changed on both sides (%1): one copy is kept"), len(conflicts))
        )
        self.conflicts_label.setVisible(bool(conflicts))
        self.conflicts.setVisible(bool(conflicts))

    def _show_outcome(self, report: ImportReport | None) -> None:
        if report is None:
            set_note(self.outcome, "", "ok")
            return
        lines = []
        if report.erased_skipped:
            lines.append(
                fill(self.tr("%1 people erased here are not brought back."), report.erased_skipped)
            )
        if report.erased_applied:
            lines.append(
                fill(
                    self.tr("%1 people erased on the other computer are erased here too."),
                    report.erased_applied,
                )
            )
        if report.backups_rewritten:
            lines.append(
                fill(
                    self.tr("They were also removed from %1 backups."),
                    len(report.backups_rewritten),
                )
            )
        for path, reason in report.backups_failed:
            failed = self.tr("Could not erase them from the backup %1 (%2): delete that file yourself.")  # noqa: E501  # fmt: skip
            lines.append(fill(failed, str(path), reason))
        if report.log_pending:
            lines.append(self.tr("A copy stays in the store's log until Ippo closes."))
        if not report.changed:
            head, kind = self.tr("Everything in this archive is already here."), "ok"
        elif report.dry_run:
            head, kind = self.tr("Nothing has been changed yet. Import to merge it."), "warn"
        else:
            head = fill(self.tr("Imported: “%1” is now in the list of workshops."), report.title)
            kind = "warn" if report.backups_failed or report.log_pending else "ok"
        set_note(self.outcome, "\n".join([head, *lines]), kind)

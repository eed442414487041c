"""Importing a roster file: what Ippo read and would do, before anything is stored.

The decisions of :mod:`app.roster` (encoding and why, delimiter, column → field) are shown and
can be changed; each change parses the file again, and a dry run gives the counts. A refused
file (binary, empty, an Excel workbook) shows the core's message and advice inline, Import off.
The dialog's marked texts, its message styles and the problems' wording are in
:mod:`ui.roster_texts`.
"""

from __future__ import annotations

import uuid
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.roster import read_roster
from app.roster_decode import ENCODING_CHOICES
from app.roster_import import ImportResult, import_roster
from app.roster_model import FIELDS, IGNORE, RosterPreview, RosterProblem
from app.store import Store
from ui.i18n import fill, user_error_text
from ui.roster_texts import (
    CAPTIONS,
    DELIMITER_WORDS,
    ENCODING_NAMES,
    FIELD_NAMES,
    MESSAGE_STYLES,
    SEVERITY_TONES,
    SEVERITY_WORDS,
    problem_text,
    roster_text,
)
from ui.tones import TONE_ROLE, ToneDelegate, set_tone

PREVIEW_ROWS = 20
PROBLEM_ROWS = 200


def _n(number: int) -> str:
    return QLocale().toString(number)  # 5,000


def _counts(result: ImportResult | None) -> tuple[int, int, int]:
    return (result.added, result.updated, result.unchanged) if result else (0, 0, 0)


def _fit_columns(table: QTableWidget) -> None:
    """Fit the columns to cells and headers (the theme shows headers in capitals, wider)."""
    table.resizeColumnsToContents()
    metrics = QFontMetrics(table.horizontalHeader().font())
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        wanted = metrics.horizontalAdvance(item.text().upper()) + 40 if item else 0
        table.setColumnWidth(column, max(table.columnWidth(column), wanted))


class RosterImportDialog(QDialog):
    """The preview of one roster file, and the button that imports it."""

    def __init__(
        self, store: Store, workshop_id: uuid.UUID, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.workshop_id, self.path = store, workshop_id, path
        self.preview: RosterPreview | None = None
        self.dry_run: ImportResult | None = None
        self.refusal: UserError | None = None
        self.import_result: ImportResult | None = None
        self.column_combos: list[QComboBox] = []
        self._encoding: str | None = None
        self._mapping: dict[str, str] = {}
        self._column_titles: list[QLabel] = []
        self._shown_headers: tuple[str, ...] | None = None
        self._build()
        self.retranslate()
        self.reparse()

    # -- seams -----------------------------------------------------------------------------

    @classmethod
    def ask_file(cls, parent: QWidget | None) -> Path | None:
        """The roster file the facilitator chooses, or None."""
        title = QCoreApplication.translate("RosterImportDialog", "Choose a roster file")
        kinds = QCoreApplication.translate(
            "RosterImportDialog", "Rosters (*.csv *.tsv *.txt);;All files (*)"
        )
        name, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
        return Path(name) if name else None

    @classmethod
    def run(
        cls, parent: QWidget | None, store: Store, workshop_id: uuid.UUID
    ) -> ImportResult | None:
        """Ask for a file, preview it, import it: the result, or None when cancelled."""
        path = cls.ask_file(parent)
        if path is None:
            return None
        dialog = cls(store, workshop_id, path, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.import_result if accepted else None
        dialog.deleteLater()
        return result

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.resize(1000, 680)
        self.file_label, self.encoding_label, self.delimiter_label = QLabel(), QLabel(), QLabel()
        for label in (self.file_label, self.encoding_label, self.delimiter_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.encoding_combo = QComboBox()
        for code in (None, *ENCODING_CHOICES):
            self.encoding_combo.addItem("", code)
        self.encoding_combo.currentIndexChanged.connect(self._encoding_chosen)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addWidget(self.encoding_label, 1)
        self.captions = [QLabel() for _ in CAPTIONS]
        self.captions[1].setBuddy(self.encoding_combo)
        form = QFormLayout()
        form.addRow(self.captions[0], self.file_label)
        form.addRow(self.captions[1], encoding_row)
        form.addRow(self.captions[2], self.delimiter_label)
        self.columns_box = QWidget()
        self.columns_layout = QHBoxLayout(self.columns_box)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        columns = QScrollArea()
        columns.setWidgetResizable(True)
        columns.setWidget(self.columns_box)
        columns.setFrameShape(QFrame.Shape.NoFrame)
        columns.setFixedHeight(90)
        self.table, self.problems = QTableWidget(), QTableWidget(0, 4)
        self.problems.setItemDelegateForColumn(1, ToneDelegate(self.problems))
        # Screen readers name each part after the caption above it.
        for caption, part in zip(self.captions[3:], (columns, self.table, self.problems),
                                 strict=True):  # fmt: skip
            caption.setBuddy(part)
        for table in (self.table, self.problems):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.setAlternatingRowColors(True)
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.skip = QCheckBox()
        self.skip.toggled.connect(self._update_state)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        parts = (self.captions[3], columns, self.captions[4], self.table, self.captions[5])
        for item in (*parts, self.problems):
            layout.addWidget(item, 3 if item is self.table else 2 if item is self.problems else 0)
        self.preview_parts = (*parts, self.problems)
        layout.addStretch(0)  # takes the room of the hidden preview after a refusal
        layout.addWidget(self.counts)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a roster"))
        for label, text in zip(self.captions, CAPTIONS, strict=True):
            label.setText(roster_text(text))
        self.import_button.setText(self.tr("Import"))
        self.skip.setText(self.tr("Skip the lines with errors and import the rest"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Kind"), self.tr("Column"), self.tr("Message")]
        )
        self.encoding_combo.setItemText(0, self.tr("Decide automatically"))
        for index, code in enumerate(ENCODING_CHOICES, 1):
            self.encoding_combo.setItemText(index, roster_text(ENCODING_NAMES[code]))
        self._shown_headers = None
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading ---------------------------------------------------------------------------

    def reparse(self) -> None:
        """Read the file again with the chosen encoding and mapping, then dry-run the import."""
        self.preview, self.dry_run, self.refusal = None, None, None
        try:
            self.preview = read_roster(self.path, encoding=self._encoding, mapping=self._mapping)
            if not self.preview.needs_mapping:
                self.dry_run = import_roster(
                    self.store, self.workshop_id, self.preview, dry_run=True, skip_errors=True
                )
        except UserError as error:
            self.refusal = error
        self._show()

    def _encoding_chosen(self) -> None:
        self._encoding = self.encoding_combo.currentData()
        self.reparse()

    def _map(self, index: int, _choice: int = -1) -> None:
        """One column's field was chosen: the other column that fed that field is dropped."""
        assert self.preview is not None
        headers = self.preview.headers
        chosen = self.column_combos[index].currentData()
        mapping = {h: c.currentData() for h, c in zip(headers, self.column_combos, strict=True)}
        for i, header in enumerate(headers):
            if i != index and chosen != IGNORE and mapping[header] == chosen:
                mapping[header] = IGNORE
        self._mapping = {h: f for h, f in mapping.items() if h}
        self.reparse()

    # -- showing ---------------------------------------------------------------------------

    def _problem_list(self) -> tuple[RosterProblem, ...]:
        if self.dry_run is not None:
            return self.dry_run.problems  # the file's, plus lines matching the same person
        return self.preview.problems if self.preview is not None else ()

    def error_count(self) -> int:
        return sum(p.severity == "error" for p in self._problem_list())

    def _show(self) -> None:
        preview = self.preview
        self.file_label.setText(self.path.name)
        reason, delimiter = "", ""
        if preview is not None:
            reason = fill(self.tr("%1: %2"), preview.encoding, roster_text(preview.encoding_reason))
            where = self.tr("%1; the header is on line %2")
            delimiter = fill(
                where, roster_text(DELIMITER_WORDS[preview.delimiter]), preview.header_line
            )
        self.encoding_label.setText(reason)
        self.delimiter_label.setText(delimiter)
        self._fill_columns()
        self._fill_rows()
        self._fill_problems()
        for part in self.preview_parts:
            part.setVisible(preview is not None)
        if self.refusal is not None:
            text = "\n".join(t for t in user_error_text(self.refusal) if t)
            self._set_message(fill(self.tr("This file cannot be imported.\n%1"), text), "refusal")
        elif preview is not None and preview.needs_mapping:
            hint = self.tr(
                "No column is recognised as the name: choose the column that holds the name."
            )
            self._set_message(hint, "hint")
        else:
            self._set_message("", "hint")
        self._update_state()

    def _set_message(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(MESSAGE_STYLES[kind])
        self.message.setVisible(bool(text))

    def _fill_columns(self) -> None:
        preview = self.preview
        headers = preview.headers if preview is not None else ()
        if headers != self._shown_headers:
            while (item := self.columns_layout.takeAt(0)) is not None:
                if (widget := item.widget()) is not None:
                    widget.hide()
                    widget.deleteLater()  # may be the combo whose signal is running
            self.column_combos, self._column_titles = [], []
            for index in range(len(headers)):
                box, title = QFrame(), QLabel()
                box.setObjectName("column")
                title.setTextFormat(Qt.TextFormat.PlainText)
                combo = QComboBox()
                combo.setMinimumWidth(170)  # the theme's padding crowds "Employee code"
                for key in (IGNORE, *FIELDS):
                    combo.addItem(roster_text(FIELD_NAMES[key]), key)
                combo.currentIndexChanged.connect(partial(self._map, index))
                column = QVBoxLayout(box)
                column.setContentsMargins(6, 2, 6, 2)
                column.addWidget(title)
                column.addWidget(combo)
                title.setBuddy(combo)  # a screen reader says which column the choice is for
                self.columns_layout.addWidget(box)
                self.column_combos.append(combo)
                self._column_titles.append(title)
            self.columns_layout.addStretch(1)
            self._shown_headers = headers
        parts = zip(self.column_combos, self._column_titles, strict=True)
        for index, (combo, title) in enumerate(parts):
            assert preview is not None
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(preview.columns[index] or IGNORE))
            combo.blockSignals(False)
            header = preview.headers[index]
            unknown = header in preview.unknown_columns
            shown = header or self.tr("(empty)")
            title.setText(fill(self.tr("%1 (not recognised)"), shown) if unknown else shown)
            set_tone(combo.parentWidget() or combo, "true" if unknown else None, name="notice")

    def _fill_rows(self) -> None:
        preview = self.preview
        fields = [f for f in FIELDS if preview is not None and f in preview.mapped_fields]
        rows = preview.rows[:PREVIEW_ROWS] if preview is not None else ()
        self.table.clear()
        self.table.setColumnCount(1 + len(fields))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), *(roster_text(FIELD_NAMES[f]) for f in fields)]
        )
        for r, row in enumerate(rows):
            for c, value in enumerate([str(row.line), *(getattr(row, f) for f in fields)]):
                self.table.setItem(r, c, QTableWidgetItem(value))
        _fit_columns(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)

    def _fill_problems(self) -> None:
        problems = self._problem_list()
        shown = problems[:PROBLEM_ROWS]
        self.problems.setRowCount(len(shown) + (len(problems) > PROBLEM_ROWS))
        bold = QFont()
        bold.setBold(True)
        for r, problem in enumerate(shown):
            kind = QTableWidgetItem(roster_text(SEVERITY_WORDS[problem.severity]))
            kind.setData(TONE_ROLE, SEVERITY_TONES.get(problem.severity, "muted"))
            kind.setFont(bold)
            self.problems.setItem(r, 0, QTableWidgetItem(str(problem.line)))
            self.problems.setItem(r, 1, kind)
            self.problems.setItem(r, 2, QTableWidgetItem(problem.column))
            self.problems.setItem(r, 3, QTableWidgetItem(problem_text(problem)))
        if len(problems) > PROBLEM_ROWS:
            more = fill(self.tr("… and %1 more"), _n(len(problems) - PROBLEM_ROWS))
            self.problems.setItem(len(shown), 3, QTableWidgetItem(more))
        _fit_columns(self.problems)

    def _update_state(self) -> None:
        errors, result = self.error_count(), self.dry_run
        self.skip.setEnabled(errors > 0)
        people = sum(_counts(result))
        lines = [
            fill(self.tr("%1 people will be imported"), _n(people))
            + " / "
            + fill(self.tr("%1 errors"), _n(errors)),
            fill(self.tr("%1 new, %2 updated, %3 unchanged"), *map(_n, _counts(result))),
        ]
        if errors and not self.skip.isChecked():
            lines.append(self.tr("Correct the lines with errors in the file, or skip them."))
        self.counts.setText("\n".join(lines) if result is not None else "")
        self.counts.setVisible(result is not None)
        ready = result is not None and people > 0 and (errors == 0 or self.skip.isChecked())
        self.import_button.setEnabled(ready)

    # -- importing -------------------------------------------------------------------------

    def _import(self) -> None:
        if self.preview is None or not self.import_button.isEnabled():
            return
        try:
            self.import_result = import_roster(
                self.store, self.workshop_id, self.preview, skip_errors=self.skip.isChecked()
            )
        except UserError as error:
            self.refusal = error
            self._show()
            return
        self.accept()

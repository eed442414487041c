"""The workshop's people: search, add, edit, remove, and check-in at the door with counts.

Names are shown exactly as stored. Check-in is one click on the box, or Space on the selected
row (then the next person is selected, for a queue at the door).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import QT_TRANSLATE_NOOP
from app.names import matches_any
from ui.i18n import fill

if TYPE_CHECKING:
    from app.models import Participant

CHECK_COLUMN = 4


class ParticipantsModel(QAbstractTableModel):
    """Rows of participants, filtered by a search text; the check-in column is checkable."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ParticipantsModel", "Name"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Reading"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Department"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Employee code"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Checked in"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[Participant] = []
        self._rows: list[Participant] = []
        self._query = ""
        #: ``check_in(person, present)``: set by the panel; None while the store is not open.
        self.check_in: Callable[[Participant, bool], None] | None = None

    def set_rows(self, rows: list[Participant]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = [p for p in self._all if _matches(p, self._query)]
        self.endResetModel()

    def set_query(self, query: str) -> None:
        self._query = query
        self.set_rows(self._all)

    def people(self) -> list[Participant]:
        return list(self._all)

    def person(self, row: int) -> Participant | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ParticipantsModel", self.COLUMNS[section])
        return super().headerData(section, orientation, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == CHECK_COLUMN and self.check_in is not None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if index.column() == CHECK_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if p.attended else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            shown = (p.name, p.reading, p.department, p.employee_code, "")
            return shown[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and p.print_name:
            return fill(
                QCoreApplication.translate("ParticipantsModel", "Printed as %1"), p.print_name
            )
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        if index.column() != CHECK_COLUMN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        person = self.person(index.row())
        if person is None or self.check_in is None:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.check_in(person, checked)
        return True


def _matches(person: Participant, query: str) -> bool:
    fields = (person.name, person.reading, person.department, person.employee_code, person.email)
    return matches_any(query, *fields)


class ParticipantsView(QTableView):
    """The table; Space checks the selected person in (or out) and moves to the next."""

    def __init__(self, model: ParticipantsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        row = self.currentIndex().row()
        if event.key() == Qt.Key.Key_Space and isinstance(model, ParticipantsModel) and row >= 0:
            person = model.person(row)
            if person is not None and model.check_in is not None:
                model.setData(
                    model.index(row, CHECK_COLUMN),
                    Qt.CheckState.Unchecked if person.attended else Qt.CheckState.Checked,
                    Qt.ItemDataRole.CheckStateRole,
                )
                self.selectRow(min(row + 1, model.rowCount() - 1))
            return
        super().keyPressEvent(event)


class ParticipantsPanel(QWidget):
    """Search, the table, the counts and the buttons. The main window does the storing."""

    add_requested = Signal()
    import_requested = Signal()
    edit_requested = Signal(object)  # uuid.UUID
    remove_requested = Signal(object)  # uuid.UUID
    check_in_requested = Signal(object, bool)  # uuid.UUID, present

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ParticipantsModel(self)
        self.table = ParticipantsView(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.counts = QLabel()
        self.counts.setObjectName("attendanceCounts")
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.import_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.counts)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.search.textChanged.connect(self._search)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.import_button.clicked.connect(self.import_requested.emit)
        self.edit_button.clicked.connect(lambda: self._emit_for_selected(self.edit_requested))
        self.remove_button.clicked.connect(lambda: self._emit_for_selected(self.remove_requested))
        self.table.doubleClicked.connect(lambda _i: self._emit_for_selected(self.edit_requested))
        self.retranslate()
        self.set_editable(False)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name, reading, department, code…"))
        self.search.setAccessibleName(self.tr("Search participants"))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove…"))
        self.import_button.setText(self.tr("Import a roster…"))
        self.table.setAccessibleName(self.tr("Participants"))
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_editable(self, editable: bool) -> None:
        """Off while the app shows its first look at the store."""
        for button in (self.add_button, self.edit_button, self.remove_button, self.import_button):
            button.setEnabled(editable)
        self.model.check_in = (
            (lambda person, present: self.check_in_requested.emit(person.id, present))
            if editable
            else None
        )

    def set_people(self, people: list[Participant]) -> None:
        selected = self.selected_id()
        self.model.set_rows(people)
        self._select(selected)
        self._show_counts()

    def selected_id(self) -> uuid.UUID | None:
        person = self.model.person(self.table.currentIndex().row())
        return person.id if person is not None else None

    def _select(self, person_id: uuid.UUID | None) -> None:
        for row in range(self.model.rowCount()):
            person = self.model.person(row)
            if person is not None and person.id == person_id:
                self.table.selectRow(row)
                return

    def _search(self, text: str) -> None:
        self.model.set_query(text)

    def _emit_for_selected(self, signal: Any) -> None:
        person_id = self.selected_id()
        if person_id is not None:
            signal.emit(person_id)

    def _show_counts(self) -> None:
        people = self.model.people()
        present = sum(1 for p in people if p.attended)
        self.counts.setText(fill(self.tr("Checked in %1 / %2"), present, len(people)))

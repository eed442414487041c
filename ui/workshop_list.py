"""The list of workshops on the left of the main window."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QListView, QWidget

from app.quick_view import WorkshopSummary
from ui.i18n import fill

IdRole = Qt.ItemDataRole.UserRole + 1


class WorkshopListModel(QAbstractListModel):
    """Workshop summaries; two lines each: the title, then date · length · people."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WorkshopSummary] = []

    def set_rows(self, rows: list[WorkshopSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = (
                row.date.isoformat()
                if row.date
                else QCoreApplication.translate("WorkshopList", "no date")
            )
            detail = fill(
                QCoreApplication.translate("WorkshopList", "%1 · %2 min · %3 people"),
                when,
                row.planned_seconds // 60,
                row.participants,
            )
            return f"{row.title}\n{detail}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.title
        if role == IdRole:
            return str(row.id)
        return None

    def row_of(self, workshop_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == workshop_id), -1)

    def id_at(self, row: int) -> uuid.UUID | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None


class WorkshopListView(QListView):
    """Shows a :class:`WorkshopListModel`; tells which workshop was chosen."""

    chosen = Signal(object)  # uuid.UUID | None

    def __init__(self, model: WorkshopListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setSpacing(2)
        self.setUniformItemSizes(True)
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.chosen.emit(model.id_at(current.row()))
        )

    def select_id(self, workshop_id: uuid.UUID | None) -> None:
        model = self.model()
        assert isinstance(model, WorkshopListModel)
        row = model.row_of(workshop_id) if workshop_id else -1
        if row < 0 and model.rowCount() and workshop_id is None:
            row = 0
        if row >= 0:
            self.setCurrentIndex(model.index(row))

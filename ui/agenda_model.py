"""The agenda as a table: one row per stage, read from the store, edited through a callback.

The model never writes to the store itself: every edit goes to ``commit`` (the editor), which
turns it into an undoable command and then hands the model the stages as stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.models import Stage

# Translation context of every agenda string (the model, the commands and the editor). Calls
# spell it out as a literal: pyside6-lupdate only extracts literal contexts.
CONTEXT = "AgendaEditor"

MIN_MINUTES = 1
MAX_MINUTES = 240

# Stage kinds as the facilitator reads them; unknown kinds (from a newer template) show as-is.
KIND_LABELS: dict[str, object] = {
    "opening": QT_TRANSLATE_NOOP("AgendaEditor", "Opening"),
    "inventory": QT_TRANSLATE_NOOP("AgendaEditor", "Taking stock of experience"),
    "strengths": QT_TRANSLATE_NOOP("AgendaEditor", "Putting strengths and values into words"),
    "target": QT_TRANSLATE_NOOP("AgendaEditor", "Target state and learning themes"),
    "declaration": QT_TRANSLATE_NOOP("AgendaEditor", "Declaring the next step"),
    "dialogue": QT_TRANSLATE_NOOP("AgendaEditor", "Dialogue with other departments"),
    "role_model": QT_TRANSLATE_NOOP("AgendaEditor", "Role-model talk"),
    "break": QT_TRANSLATE_NOOP("AgendaEditor", "Break"),
    "wrapup": QT_TRANSLATE_NOOP("AgendaEditor", "Wrap-up"),
    "condition": QT_TRANSLATE_NOOP("AgendaEditor", "Condition check-in"),
    "current": QT_TRANSLATE_NOOP("AgendaEditor", "Where my career stands"),
    "challenge": QT_TRANSLATE_NOOP("AgendaEditor", "Designing the next challenge"),
    "feedback": QT_TRANSLATE_NOOP("AgendaEditor", "Feedback"),
    "next_action": QT_TRANSLATE_NOOP("AgendaEditor", "Next actions"),
    "custom": QT_TRANSLATE_NOOP("AgendaEditor", "Other"),
}


def kind_label(kind: str) -> str:
    source = KIND_LABELS.get(kind)
    return QCoreApplication.translate(CONTEXT, str(source)) if source else kind


def format_minutes(seconds: float) -> str:
    """Minutes as a facilitator writes them: "15", or "7.5" only when not whole."""
    minutes = round(seconds / 60, 1)
    return str(int(minutes)) if minutes == int(minutes) else f"{minutes:.1f}"


def minutes_to_seconds(minutes: float) -> int:
    return round(float(minutes) * 60)


class Column(IntEnum):
    NUMBER = 0
    TITLE = 1
    KIND = 2
    MINUTES = 3
    PROTECTED = 4


_HEADERS = {
    Column.NUMBER: QT_TRANSLATE_NOOP("AgendaEditor", "#"),
    Column.TITLE: QT_TRANSLATE_NOOP("AgendaEditor", "Stage"),
    Column.KIND: QT_TRANSLATE_NOOP("AgendaEditor", "Kind"),
    Column.MINUTES: QT_TRANSLATE_NOOP("AgendaEditor", "Minutes"),
    Column.PROTECTED: QT_TRANSLATE_NOOP("AgendaEditor", "Protected"),
}

Index = QModelIndex | QPersistentModelIndex
# ``commit(stage, field, value) -> stored?``: the editor's way into the undo stack.
Commit = Callable[["Stage", str, Any], bool]


def _is_checked(value: Any) -> bool:
    # Views hand check states over as the enum or as its int, depending on the path taken.
    raw = value.value if isinstance(value, Qt.CheckState) else int(value)
    return raw == Qt.CheckState.Checked.value


class AgendaModel(QAbstractTableModel):
    """The stages of one workshop, in order."""

    def __init__(self, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._stages: list[Stage] = []

    @property
    def stages(self) -> list[Stage]:
        return list(self._stages)

    def stage(self, row: int) -> Stage | None:
        return self._stages[row] if 0 <= row < len(self._stages) else None

    @staticmethod
    def column_of(name: str) -> int:
        """The column showing ``name`` ("number", "title", "kind", "minutes", "protected")."""
        return Column[name.upper()]

    def row_of(self, stage_id: object) -> int:
        return next((i for i, s in enumerate(self._stages) if s.id == stage_id), -1)

    def set_stages(self, stages: Sequence[Stage]) -> None:
        """Show ``stages`` as stored; same rows in the same order only update, keeping selection."""
        if [s.id for s in stages] == [s.id for s in self._stages] and stages:
            self._stages = list(stages)
            last = self.index(len(stages) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._stages = list(stages)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._stages:
            col = Column.KIND
            self.dataChanged.emit(self.index(0, col), self.index(len(self._stages) - 1, col))

    # -- Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, str(_HEADERS[Column(section)]))
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.PROTECTED:
            return QCoreApplication.translate(
                "AgendaEditor", "A protected stage is never shortened when the workshop runs late."
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (Column.TITLE, Column.MINUTES):
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == Column.PROTECTED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        stage = self.stage(index.row()) if index.isValid() else None
        if stage is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NUMBER: str(index.row() + 1),
                Column.TITLE: stage.title,
                Column.KIND: kind_label(stage.kind),
                Column.MINUTES: format_minutes(stage.planned_seconds),
                Column.PROTECTED: None,
            }[column]
        if role == Qt.ItemDataRole.EditRole:
            if column == Column.TITLE:
                return stage.title
            if column == Column.MINUTES:
                return stage.planned_seconds / 60
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.TITLE, Column.KIND):
            return stage.title if column == Column.TITLE else kind_label(stage.kind)  # if elided
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.PROTECTED:
            return Qt.CheckState.Checked if stage.protected else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.PROTECTED:
            if stage.protected:
                return QCoreApplication.translate("AgendaEditor", "Protected")
            return QCoreApplication.translate("AgendaEditor", "Not protected")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.NUMBER, Column.MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        stage = self.stage(index.row()) if index.isValid() else None
        if stage is None:
            return False
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == Column.TITLE:
            return self._commit(stage, "title", str(value).strip())
        if role == Qt.ItemDataRole.EditRole and column == Column.MINUTES:
            return self._commit(stage, "planned_seconds", minutes_to_seconds(value))
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.PROTECTED:
            return self._commit(stage, "protected", _is_checked(value))
        return False


def size_columns(header: QHeaderView) -> None:
    """Title and kind share the width; the short columns fit their header text.

    The theme (qt-material) upper-cases header texts and pads them by 24 px a side, which
    ``ResizeToContents`` does not know about, so those widths are measured here.
    """
    model = header.model()
    metrics = header.fontMetrics()
    for column in Column:
        if column in (Column.TITLE, Column.KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        text = str(model.headerData(column, Qt.Orientation.Horizontal))
        header.resizeSection(column, max(64, metrics.horizontalAdvance(text.upper()) + 56))


class MinutesSpinBox(QDoubleSpinBox):
    """Minutes with one decimal, shown without ".0" when whole (as the table shows them)."""

    def __init__(self, minimum: float, maximum: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setRange(minimum, maximum)
        self.setSingleStep(1)

    def textFromValue(self, value: float) -> str:
        return format_minutes(value * 60)


class MinutesDelegate(QStyledItemDelegate):
    """Edits a stage's minutes with a spin box (1–240)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = MinutesSpinBox(MIN_MINUTES, MAX_MINUTES, parent)
        editor.setAccessibleName(QCoreApplication.translate("AgendaEditor", "Minutes"))
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, MinutesSpinBox)
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole) or MIN_MINUTES))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, MinutesSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

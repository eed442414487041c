"""Stage 1, 経験の棚卸し: the participant's experiences as an editable table (up to 20 rows).

The model holds plain dicts in the store's shape (when, what, role, energy −2..+2, why,
learned) and says ``edited`` after every change; the worksheet form decides when to store.
A text longer than what prints in full is kept whole and tinted amber, never cut.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import QT_TRANSLATE_NOOP
from app.worksheets import EXPERIENCE_KEYS, MAX_EXPERIENCES, SOFT_LIMITS
from ui.dialogs import Dialogs
from ui.i18n import fill
from ui.tones import current as current_tones
from ui.tones import set_tone

ENERGY = EXPERIENCE_KEYS.index("energy")
BUTTONS = (
    QT_TRANSLATE_NOOP("ExperienceTable", "Add an experience"),
    QT_TRANSLATE_NOOP("ExperienceTable", "Remove"),
    QT_TRANSLATE_NOOP("ExperienceTable", "Move up"),
    QT_TRANSLATE_NOOP("ExperienceTable", "Move down"),
)
#: The full question behind each short column title, shown as its tooltip.
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("ExperienceTable", "When it happened"),
    QT_TRANSLATE_NOOP("ExperienceTable", "What happened"),
    QT_TRANSLATE_NOOP("ExperienceTable", "My role in it"),
    QT_TRANSLATE_NOOP("ExperienceTable", "Energy: −2 (drained) to +2 (energised)"),
    QT_TRANSLATE_NOOP("ExperienceTable", "Why it energised or drained me"),
    QT_TRANSLATE_NOOP("ExperienceTable", "What I learned"),
)
HEADERS = (
    QT_TRANSLATE_NOOP("ExperienceTable", "When"),
    QT_TRANSLATE_NOOP("ExperienceTable", "What happened"),
    QT_TRANSLATE_NOOP("ExperienceTable", "My role"),
    QT_TRANSLATE_NOOP("ExperienceTable", "Energy"),
    QT_TRANSLATE_NOOP("ExperienceTable", "Why"),
    QT_TRANSLATE_NOOP("ExperienceTable", "What I learned"),
)


def energy_text(value: int) -> str:
    """+2, +1, 0, −1, −2 (a real minus sign, as printed)."""
    return f"+{value}" if value > 0 else f"−{-value}" if value < 0 else "0"


def blank_experience() -> dict[str, Any]:
    return {key: 0 if key == "energy" else "" for key in EXPERIENCE_KEYS}


class ExperienceModel(QAbstractTableModel):
    """The experiences of one worksheet; every change emits :attr:`edited`."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[dict[str, Any]] = []

    def items(self) -> list[dict[str, Any]]:
        """A copy, in the store's shape."""
        return [dict(item) for item in self._items]

    def set_items(self, items: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._items = [{**blank_experience(), **item} for item in items]
        self.endResetModel()

    def over_limit(self) -> int:
        """How many texts are longer than what prints in full."""
        limit = SOFT_LIMITS["experience"]
        return sum(
            len(str(item[key])) > limit
            for item in self._items
            for key in EXPERIENCE_KEYS
            if key != "energy"
        )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(EXPERIENCE_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ExperienceTable", HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("ExperienceTable", HEADER_TIPS[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        value = self._items[index.row()][EXPERIENCE_KEYS[index.column()]]
        energy = index.column() == ENERGY
        over = not energy and len(str(value)) > SOFT_LIMITS["experience"]
        if role == Qt.ItemDataRole.DisplayRole:
            return energy_text(value) if energy else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and energy:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            tones = current_tones()  # read when painted: follows a theme switch
            if over:
                return QColor(tones.over_limit)
            if energy and value in tones.energy:
                return QColor(tones.energy[value])
        if role == Qt.ItemDataRole.ToolTipRole and over:
            template = QCoreApplication.translate(
                "ExperienceTable", "%1 / %2 characters · shortened when printed"
            )
            return fill(template, len(str(value)), SOFT_LIMITS["experience"])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = EXPERIENCE_KEYS[index.column()]
        value = max(-2, min(2, int(value))) if key == "energy" else str(value)
        if self._items[index.row()][key] == value:
            return False
        self._items[index.row()][key] = value
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def insert(self, row: int) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, blank_experience())
        self.endInsertRows()
        self.edited.emit()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()
        self.edited.emit()

    def move(self, row: int, target: int) -> None:
        """Move one row to ``target`` (both within the table)."""
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (target > row))
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        self.edited.emit()

    def is_blank(self, row: int) -> bool:
        return self._items[row] == blank_experience()


class TintDelegate(QStyledItemDelegate):
    """Paints the model's background colour under the item.

    qt-material styles ``QTableView::item``, and Qt then ignores ``BackgroundRole``: without
    this the energy tints and the over-limit highlight were never seen.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QColor):
            painter.fillRect(option.rect, background)
        super().paint(painter, option, index)


class EnergyDelegate(TintDelegate):
    """A spin box from −2 to +2 for the energy column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(-2, 2)
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setAccessibleName(QCoreApplication.translate("ExperienceTable", "Energy"))
        return spin


def heading_width(header: QHeaderView, column: int) -> int:
    """The width a column needs to show its heading whole.

    The theme paints headings in capitals (qt-material: ``text-transform: uppercase``), which
    Qt's own size hint does not know: "What I learned" is measured, "WHAT I LEARNED" is drawn.
    """
    text = str(header.model().headerData(column, Qt.Orientation.Horizontal))
    metrics = header.fontMetrics()
    extra = metrics.horizontalAdvance(text.upper()) - metrics.horizontalAdvance(text)
    return header.sectionSizeHint(column) + max(0, extra)


#: Each column's share of the table's width: period, event, role, energy, reason, learned.
COLUMN_SHARES = (0.12, 0.25, 0.15, 0.10, 0.19, 0.19)


class ExperienceTable(QWidget):
    """The table with add, remove and move buttons; ``model.edited`` says what changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ExperienceModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(TintDelegate(self.view))
        self.view.setItemDelegateForColumn(ENERGY, EnergyDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(
            triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # set by _fit_columns
        header.setStretchLastSection(False)
        self.view.viewport().installEventFilter(self)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        self.count_label = QLabel()
        self.count_label.setObjectName("counter")
        self.over_label = QLabel()
        set_tone(self.over_label, "warning")
        self.over_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.over_label, 2)
        buttons.addWidget(self.count_label)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.view, 1)
        page.addLayout(buttons)
        self.model.edited.connect(self.refresh)
        self.model.modelReset.connect(self.refresh)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        buttons = (self.add_button, self.remove_button, self.up_button, self.down_button)
        for button, source in zip(buttons, BUTTONS, strict=True):
            text = QCoreApplication.translate("ExperienceTable", source)
            button.setText(text)
            button.setAccessibleName(text)
        self.view.setAccessibleName(QCoreApplication.translate("ExperienceTable", "Experiences"))
        self.refresh()
        self._fit_columns()  # the headings' widths change with the language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Share the width out by COLUMN_SHARES, never narrower than a column's heading.

        The free-text columns get the most; when even the headings do not fit (a narrow
        window, a large font), the columns keep their headings' width and the table scrolls
        sideways rather than cutting a heading.
        """
        header = self.view.horizontalHeader()
        available = self.view.viewport().width()
        minimums = [heading_width(header, column) for column in range(len(COLUMN_SHARES))]
        widths = [max(minimum, int(available * share))
                  for minimum, share in zip(minimums, COLUMN_SHARES, strict=True)]  # fmt: skip
        excess = sum(widths) - available
        while excess > 0:  # take it back from the columns above their minimum, widest first
            column = max(range(len(widths)), key=lambda c: widths[c] - minimums[c])
            spare = widths[column] - minimums[column]
            if spare <= 0:
                break
            taken = min(spare, excess)
            widths[column] -= taken
            excess -= taken
        if excess < 0:  # what the shares leave when rounded down goes to the widest share
            widths[COLUMN_SHARES.index(max(COLUMN_SHARES))] -= excess
        for column, width in enumerate(widths):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def refresh(self) -> None:
        count, over = self.model.rowCount(), self.model.over_limit()
        self.count_label.setText(f"{count} / {MAX_EXPERIENCES}")
        template = QCoreApplication.translate(
            "ExperienceTable", "%1 texts are longer than %2 characters: shortened when printed"
        )
        self.over_label.setText(fill(template, over, SOFT_LIMITS["experience"]) if over else "")
        self._enable()

    def _enable(self) -> None:
        row, count = self.view.currentIndex().row(), self.model.rowCount()
        self.add_button.setEnabled(count < MAX_EXPERIENCES)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def add_row(self) -> None:
        """A blank row after the current one (or at the end), ready to type into."""
        if self.model.rowCount() >= MAX_EXPERIENCES:
            return
        current = self.view.currentIndex().row()
        row = current + 1 if current >= 0 else self.model.rowCount()
        self.model.insert(row)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def remove_row(self) -> None:
        """Remove the current row, asking first when something is written in it."""
        row = self.view.currentIndex().row()
        if row < 0:
            return
        if not self.model.is_blank(row) and not Dialogs.confirm(
            self,
            QCoreApplication.translate("ExperienceTable", "Remove experience"),
            QCoreApplication.translate(
                "ExperienceTable", "Remove this experience and everything written in it?"
            ),
            QCoreApplication.translate("ExperienceTable", "Remove"),
        ):
            return
        self.model.remove(row)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def commit_edit(self) -> None:
        """Put a cell being typed into the model now (before switching person or closing)."""
        editor = self.view.focusWidget()
        if self.view.state() == QAbstractItemView.State.EditingState and editor is not None:
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def move_row(self, step: int) -> None:
        index = self.view.currentIndex()
        target = index.row() + step
        if index.row() < 0 or not 0 <= target < self.model.rowCount():
            return
        self.model.move(index.row(), target)
        self.view.setCurrentIndex(self.model.index(target, index.column()))

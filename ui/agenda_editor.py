"""The agenda editor: a workshop's stages in a table, the selected stage's details beside it.

Every edit becomes an undoable command (``ui.agenda_commands``) that calls the workshop
services; after each stored change, undo or redo, the editor re-reads the agenda from the store,
so what it shows is always what is stored. :class:`StageForm` (the detail pane) only shows a
stage and says what was typed; :class:`AgendaEditor` decides what gets stored.
"""

from __future__ import annotations

import itertools
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from ui.agenda_commands import (
    AddStageCommand,
    AgendaCommand,
    EditStageCommand,
    MoveStageCommand,
    RemoveStageCommand,
)
from ui.agenda_model import (
    AgendaModel,
    Column,
    MinutesDelegate,
    format_minutes,
    size_columns,
)
from ui.i18n import fill, user_error_text
from ui.stage_form import StageForm
from ui.tones import set_tone

if TYPE_CHECKING:
    from app.models import Stage
    from app.quick_view import QuickDetail
    from app.store import Store
    from app.workshops import WorkshopDetail

NEW_STAGE_SECONDS = 10 * 60
WARNING_STYLE = "font-weight: bold;"  # coloured by its tone (ui/tones.py)
_CTRL, _PLAIN = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier
# Keys the table answers while no cell is being edited: (modifiers, key) -> method name.
_TABLE_KEYS = {
    (_CTRL, Qt.Key.Key_Up.value): "move_up",
    (_CTRL, Qt.Key.Key_Down.value): "move_down",
    (_PLAIN, Qt.Key.Key_Delete.value): "remove_stage",
}


def _row_of(stages: list[Stage], stage: Stage | uuid.UUID | None) -> int:
    stage_id = stage if stage is None or isinstance(stage, uuid.UUID) else stage.id
    return next((row for row, s in enumerate(stages) if s.id == stage_id), -1)


class AgendaEditor(QWidget):
    """Edit a workshop's stages: order, length, protection and the texts shown while running."""

    changed = Signal()

    def __init__(
        self, store: Store | None, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        #: None while the app shows its first look at the store: the agenda is read-only.
        self._store = store
        self._undo_stack = undo_stack
        self._detail: WorkshopDetail | QuickDetail | None = None
        self._split = False  # the splitter's first sizes are set when first shown
        self._loading = False  # while the table is filled from the store: no selection changes
        self.model = AgendaModel(self._edit, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.MINUTES, MinutesDelegate(self.table))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.installEventFilter(self)
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.add_button.clicked.connect(self.add_stage)
        self.remove_button.clicked.connect(self.remove_stage)
        self.total_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.error_label.setStyleSheet(WARNING_STYLE)
        set_tone(self.error_label, "error")
        self.form = StageForm()
        self.form.edited.connect(self._on_form_edited)
        self.form.typed.connect(self._on_form_typed)
        self._lay_out()
        self.retranslate()
        self.set_workshop(None)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        agenda = QWidget()
        column = QVBoxLayout(agenda)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addWidget(self.total_label)
        column.addWidget(self.error_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        self.splitter.addWidget(agenda)
        self.splitter.addWidget(self.form)
        QVBoxLayout(self).addWidget(self.splitter)
        chain = [self.table, self.up_button, self.down_button, self.add_button]
        for first, second in itertools.pairwise([*chain, self.remove_button, self.form.fields[0]]):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        """Re-apply every text in the current language."""
        self.table.setAccessibleName(self.tr("Agenda"))
        buttons = (self.up_button, self.down_button, self.add_button, self.remove_button)
        texts = [self.tr("Move up"), self.tr("Move down"), self.tr("Add stage")]
        texts += [self.tr("Remove stage")]
        tips = [self.tr("Move the selected stage up (Ctrl+Up)")]
        tips += [self.tr("Move the selected stage down (Ctrl+Down)")]
        tips += [self.tr("Add a stage after the selected one")]
        tips += [self.tr("Remove the selected stage (Delete)")]
        for button, text, tip in zip(buttons, texts, tips, strict=True):
            button.setText(text)
            button.setAccessibleName(text)
            button.setToolTip(tip)
        self.total_label.setAccessibleName(self.tr("Total length"))
        self.error_label.setAccessibleName(self.tr("Error"))
        self.form.retranslate()
        self.model.retranslate()
        size_columns(self.table.horizontalHeader())  # the header texts' widths changed
        self._update_total()

    def showEvent(self, event: QShowEvent) -> None:
        # The splitter would split by size hints, leaving the titles too narrow; the table gets
        # three fifths once, then the facilitator's dragging is kept.
        if not self._split:
            self._split = True
            self.splitter.setSizes([self.width() * 3 // 5, self.width() * 2 // 5])
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing ----------------------------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        """The store is open: edits are possible from now on."""
        self._store = store

    def set_workshop(self, detail: WorkshopDetail | QuickDetail | None) -> None:
        """Show ``detail``'s agenda, or an empty, disabled editor for None. The same workshop
        again (a refresh) keeps the selected stage."""
        self.commit_details()  # pending typing belongs to the stage shown until now
        same = detail and self._detail and detail.workshop.id == self._detail.workshop.id
        current = self.selected_stage() if same else None
        stages = detail.stages if detail else []
        self._detail = detail
        self._show_agenda(stages, max(_row_of(stages, current), 0))  # type: ignore[arg-type]
        self.setEnabled(detail is not None and self._store is not None)

    def selected_stage(self) -> Stage | None:
        return self.model.stage(self.table.currentIndex().row())

    def commit_details(self) -> None:
        """Store what the detail pane shows now, typing still waiting for its pause included."""
        self.form.flush()

    def _show_agenda(self, stages: list[Stage], row: int) -> None:
        self._set_error("")
        self._loading = True
        try:
            self.model.set_stages(stages)
            row = min(max(row, 0), len(stages) - 1)
            if row >= 0:
                self.table.selectRow(row)
        finally:
            self._loading = False
        self._show_stage(self.model.stage(row))
        self._update_total()

    def _on_current_row_changed(self) -> None:
        if not self._loading:
            self.commit_details()  # may re-read the agenda; the newly selected row stays
            self._show_stage(self.selected_stage())

    def _show_stage(self, stage: Stage | None) -> None:
        self.form.show_stage(stage)
        row, count = self.table.currentIndex().row(), self.model.rowCount()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)

    def _update_total(self) -> None:
        if self._detail is None:
            self.total_label.clear()
            return
        total = format_minutes(self._detail.planned_seconds)
        template = self._detail.workshop.template_minutes
        difference = self._detail.planned_seconds - template * 60 if template > 0 else 0
        if template <= 0:  # not made from a template: nothing to compare with
            text = fill(self.tr("Total %1 min"), total)
        else:
            text = fill(self.tr("Total %1 min / template %2 min"), total, template)
        if difference:
            amount = ("+" if difference > 0 else "-") + format_minutes(abs(difference))
            text += " " + fill(self.tr("(%1 min)"), amount)
        self.total_label.setText(text)
        self.total_label.setStyleSheet(WARNING_STYLE if difference else "")
        set_tone(self.total_label, "error" if difference else None)

    def _set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- storing (the commands' listener) ---------------------------------------------------------

    def after_change(self, select: uuid.UUID | None) -> None:
        """Re-read the agenda after a stored change (a command's first run, undo or redo)."""
        if self._detail is None or self._store is None:
            return
        try:
            from app.workshops import get_workshop

            detail = get_workshop(self._store, self._detail.workshop.id)
        except UserError as error:
            self.report(error)
            return
        current, row = self.selected_stage(), self.table.currentIndex().row()
        found = _row_of(detail.stages, select or current)
        self._detail = detail
        self._show_agenda(detail.stages, found if found >= 0 else row)
        self.changed.emit()

    def report(self, error: UserError) -> None:
        self._set_error(" ".join(t for t in user_error_text(error) if t))

    def _push(self, command: AgendaCommand) -> bool:
        """Store the change, then put it on the undo stack; a refused change leaves no trace."""
        try:
            command.apply()
        except UserError as error:
            self.form.show_stage(self.form.stage)  # the stored value again, beside the reason
            self.report(error)
            return False
        self._undo_stack.push(command)
        return True

    def _edit(self, stage: Stage, field: str, value: Any) -> bool:
        if self._detail is None or self._store is None or getattr(stage, field) == value:
            return True
        old = getattr(stage, field)
        return self._push(EditStageCommand(self._store, stage.id, field, old, value, self))

    def _on_form_edited(self, field: str, value: Any) -> None:
        if self.form.stage is not None:
            self._edit(self.form.stage, field, value)

    def _on_form_typed(self, values: dict[str, Any]) -> None:
        stage = self.form.stage  # kept: each store re-reads the agenda into the form
        for field, value in values.items():
            if stage is not None:
                self._edit(stage, field, value)

    # -- agenda actions ---------------------------------------------------------------------------

    def _move(self, step: int) -> None:
        stage, row = self.selected_stage(), self.table.currentIndex().row()
        if self._detail is None or self._store is None or stage is None:
            return
        if not 0 <= row + step < self.model.rowCount():
            return
        self.commit_details()
        workshop_id = self._detail.workshop.id
        self._push(MoveStageCommand(self._store, workshop_id, stage.id, row, row + step, self))

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(+1)

    def add_stage(self) -> None:
        """Add a stage after the selected one (or at the end) and put the cursor on its title."""
        if self._detail is None or self._store is None:
            return
        self.commit_details()
        row = self.table.currentIndex().row()
        index = row + 1 if row >= 0 else self.model.rowCount()
        workshop_id = self._detail.workshop.id
        from app.models import Stage

        stage = Stage(
            workshop_id=workshop_id,
            position=index,
            kind="custom",
            title=self.tr("New stage"),
            planned_seconds=NEW_STAGE_SECONDS,
        )
        if self._push(AddStageCommand(self._store, workshop_id, index, stage, self)):
            self.form.title_edit.setFocus()
            self.form.title_edit.selectAll()

    def remove_stage(self) -> None:
        """Remove the selected stage after asking (undo brings it back)."""
        stage = self.selected_stage()
        if (
            self._detail is None
            or self._store is None
            or stage is None
            or not type(self).confirm_remove(self, stage.title)
        ):
            return
        self.form.show_stage(None)  # pending typing goes with the stage
        self._push(RemoveStageCommand(self._store, self._detail.workshop.id, stage.id, self))

    @classmethod
    def confirm_remove(cls, parent: QWidget, title: str) -> bool:
        """Ask before removing a stage (the seam tests replace)."""
        question = QCoreApplication.translate(
            "AgendaEditor", "Remove the stage “%1”?\nYou can undo this with Ctrl+Z."
        )
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("AgendaEditor", "Remove stage"),
            fill(question, title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is self.table:
            assert isinstance(event, QKeyEvent)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            action = _TABLE_KEYS.get((modifiers, event.key()))  # key() is an int, maybe no Qt.Key
            if action and self.table.state() != QTableView.State.EditingState:
                getattr(self, action)()
                return True
        return super().eventFilter(watched, event)

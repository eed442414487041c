"""The detail pane of the agenda editor: one stage's texts and settings.

It only shows a stage and reports edits (``edited`` at once for choices, ``typed`` for text,
after a pause in typing, on leaving a field, or on :meth:`flush`); it never stores anything.
"""

from __future__ import annotations

import itertools
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.quick_view import StageRow
from app.run_events import AtZero

if TYPE_CHECKING:
    from app.models import Stage
from ui.agenda_model import KIND_LABELS, MinutesSpinBox, kind_label, minutes_to_seconds

# Pause in typing after which instructions and prompts are stored (leaving the field stores
# at once): often enough that nothing is lost, rarely enough that undo steps stay meaningful.
TEXT_COMMIT_MS = 400

# What the detail pane shows when no stage is selected.
_BLANK = StageRow(
    uuid.UUID(int=0), uuid.UUID(int=0), 0, "custom", "", 0, "", [], 0, False, "hold", True
)
AT_ZERO_CHOICES = tuple(str(choice) for choice in AtZero)


def parse_prompts(text: str) -> list[str]:
    """One prompt per non-blank line, as the service stores them."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class StageForm(QGroupBox):
    """The selected stage's texts and settings. Emits what the facilitator changed; stores nothing.

    ``edited(field, value)`` comes at once for choices (kind, warning, at zero, chimes).
    ``typed(values)`` carries typed text, read all at once, when the title's editing finishes,
    after a pause in typing, when a text field loses focus, or on :meth:`flush`.
    """

    edited = Signal(str, object)
    typed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage: Stage | None = None
        self._loading = False  # while filled from a stage: the widgets' signals are no edits
        self._timer = QTimer(self, singleShot=True, interval=TEXT_COMMIT_MS)
        self._timer.timeout.connect(lambda: self._emit_typed("instructions", "prompts"))
        self.title_edit = QLineEdit()
        self.title_edit.editingFinished.connect(lambda: self._emit_typed("title"))
        self.kind_combo = QComboBox()
        for kind in KIND_LABELS:
            self.kind_combo.addItem("", kind)
        self.instructions_edit = QPlainTextEdit(tabChangesFocus=True)
        self.prompts_edit = QPlainTextEdit(tabChangesFocus=True)
        self.warning_spin = MinutesSpinBox(0, 60)
        self.warning_spin.setSingleStep(0.5)
        self.warning_spin.setKeyboardTracking(False)  # one edit per value, not per keystroke
        self.at_zero_combo = QComboBox()
        for choice in AT_ZERO_CHOICES:
            self.at_zero_combo.addItem("", choice)
        self.chimes_check = QCheckBox()
        for text_edit in (self.instructions_edit, self.prompts_edit):
            text_edit.textChanged.connect(self._on_text_changed)
            text_edit.installEventFilter(self)
        for combo, name in ((self.kind_combo, "kind"), (self.at_zero_combo, "at_zero")):
            combo.currentIndexChanged.connect(
                lambda _=0, c=combo, n=name: self._emit_edited(n, c.currentData())
            )
        self.warning_spin.valueChanged.connect(
            lambda value: self._emit_edited("warning_seconds", minutes_to_seconds(value))
        )
        self.chimes_check.toggled.connect(lambda on: self._emit_edited("chimes", on))
        self.fields: list[QWidget] = [self.title_edit, self.kind_combo, self.instructions_edit]
        self.fields += [self.prompts_edit, self.warning_spin, self.at_zero_combo]
        self.form = QFormLayout(self)
        # Labels above their fields: the instructions get the pane's full width to be read.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for field in self.fields:
            self.form.addRow(QLabel(), field)
        self.form.addRow(self.chimes_check)
        for first, second in itertools.pairwise([*self.fields, self.chimes_check]):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Stage details"))
        texts = [self.tr("Title"), self.tr("Kind"), self.tr("Instructions")]
        texts += [self.tr("Prompts (one per line)"), self.tr("Warning (minutes before the end)")]
        texts += [self.tr("At zero")]
        for field, text in zip(self.fields, texts, strict=True):
            label = self.form.labelForField(field)
            assert isinstance(label, QLabel)
            label.setText(text)
            label.setBuddy(field)
            field.setAccessibleName(text)
        for row, kind in enumerate(KIND_LABELS):
            self.kind_combo.setItemText(row, kind_label(kind))
        self.at_zero_combo.setItemText(0, self.tr("Hold at zero"))
        self.at_zero_combo.setItemText(1, self.tr("Move on to the next stage"))
        self.chimes_check.setText(self.tr("Play chimes"))
        self.chimes_check.setAccessibleName(self.tr("Play chimes"))

    def show_stage(self, stage: Stage | None) -> None:
        """Fill the fields. Those already showing the stored value are left alone, so a store
        while the facilitator is typing does not move the cursor."""
        if stage is None or self.stage is None or stage.id != self.stage.id:
            self._timer.stop()  # typing for another stage was flushed before, or is dropped
        self.stage = stage
        self.setEnabled(stage is not None)
        shown = stage or _BLANK
        self._loading = True
        try:
            if self.title_edit.text().strip() != shown.title:
                self.title_edit.setText(shown.title)
            if self.instructions_edit.toPlainText() != shown.instructions:
                self.instructions_edit.setPlainText(shown.instructions)
            if parse_prompts(self.prompts_edit.toPlainText()) != list(shown.prompts):
                self.prompts_edit.setPlainText("\n".join(shown.prompts))
            if self.kind_combo.findData(shown.kind) < 0:  # a kind from a newer template
                self.kind_combo.addItem(shown.kind, shown.kind)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(shown.kind))
            self.warning_spin.setValue(shown.warning_seconds / 60)
            self.at_zero_combo.setCurrentIndex(self.at_zero_combo.findData(shown.at_zero))
            self.chimes_check.setChecked(shown.chimes)
        finally:
            self._loading = False

    def flush(self) -> None:
        """Emit every typed text now, typing still waiting for its pause included."""
        # The title last: it is the one that can be refused, and its error must stay visible
        # (a stored change clears the error line).
        self._emit_typed("instructions", "prompts", "title")

    def _emit_edited(self, field: str, value: Any) -> None:
        if not self._loading and self.stage is not None:
            self.edited.emit(field, value)

    def _emit_typed(self, *fields: str) -> None:
        # All read before any is stored: storing one re-reads the agenda into these fields.
        if self._loading or self.stage is None:
            return
        if "instructions" in fields:
            self._timer.stop()
        values = {
            "title": self.title_edit.text().strip(),
            "instructions": self.instructions_edit.toPlainText(),
            "prompts": parse_prompts(self.prompts_edit.toPlainText()),
        }
        self.typed.emit({field: values[field] for field in fields})

    def _on_text_changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:  # the plain text edits have no editingFinished
            self._emit_typed("instructions", "prompts")
        return super().eventFilter(watched, event)

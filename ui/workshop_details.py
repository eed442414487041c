"""The workshop's own facts (title, date, venue, facilitator, language, notes), edited in place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.errors import UserError

if TYPE_CHECKING:
    from app.models import Workshop


class WorkshopDetails(QWidget):
    """A form; emits :attr:`edited` with the changed fields when one is left."""

    edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workshop: Workshop | None = None
        self.title = QLineEdit()
        self.no_date = QCheckBox()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.venue = QLineEdit()
        self.facilitator = QLineEdit()
        self.language = QComboBox()
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(120)
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.hide()

        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(self.no_date)
        self._form = QFormLayout(self)
        self._labels = [QLabel() for _ in range(6)]
        for label, field in zip(
            self._labels,
            (self.title, when, self.venue, self.facilitator, self.language, self.notes),
            strict=True,
        ):
            self._form.addRow(label, field)
        self._form.addRow(self.error)

        self.title.editingFinished.connect(lambda: self._emit(title=self.title.text()))
        self.venue.editingFinished.connect(lambda: self._emit(venue=self.venue.text()))
        self.facilitator.editingFinished.connect(
            lambda: self._emit(facilitator=self.facilitator.text())
        )
        self.date.editingFinished.connect(self._emit_date)
        self.no_date.toggled.connect(self._emit_date)
        self.language.activated.connect(lambda _i: self._emit(language=self.language.currentData()))
        self.notes.installEventFilter(self)
        self.retranslate()
        self.set_workshop(None)

    def retranslate(self) -> None:
        texts = (
            self.tr("Title"),
            self.tr("Date"),
            self.tr("Venue"),
            self.tr("Facilitator"),
            self.tr("Language of the room"),
            self.tr("Notes"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.no_date.setText(self.tr("No date yet"))
        for widget, label in zip(
            (self.title, self.date, self.venue, self.facilitator, self.language, self.notes),
            texts,
            strict=True,
        ):
            widget.setAccessibleName(label)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self._emit(notes=self.notes.toPlainText())
        return False

    def set_workshop(self, workshop: Workshop | None) -> None:
        self._workshop = None  # no signals while filling
        self.setEnabled(workshop is not None)
        self.error.hide()
        w = workshop
        self.title.setText(w.title if w else "")
        has_date = bool(w and w.date)
        self.no_date.setChecked(not has_date)
        self.date.setEnabled(has_date)
        if w and w.date:
            self.date.setDate(QDate(w.date.year, w.date.month, w.date.day))
        self.venue.setText(w.venue if w else "")
        self.facilitator.setText(w.facilitator if w else "")
        self.language.setCurrentIndex(max(0, self.language.findData(w.language if w else "ja")))
        self.notes.setPlainText(w.notes if w else "")
        self._workshop = workshop

    def show_error(self, error: UserError) -> None:
        self.error.setText(f"{error.message} {error.advice}".strip())
        self.error.show()

    def _emit_date(self) -> None:
        self.date.setEnabled(not self.no_date.isChecked())
        value = None if self.no_date.isChecked() else self.date.date().toPython()
        self._emit(date=value)

    def _emit(self, **changes: Any) -> None:
        w = self._workshop
        if w is None:
            return
        changed = {k: v for k, v in changes.items() if getattr(w, k) != v}
        if changed:
            self.error.hide()
            self.edited.emit(changed)

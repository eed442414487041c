"""The workshop's own facts (title, date, venue, facilitator, language, notes, how long the
personal data is kept), edited in place."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.errors import UserError
from ui.i18n import user_error_text

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
        self.retain = QCheckBox()
        self.retain_until = QDateEdit()
        self.retain_until.setCalendarPopup(True)
        self.retain_until.setDisplayFormat("yyyy-MM-dd")
        self.anonymized_note = QLabel()
        self.anonymized_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.hide()

        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(self.no_date)
        retention = QHBoxLayout()
        retention.addWidget(self.retain)
        retention.addWidget(self.retain_until, 1)
        self._form = QFormLayout(self)
        self._labels = [QLabel() for _ in range(7)]
        fields: tuple[QWidget | QLayout, ...] = (
            self.title, when, self.venue, self.facilitator, self.language, self.notes, retention
        )  # fmt: skip
        for label, field in zip(self._labels, fields, strict=True):
            self._form.addRow(label, field)
        self._form.addRow(self.anonymized_note)
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
        self.retain.toggled.connect(self._emit_retention)
        self.retain_until.editingFinished.connect(self._emit_retention)
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
            self.tr("Personal data"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.no_date.setText(self.tr("No date yet"))
        self.retain.setText(self.tr("Offer to anonymise it after"))
        self.retain.setToolTip(
            self.tr(
                "After this date Ippo offers to replace names by P01, P02, … and to erase the "
                "experience texts, keeping only what the anonymised summary needs."
            )
        )
        self.anonymized_note.setText(
            self.tr("The personal data of this workshop was anonymised: names are P01, P02, …")
        )
        for widget, name in zip(
            (self.title, self.date, self.venue, self.facilitator, self.language, self.notes,
             self.retain_until),
            texts,
            strict=True,
        ):  # fmt: skip
            widget.setAccessibleName(name)

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
        keep = w.retain_until if w else None
        self.retain.setChecked(keep is not None)
        self.retain_until.setEnabled(keep is not None)
        if keep is not None:
            self.retain_until.setDate(QDate(keep.year, keep.month, keep.day))
        elif w is not None:  # a sensible first value when the box is ticked: a year after
            start = w.date or dt.date.today()
            self.retain_until.setDate(QDate(start.year + 1, start.month, min(start.day, 28)))
        self.anonymized_note.setVisible(bool(w and w.anonymized))
        self.retain.setVisible(not (w and w.anonymized))
        self.retain_until.setVisible(not (w and w.anonymized))
        self._workshop = workshop

    def show_error(self, error: UserError) -> None:
        self.error.setText(" ".join(t for t in user_error_text(error) if t))
        self.error.show()

    def _emit_date(self) -> None:
        self.date.setEnabled(not self.no_date.isChecked())
        value = None if self.no_date.isChecked() else self.date.date().toPython()
        self._emit(date=value)

    def _emit_retention(self) -> None:
        self.retain_until.setEnabled(self.retain.isChecked())
        value = self.retain_until.date().toPython() if self.retain.isChecked() else None
        self._emit(retain_until=value)

    def _emit(self, **changes: Any) -> None:
        w = self._workshop
        if w is None:
            return
        changed = {k: v for k, v in changes.items() if getattr(w, k) != v}
        if changed:
            self.error.hide()
            self.edited.emit(changed)

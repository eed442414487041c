"""The New workshop dialog: a template, a title, and the day's facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

if TYPE_CHECKING:
    from app.template_model import WorkshopTemplate


@dataclass(frozen=True)
class NewWorkshopRequest:
    template: WorkshopTemplate
    title: str
    date: dt.date | None
    venue: str
    facilitator: str
    language: str


class NewWorkshopDialog(QDialog):
    def __init__(
        self,
        templates: list[WorkshopTemplate],
        language: str = "ja",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.templates = templates
        self.template = QComboBox()
        for template in templates:
            label = template.title.get(language) or template.title.get("ja") or template.id
            self.template.addItem(label, template.id)
        # The facilitator's own defaults (Settings), when the parent window has them.
        settings = getattr(parent, "settings", None)
        wanted = getattr(settings, "default_template", "") or "workshop-90"
        default = self.template.findData(wanted)
        if default < 0:
            default = self.template.findData("workshop-90")
        self.template.setCurrentIndex(max(default, 0))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Career workshop for new managers"))
        self.date = QDateEdit(QDate.currentDate().addDays(7))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.venue = QLineEdit()
        self.facilitator = QLineEdit(getattr(settings, "facilitator", ""))
        self.language = QComboBox()
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._update_ok)
        form = QFormLayout(self)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Facilitator"), self.facilitator)
        form.addRow(self.tr("Language of the room"), self.language)
        form.addRow(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def request(self) -> NewWorkshopRequest:
        chosen = next(t for t in self.templates if t.id == self.template.currentData())
        return NewWorkshopRequest(
            template=chosen,
            title=self.title.text(),
            date=self.date.date().toPython(),  # type: ignore[arg-type]
            venue=self.venue.text(),
            facilitator=self.facilitator.text(),
            language=str(self.language.currentData()),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, templates: list[WorkshopTemplate]
    ) -> NewWorkshopRequest | None:
        """The seam tests replace: shows the dialog, returns the request or ``None``."""
        dialog = cls(templates, parent=parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None

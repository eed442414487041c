"""Adding or editing one participant: the name exactly as the person writes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

if TYPE_CHECKING:
    from app.models import Participant

FIELDS = ("name", "reading", "department", "employee_code", "email", "print_name")


class PersonDialog(QDialog):
    def __init__(self, person: Participant | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit participant") if person else self.tr("Add participant"))
        self.edits = {
            field: QLineEdit(getattr(person, field, "") if person else "") for field in FIELDS
        }
        labels = (
            self.tr("Name"),
            self.tr("Reading"),
            self.tr("Department"),
            self.tr("Employee code"),
            self.tr("E-mail"),
            self.tr("Print name"),
        )
        form = QFormLayout(self)
        for field, label in zip(FIELDS, labels, strict=True):
            self.edits[field].setAccessibleName(label)
            form.addRow(label, self.edits[field])
        hint = QLabel(
            self.tr(
                "The name is kept exactly as typed. Print name: what the sheet prints instead, "
                "when a character cannot be printed or the person prefers it."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.edits["name"].textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ok.setEnabled(bool(self.edits["name"].text().strip()))

    def values(self) -> dict[str, str]:
        return {field: edit.text() for field, edit in self.edits.items()}

    @classmethod
    def ask(cls, parent: QWidget | None, person: Participant | None) -> dict[str, str] | None:
        """The seam tests replace."""
        dialog = cls(person, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @staticmethod
    def ask_remove(parent: QWidget | None, name: str) -> str | None:
        """``"withdraw"`` (keep the worksheet), ``"erase"`` (with the worksheet), or None."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("PersonDialog", "Remove participant"))
        box.setText(
            QCoreApplication.translate("PersonDialog", "Remove 「%1」 from the list?").replace(
                "%1", name
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "PersonDialog",
                "Keep the worksheet: the person leaves the list, groups and printing; what they "
                "wrote stays in the store. Erase: everything about the person is deleted, also "
                "from Ippo's backups on this computer. Files you exported or printed before are "
                "not touched: delete them yourself.",
            )
        )
        keep = box.addButton(
            QCoreApplication.translate("PersonDialog", "Remove, keep the worksheet"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        erase = box.addButton(
            QCoreApplication.translate("PersonDialog", "Erase everything about them"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "withdraw" if clicked is keep else "erase" if clicked is erase else None

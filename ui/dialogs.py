"""Every modal question the app asks, each behind one seam that tests replace (pytest-qt's
advice: no test waits for a modal with a timer)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import UserError
from ui.i18n import user_error_text

if TYPE_CHECKING:
    from app.paths import DataDir


class Dialogs:
    """The seams. Tests monkeypatch these static methods."""

    @staticmethod
    def error(parent: QWidget | None, title: str, message: str, advice: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=parent)
        if advice:
            box.setInformativeText(advice)
        box.exec()

    @staticmethod
    def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    @staticmethod
    def info(parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @staticmethod
    def about(parent: QWidget | None, data_dir: DataDir) -> None:
        from ui.about_dialog import AboutDialog

        dialog = AboutDialog(data_dir, parent)
        dialog.exec()
        dialog.deleteLater()


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    """A user error as a dialog: what happened, and what to do, in the running language."""
    message, advice = user_error_text(error)
    Dialogs.error(parent, QCoreApplication.translate("Dialogs", "Ippo"), message, advice)


class SaveDialogs:
    """Where to save a document; tests replace it."""

    @staticmethod
    def pdf_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        safe = "".join("_" if c in '<>:"/\\|?*' else c for c in suggested)
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, title, str(Path(folder) / safe), "PDF (*.pdf)"
        )
        return Path(chosen) if chosen else None

"""The facilitator's PIN for a kiosk session, chosen when the kiosk opens (issue 7 will keep
one in the settings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

MIN_DIGITS = 4


class KioskPin:
    """The seam tests replace."""

    @staticmethod
    def choose(parent: QWidget | None) -> str | None:
        """Ask for a PIN of at least four digits; None when cancelled."""
        prompt = QCoreApplication.translate(
            "KioskPin", "Choose a PIN (at least 4 digits). You need it to leave the kiosk."
        )
        while True:
            pin, ok = QInputDialog.getText(
                parent,
                QCoreApplication.translate("KioskPin", "Kiosk"),
                prompt,
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            if pin.isascii() and pin.isdigit() and len(pin) >= MIN_DIGITS:
                return pin
            prompt = QCoreApplication.translate(
                "KioskPin", "The PIN needs at least 4 digits (0–9). Choose a PIN:"
            )

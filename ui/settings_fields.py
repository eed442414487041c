"""The small widgets the Settings pages are made of, and the values and checks behind them.

Each setting has a getter and a setter (:data:`Getter`, :data:`Setter`), so loading, Apply and
"Restore defaults" go through one table (:attr:`ui.settings_dialog.SettingsDialog.controls`);
:func:`combo_value` makes the pair for a combo box whose items carry the values. The widgets
are made without texts (those come with ``retranslate()``), a colour shows as a swatch beside
its code, and :func:`font_problem` says why printing cannot use a font file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QWidget,
)

from ui.i18n import fill

SWATCH = (28, 18)
# The first bytes of font files printing can use (ReportLab reads TrueType outlines only).
TRUETYPE_MAGIC = (b"\x00\x01\x00\x00", b"true", b"ttcf")

Getter = Callable[[], Any]
Setter = Callable[[Any], None]


def font_problem(path: Path) -> str:
    """Why printing cannot use the font file ``path`` ("" when it can)."""
    try:
        with path.open("rb") as file:
            magic = file.read(4)
    except OSError as error:
        text = QCoreApplication.translate("SettingsDialog", "%1 cannot be read (%2).")
        return fill(text, path.name, error.strerror or error)
    if magic not in TRUETYPE_MAGIC:
        text = QCoreApplication.translate(
            "SettingsDialog", "%1 is not a TrueType font, which printing needs (.ttf or .ttc)."
        )
        return fill(text, path.name)
    return ""


def combo_box(values: Sequence[str]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(value, value)  # texts for people come with retranslate()
    return combo


def combo_value(combo: QComboBox) -> tuple[Getter, Setter]:
    return combo.currentData, lambda value: pick(combo, value)


def pick(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def spin_box(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a number, not a line
    return spin


def hbox(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 1 if isinstance(widget, QSlider | QListWidget) else 0)
    return row


def note_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(*SWATCH)
    pixmap.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#5f6b78"))
    painter.drawRect(0, 0, SWATCH[0] - 1, SWATCH[1] - 1)
    painter.end()
    return QIcon(pixmap)

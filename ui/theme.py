"""The app's look: qt-material with the bundled Japanese font.

qt-material bundles Roboto only (no Japanese), so the font family is passed in ``extra``; its
generated icons go into Ippo's own cache folder, not ``~/.qt_material`` (see gotchas).
"""

from __future__ import annotations

from pathlib import Path

import PySide6.QtWidgets  # noqa: F401  (qt_material picks the binding from sys.modules)
from PySide6.QtWidgets import QApplication

from ui.fonts import UI_FAMILY

THEMES = {"light": "light_blue.xml", "dark": "dark_blue.xml"}


def apply_theme(app: QApplication, cache_dir: Path, theme: str = "light") -> None:
    """Apply the app theme (``light`` or ``dark``)."""
    from qt_material import apply_stylesheet

    cache_dir.mkdir(parents=True, exist_ok=True)
    apply_stylesheet(
        app,
        theme=THEMES.get(theme, THEMES["light"]),
        invert_secondary=theme != "dark",
        extra={"font_family": UI_FAMILY, "font_size": "14px", "density_scale": "-1"},
        parent=str(cache_dir.resolve() / "qt_material"),
    )

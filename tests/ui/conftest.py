"""UI fixtures: one QApplication with Ippo's fonts, Japanese and theme, as the app has them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui.fonts import register_fonts
from ui.i18n import install_language
from ui.theme import apply_theme


@pytest.fixture(scope="session", autouse=True)
def ippo_qapp(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> QApplication:
    register_fonts()
    install_language("ja")
    apply_theme(qapp, tmp_path_factory.mktemp("theme-cache"))
    return qapp


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where a test may save screenshots (look at them when a layout changes)."""
    folder = tmp_path / "shots"
    folder.mkdir()
    return folder

"""UI fixtures: one QApplication with Ippo's fonts, Japanese and theme, as the app has them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui import tones
from ui.fonts import register_fonts
from ui.i18n import install_language
from ui.theme import apply_theme


@pytest.fixture(scope="session")
def theme_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("theme-cache")


@pytest.fixture(scope="session", autouse=True)
def ippo_qapp(qapp: QApplication, theme_cache: Path) -> QApplication:
    register_fonts()
    install_language("ja")
    apply_theme(qapp, theme_cache)
    return qapp


@pytest.fixture(autouse=True)
def _light_theme_again(ippo_qapp: QApplication, theme_cache: Path) -> Iterator[None]:
    """A test that switches to the dark theme leaves the light one behind for the next."""
    stylesheet = ippo_qapp.styleSheet()
    yield
    if tones.current() is not tones.LIGHT or ippo_qapp.styleSheet() != stylesheet:
        apply_theme(ippo_qapp, theme_cache, "light")


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where a test may save screenshots (look at them when a layout changes)."""
    folder = tmp_path / "shots"
    folder.mkdir()
    return folder

"""Switching the app theme with the main window open: quick (bench/switching.py) and exact —
a switched window paints the same pixels as one opened under the new theme."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.demo import create_demo
from app.store import Store
from app.template_model import WorkshopTemplate
from app.templates import load_templates
from ui.main_window import MainWindow
from ui.theme import apply_theme


@pytest.fixture
def cache(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("switch-theme")
    yield folder
    apply_theme(qapp, folder, "light")  # the session's theme for the other tests


def _open(qtbot: QtBot, store: Store, workshop_id: int) -> MainWindow:
    window = MainWindow(store, *load_templates(None))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.refresh_list(select=workshop_id)
    return window


def _tabs(app: QApplication, window: MainWindow) -> list[QImage]:
    """Every tab of the window as painted, the first one last (as left by the user)."""
    images = []
    for index in [*range(1, window.tabs.count()), 0]:
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        images.append(window.grab().toImage())
    return images


def test_a_switched_window_looks_like_one_opened_in_that_theme(
    qtbot: QtBot, qapp: QApplication, store: Store, template_90: WorkshopTemplate, cache: Path
) -> None:
    demo = create_demo(store, template_90, participants=6)
    apply_theme(qapp, cache, "light")
    switched = _open(qtbot, store, demo.id)
    light = _tabs(qapp, switched)  # every tab built and styled in the light theme
    apply_theme(qapp, cache, "dark")
    dark = _tabs(qapp, switched)
    apply_theme(qapp, cache, "light")
    assert _tabs(qapp, switched) == light  # back where it started, to the pixel
    apply_theme(qapp, cache, "dark")
    assert _tabs(qapp, switched) == dark
    assert all(a != b for a, b in zip(light, dark, strict=True))
    switched.close()
    fresh = _tabs(qapp, _open(qtbot, store, demo.id))
    assert [a == b for a, b in zip(dark, fresh, strict=True)] == [True] * len(fresh)

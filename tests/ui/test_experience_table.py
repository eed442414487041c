"""The experience table: headings never cut, columns sharing the width, tints painted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.worksheets import SOFT_LIMITS
from ui import tones
from ui.experience_table import ENERGY, ExperienceTable
from ui.i18n import install_language


@pytest.fixture
def table(qtbot: QtBot) -> ExperienceTable:
    widget = ExperienceTable()
    qtbot.addWidget(widget)
    long = "準" * (SOFT_LIMITS["experience"] + 1)
    widget.model.set_items([
        {"when": "2019年", "what": "新人研修の企画", "energy": 2},
        {"when": "2021年", "what": "提案に負けた", "energy": -2, "why": long},
    ])  # fmt: skip
    widget.show()
    return widget


def _sections(table: ExperienceTable) -> list[int]:
    header = table.view.horizontalHeader()
    return [header.sectionSize(column) for column in range(header.count())]


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("width", [420, 640, 1200])
def test_no_heading_is_cut_at_any_width(table: ExperienceTable, width: int, language: str) -> None:
    install_language(language)
    try:
        table.resize(width, 400)
        QApplication.processEvents()
        header = table.view.horizontalHeader()
        metrics = header.fontMetrics()
        hints = [header.sectionSizeHint(column) for column in range(header.count())]
        texts = [str(table.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(6)]
        # the theme draws headings in capitals (WHAT I LEARNED), wider than Qt's hint measures
        hints = [hint + max(0, metrics.horizontalAdvance(t.upper()) - metrics.horizontalAdvance(t))
                 for hint, t in zip(hints, texts, strict=True)]  # fmt: skip
        assert all(size >= hint for size, hint in zip(_sections(table), hints, strict=True))
        fits = sum(hints) <= table.view.viewport().width()
        # where the headings fit, the columns fill the table and nothing scrolls sideways
        assert table.view.horizontalScrollBar().maximum() == 0 or not fits
        if fits:
            assert sum(_sections(table)) == table.view.viewport().width()
    finally:
        install_language("ja")


def test_free_text_columns_get_the_room(table: ExperienceTable) -> None:
    table.resize(1400, 400)
    QApplication.processEvents()
    when, what, role, energy, why, learned = _sections(table)
    assert what > role > energy and why == learned and why > when


def test_energy_tints_and_the_over_limit_highlight_are_painted(table: ExperienceTable) -> None:
    table.resize(1000, 400)
    QApplication.processEvents()
    view = table.view
    image = view.viewport().grab().toImage()

    def pixel(row: int, column: int) -> str:
        rect = view.visualRect(table.model.index(row, column))
        return image.pixelColor(rect.topLeft() + QPoint(3, 3)).name()

    current = tones.current()
    assert pixel(0, ENERGY) == current.energy[2]
    assert pixel(1, ENERGY) == current.energy[-2]
    assert len(table.model.items()[1]["why"]) > SOFT_LIMITS["experience"]
    assert pixel(1, 4) == current.over_limit
    assert pixel(0, 4) not in {current.over_limit, *current.energy.values()}

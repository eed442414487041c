"""The app's meaningful colours: readable in both app themes, and following a theme switch."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ui import tones
from ui.contrast import AA_GRAPHICS, AA_TEXT, contrast
from ui.theme import apply_theme
from ui.tones import DARK, LIGHT, TONES, Tones, set_tone

UI = Path(__file__).resolve().parents[2] / "ui"


@pytest.fixture
def cache(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("tones-theme")
    yield folder
    apply_theme(qapp, folder, "light")  # the session's theme for the other tests


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
def test_every_text_colour_reaches_4_5_to_1_where_it_is_shown(theme: Tones) -> None:
    texts = {name: getattr(theme, name) for name in TONES}
    texts |= {f"phase {phase}": color for phase, color in theme.phases.items()}
    too_low = [(name, color, background, round(contrast(color, background), 2))
               for name, color in texts.items() for background in theme.backgrounds
               if contrast(color, background) < AA_TEXT]  # fmt: skip
    tinted = {"panel": theme.panel, "notice": theme.notice, "over limit": theme.over_limit}
    tinted |= {f"energy {value}": color for value, color in theme.energy.items()}
    too_low += [(name, theme.text, color, round(contrast(theme.text, color), 2))
                for name, color in tinted.items()
                if contrast(theme.text, color) < AA_TEXT]  # fmt: skip
    assert too_low == []


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
def test_borders_and_tints_can_be_seen(theme: Tones) -> None:
    """A card's or notice's border stands out (3:1, WCAG 1.4.11); energy tints differ from
    the background and from each other, so +2 and −2 do not look alike."""
    field = theme.backgrounds[0]
    assert contrast(theme.card_border, field) >= AA_GRAPHICS
    assert contrast(theme.notice_border, field) >= AA_GRAPHICS
    tints = list(theme.energy.values())
    assert len(set(tints)) == 4 and field not in tints and theme.text not in tints


def test_a_toned_label_changes_colour_with_the_theme(
    qtbot: QtBot, qapp: QApplication, cache: Path
) -> None:
    label = QLabel("ヒント")
    label.setStyleSheet("font-size: 12px;")  # its own sheet sizes it; the tone colours it
    qtbot.addWidget(label)
    set_tone(label, "muted")
    label.show()

    def color() -> str:
        return label.palette().color(QPalette.ColorRole.WindowText).name()

    apply_theme(qapp, cache, "light")
    assert color() == LIGHT.muted and tones.current() is LIGHT
    apply_theme(qapp, cache, "dark")
    assert color() == DARK.muted and tones.current() is DARK
    set_tone(label, "error")
    assert color() == DARK.error
    set_tone(label, None)
    assert color() not in {getattr(DARK, name) for name in TONES}
    assert label.font().pixelSize() == 12


def test_the_console_clock_takes_its_phase_colour(
    qtbot: QtBot, qapp: QApplication, cache: Path
) -> None:
    clock = QLabel("05:00")
    clock.setStyleSheet("font-size: 96px; font-weight: bold;")  # as the console's clock
    qtbot.addWidget(clock)
    set_tone(clock, "calm", name="phase")
    clock.show()
    for theme in (DARK, LIGHT):
        apply_theme(qapp, cache, theme.name)
        image = clock.grab().toImage()
        painted = {image.pixelColor(x, y).name() for x in range(image.width())
                   for y in range(image.height())}  # fmt: skip
        assert theme.phases["calm"] in painted  # type: ignore[index]


def _style_strings() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(UI.glob("*.py")):
        if path.name.startswith("projector") or path.name in {"tones.py", "focus_style.py"}:
            continue  # the projector has its own themes; these two build the rules
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((path.name, node.lineno, node.value))
    return found


def test_no_window_fixes_a_text_colour_without_its_background() -> None:
    """A text colour written for one theme is what made the dark theme unreadable: only a
    box that sets its own background may set its text colour."""
    fixed = [(name, line, text) for name, line, text in _style_strings()
             if "color:" in text.replace("background-color:", "")
             and "background" not in text]  # fmt: skip
    assert fixed == []

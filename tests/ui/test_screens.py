"""Choosing the projector screen: the rule in-process, and real screens in a subprocess.

The offscreen platform describes its screens in a JSON file (``offscreen:configfile=...``,
read by qtbase's ``qoffscreenintegration.cpp``); Qt can only be given it at start, hence the
subprocess. That plugin adds screens sorted by name, so the alphabetically first one
("Laptop") is the primary.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.screens import choose_projector_screen

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = ROOT / "tests" / "data" / "screens"

PROBE = r"""
import json, sys
from PySide6.QtWidgets import QApplication, QWidget
from ui.screens import choose_projector_screen, describe_screens, place_fullscreen

app = QApplication([])
preferred = sys.argv[1] or None
screens = app.screens()
target = choose_projector_screen(screens, app.primaryScreen(), preferred)
result = {
    "screens": [info.__dict__ for info in describe_screens(app)],
    "chosen": target.name() if target else None,
}
if target is not None:
    window = QWidget()
    place_fullscreen(window, target)
    app.processEvents()
    g = window.geometry()
    result["window"] = {
        "geometry": [g.x(), g.y(), g.width(), g.height()],
        "screen": window.screen().name(),
        "full_screen": window.isFullScreen(),
    }
    window.close()
print(json.dumps(result))
"""


def _probe(config: str, preferred: str = "") -> dict:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={CONFIGS / config}"
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, preferred],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


class FakeScreen:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


def test_the_preferred_screen_wins_then_the_first_that_is_not_primary() -> None:
    laptop, hdmi, usb = FakeScreen("eDP-1"), FakeScreen("HDMI-1"), FakeScreen("DP-2")
    screens = [laptop, hdmi, usb]
    assert choose_projector_screen(screens, laptop, "DP-2") is usb  # type: ignore[arg-type]
    assert choose_projector_screen(screens, laptop, None) is hdmi  # type: ignore[arg-type]
    # The preferred screen unplugged since last time: fall back to the rule.
    assert choose_projector_screen(screens, laptop, "VGA-1") is hdmi  # type: ignore[arg-type]
    # The facilitator may even choose the laptop's own screen (a mirrored setup).
    assert choose_projector_screen(screens, laptop, "eDP-1") is laptop  # type: ignore[arg-type]


def test_one_screen_has_no_projector_screen() -> None:
    laptop = FakeScreen("eDP-1")
    assert choose_projector_screen([laptop], laptop, None) is None  # type: ignore[list-item]
    assert choose_projector_screen([], None, "HDMI-1") is None


@pytest.mark.slow
def test_two_screens_the_projector_goes_full_screen_on_the_second() -> None:
    result = _probe("two.json")
    assert result["screens"] == [
        {"name": "Laptop", "width": 1920, "height": 1080, "dpr": 1.0, "primary": True},
        {"name": "Projector", "width": 1280, "height": 720, "dpr": 1.0, "primary": False},
    ]
    assert result["chosen"] == "Projector"
    window = result["window"]
    assert window["screen"] == "Projector"
    assert window["geometry"] == [1920, 0, 1280, 720]
    assert window["full_screen"] is True


@pytest.mark.slow
def test_two_screens_a_preferred_name_is_honoured() -> None:
    result = _probe("two.json", preferred="Laptop")
    assert result["chosen"] == "Laptop"
    assert result["window"]["geometry"] == [0, 0, 1920, 1080]


@pytest.mark.slow
def test_one_real_screen_gives_none() -> None:
    result = _probe("one.json", preferred="Projector")
    assert result["chosen"] is None
    assert "window" not in result
    assert [s["name"] for s in result["screens"]] == ["Laptop"]

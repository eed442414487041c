"""Nothing clipped at 100, 125, 150 and 200 % scaling, in Japanese and in English.

Each factor needs its own process (``QT_SCALE_FACTOR`` is read when the QApplication is made):
``tests/ui/scaling_probe.py`` lays every window out there and reports what does not fit; the
four run side by side. The check itself is first shown to catch what it should.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.helpers.clipping import clipped_texts

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "ui" / "scaling_probe.py"
SHOTS = Path("/tmp/ippo-shots")
FACTORS = (1.0, 1.25, 1.5, 2.0)
LANGUAGES = ("ja", "en")
LONG = "参加者の名前とふりがなを確認してください"

#: Clipping in files another session is editing, reported to the lead (remove once fixed):
#: the English note under "Summary report (PDF)" wraps to two lines and gets 26 of its 28 px.
ELSEWHERE: set[tuple[str, str]] = set()


def test_the_check_finds_what_is_cut_and_passes_what_fits(qtbot: QtBot) -> None:
    page = QWidget()
    column = QVBoxLayout(page)
    made: dict[str, QWidget] = {}
    for fits in (True, False):
        narrow = None if fits else 60
        label, wrapped = QLabel(LONG), QLabel(LONG + LONG)
        wrapped.setWordWrap(True)
        wrapped.setFixedWidth(200)
        if not fits:
            wrapped.setFixedHeight(16)  # two lines or more need 28 px and more
        button, check = QPushButton(LONG), QCheckBox(LONG)
        box = QGroupBox(LONG)
        QVBoxLayout(box).addWidget(QLabel("・"))
        for name, widget in (("label", label), ("wrapped", wrapped), ("button", button),
                             ("check", check), ("box", box)):  # fmt: skip
            widget.setObjectName(f"{name}-{'fits' if fits else 'cut'}")
            if narrow and name != "wrapped":
                widget.setFixedWidth(narrow)
            column.addWidget(widget)
            made[widget.objectName()] = widget
    window = QMainWindow()
    qtbot.addWidget(window)
    toolbar = QToolBar()
    toolbar.setObjectName("toolbar")
    window.addToolBar(toolbar)
    for number in range(8):
        toolbar.addAction(QAction(f"{LONG} {number}", window))
    window.setCentralWidget(page)
    window.resize(640, 700)
    window.show()
    qtbot.waitExposed(window)
    found = {c.name: c for c in clipped_texts(window, "test", (1280, 720))}
    cut = {name for name in made if name.endswith("-cut")}
    assert set(found) == cut | {"toolbar"}, found
    assert found["toolbar"].text.startswith(LONG)  # the last actions are out of sight
    window.resize(1400, 700)
    assert "(larger than the screen)" in {c.name for c in clipped_texts(window, "t", (1280, 720))}


@pytest.fixture(scope="module")
def probes(tmp_path_factory: pytest.TempPathFactory) -> dict[float, dict[str, Any]]:
    """Run the probe once per factor, all at once (each in its own process)."""
    folder = tmp_path_factory.mktemp("scaling")
    home = folder / "home"
    home.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT), HOME=str(home),
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))  # fmt: skip
    env.pop("IPPO_DATA_DIR", None)
    running = {}
    for factor in FACTORS:
        out = folder / f"{factor:g}.json"
        command = [sys.executable, str(PROBE), "--out", str(out), "--shots", str(SHOTS)]
        running[factor] = (out, subprocess.Popen(
            command, cwd=ROOT, env={**env, "QT_SCALE_FACTOR": str(factor)},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        ))  # fmt: skip
    results = {}
    for factor, (out, process) in running.items():
        output, _ = process.communicate(timeout=300)
        assert process.returncode == 0, output
        results[factor] = json.loads(out.read_text(encoding="utf-8"))
    return results


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("factor", FACTORS)
def test_nothing_is_clipped(
    probes: dict[float, dict[str, Any]], factor: float, language: str
) -> None:
    result = probes[factor]
    assert "error" not in result, result["error"]
    assert result["dpr"] == factor and result["screen"] == [1280, 720]
    seen = result["languages"][language]
    assert len(seen["checked"]) >= 25, seen["checked"]
    assert (SHOTS / f"scale-{factor:g}-{language}.png").stat().st_size > 10_000
    clipped = [
        c for c in seen["clipped"]
        if not any(c["where"] == where and c["text"].startswith(t) for where, t in ELSEWHERE)
    ]  # fmt: skip
    assert not clipped, json.dumps(clipped, ensure_ascii=False, indent=1)

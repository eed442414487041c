"""Every user-facing string has a Japanese translation with the same placeholders."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.paths import resources_dir

TS = resources_dir() / "translations" / "ippo_ja.ts"
QM = resources_dir() / "translations" / "ippo_ja.qm"
ROOT = Path(__file__).resolve().parents[2]


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_string_is_translated() -> None:
    missing = [
        f"{context}: {source!r}"
        for context, source, message in _messages()
        if (t := message.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not (t.text or "").strip()
    ]
    assert missing == []
    assert len(_messages()) > 100


def _holders(text: str) -> list[str]:
    return sorted(re.findall(r"%\d+", text))


def _core_literals() -> set[str]:
    """Every ``QT_TRANSLATE_NOOP("Core", "…")`` in the code: the core's messages (app/errors.py)."""
    found = set()
    for folder in ("app", "reports", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                    and isinstance(node.args[0], ast.Constant)
                    and node.args[0].value == "Core"
                ):
                    assert isinstance(node.args[1], ast.Constant), f"{path}:{node.lineno}"
                    found.add(node.args[1].value)
    return found


def test_placeholders_match() -> None:
    wrong = [
        f"{context}: {source!r}"
        for context, source, message in _messages()
        if _holders(source) != _holders(message.findtext("translation") or "")
    ]
    assert wrong == []


def test_every_core_message_has_a_finished_translation() -> None:
    """The core's errors reach the window translated: each marked template is in the
    catalogue, finished, with the same placeholders."""
    catalogue = {source: message for context, source, message in _messages() if context == "Core"}
    literals = _core_literals()
    wrong = []
    for source in sorted(literals):
        message = catalogue.get(source)
        translation = message.find("translation") if message is not None else None
        if translation is None:
            wrong.append(f"not in the .ts (run lupdate): {source!r}")
        elif translation.get("type") or not (translation.text or "").strip():
            wrong.append(f"unfinished: {source!r}")
        elif _holders(source) != _holders(translation.text or ""):
            wrong.append(f"placeholders differ: {source!r}")
    assert wrong == []
    assert len(literals) > 150


def test_the_compiled_catalogue_matches_the_source(tmp_path: Path) -> None:
    """``make translations`` was run after the last edit of the .ts (lrelease is repeatable)."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease comes with PySide6-Essentials"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes()

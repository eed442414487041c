"""Every user-facing string has a Japanese translation with the same placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.paths import resources_dir

TS = resources_dir() / "translations" / "ippo_ja.ts"
QM = resources_dir() / "translations" / "ippo_ja.qm"


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


def test_placeholders_match() -> None:
    def holders(text: str) -> list[str]:
        return sorted(re.findall(r"%\d+", text))

    wrong = [
        f"{context}: {source!r}"
        for context, source, message in _messages()
        if holders(source) != holders(message.findtext("translation") or "")
    ]
    assert wrong == []


def test_the_compiled_catalogue_matches_the_source(tmp_path: Path) -> None:
    """``make translations`` was run after the last edit of the .ts (lrelease is repeatable)."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease comes with PySide6-Essentials"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes()

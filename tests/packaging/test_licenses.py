"""The licence list shipped with the app (resources/licenses/THIRD-PARTY.md) covers every
runtime dependency at its installed version, with its licence text; it is what
``packaging/licenses.py`` writes from the installed distributions (rerun it after upgrading a
dependency)."""

from __future__ import annotations

import importlib.metadata as metadata
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"


def _load(name: str) -> ModuleType:
    path = ROOT / "packaging" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"ippo_packaging_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


licenses = _load("licenses")


def _listed() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Canonical name → (version, licence, texts), read as the About dialog reads it."""
    from ui.about_dialog import read_components

    return {
        licenses.canonical(c.name): (c.version, c.licence, c.texts)
        for c in read_components(licenses.LIST_FILE)
    }


def test_the_list_is_what_the_installed_distributions_say() -> None:
    assert licenses.stale() == [], "run: .venv/bin/python packaging/licenses.py"


def test_every_runtime_dependency_is_listed_at_its_version() -> None:
    listed = _listed()
    dependencies = licenses.runtime_distributions()
    names = {licenses.canonical(d.metadata["Name"]) for d in dependencies}
    # The closure follows requirements: Ippo's own, and theirs.
    expected = {"pyside6-essentials", "pyside6-addons", "shiboken6", "reportlab", "sqlmodel",
                "sqlalchemy", "pydantic", "alembic", "mako", "qt-material", "jinja2"}  # fmt: skip
    assert expected <= names
    assert "ippo" not in names
    assert not names & {"pytest", "pyinstaller", "mypy", "ruff"}, "no development tools"
    for dist in dependencies:
        key = licenses.canonical(dist.metadata["Name"])
        assert key in listed, key
        assert listed[key][0] == dist.version, key
    assert listed["qt"][0] == metadata.version("PySide6-Essentials")
    assert listed["python"][0] == ".".join(map(str, sys.version_info[:3]))


def test_every_component_has_a_licence_and_its_text() -> None:
    for name, (_version, licence, texts) in _listed().items():
        assert licence and licence != "see the licence text", name
        assert texts, name
        for text in texts:
            assert (RESOURCES / text).is_file(), (name, text)


def test_qt_points_at_the_lgpl_and_the_gpl_it_builds_on() -> None:
    listed = _listed()
    for name in ("qt", "pyside6-essentials", "pyside6-addons", "shiboken6"):
        assert listed[name][2] == ("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt"), name
    lgpl = (RESOURCES / "licenses" / "LGPL-3.0.txt").read_text(encoding="utf-8")
    gpl = (RESOURCES / "licenses" / "GPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl and "Version 3, 29 June 2007" in lgpl
    assert "GNU GENERAL PUBLIC LICENSE" in gpl and "Version 3, 29 June 2007" in gpl


def test_the_fonts_point_at_the_ipa_licence() -> None:
    fonts = next(v for k, v in _listed().items() if k.startswith("ipaex"))
    assert fonts[2] == ("fonts/IPA_Font_License_Agreement_v1.0.txt",)
    assert fonts[0] == "004.01"


def test_a_licence_file_keeps_the_distributions_own_words() -> None:
    text = (RESOURCES / "licenses" / "third-party" / "sqlalchemy.txt").read_text(encoding="utf-8")
    assert text.startswith(f"SQLAlchemy {metadata.version('SQLAlchemy')}")
    assert "Permission is hereby granted" in text  # MIT: the notice must travel with the copy

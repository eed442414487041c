"""What the frozen app carries (packaging/bundle.py, read by the spec): every resource folder
and migration is listed, nothing Ippo imports is excluded, and the Qt pruning keeps what the
window needs. Fast: reads lists and sources, builds nothing (the build and its smoke test are
``make package-test``)."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "ippo.spec"


def _load(name: str) -> ModuleType:
    """A module of packaging/ (not a package: the folder's name is taken by PyPI's)."""
    path = ROOT / "packaging" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"ippo_packaging_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bundle = _load("bundle")

#: Files under resources/ that are sources for a tool, not read by the app.
NOT_SHIPPED = {"translations/ippo_ja.ts"}


def _shipped() -> dict[str, str]:
    """Bundle path (posix, relative to the bundle root) → source path."""
    return {
        f"{Path(folder).as_posix()}/{Path(source).name}": source
        for source, folder in bundle.datas()
    }


def test_every_resource_folder_is_listed() -> None:
    folders = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}
    assert folders == set(bundle.RESOURCE_FOLDERS)


def test_every_resource_file_is_shipped_at_the_same_place() -> None:
    shipped = _shipped()
    files = {
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    missing = sorted(f for f in files - NOT_SHIPPED if f"resources/{f}" not in shipped)
    assert missing == []
    assert not any(f"resources/{f}" in shipped for f in NOT_SHIPPED)


def test_the_migrations_are_shipped_as_files_where_alembic_looks() -> None:
    """app/schema.py finds them beside app/ (``MIGRATIONS_DIR``); Alembic reads them as files."""
    from app.schema import MIGRATIONS_DIR, REVISIONS

    shipped = _shipped()
    sources = [MIGRATIONS_DIR / "env.py", MIGRATIONS_DIR / "script.py.mako"]
    sources += sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
    for source in sources:
        assert source.relative_to(ROOT).as_posix() in shipped, source
    versions = {Path(p).name.split("_", 1)[0] for p in shipped if "/versions/" in p}
    assert versions == set(REVISIONS)


def test_every_listed_source_exists() -> None:
    assert all(Path(source).is_file() for source, _ in bundle.datas())


def test_the_spec_uses_the_lists_and_the_hooks() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for needed in (
        "datas=bundle.datas()",
        "excludes=list(bundle.EXCLUDED_MODULES)",
        'hookspath=[str(HERE / "hooks")]',
        "bundle.keep_data(",
        '"qt_material": "pyz+py"',  # ui/theme.py stats qt_material/__init__.py
        "strip=bundle.STRIP",
    ):
        assert needed in text, needed
    hooks = ROOT / "packaging" / "hooks"
    for module in ("QtGui", "QtMultimedia"):
        assert "keep_plugin" in (hooks / f"hook-PySide6.{module}.py").read_text(encoding="utf-8")
    assert bundle.ENTRY.is_file()
    assert "from ui.launch import main" in bundle.ENTRY.read_text(encoding="utf-8")


def _imports(path: Path) -> set[str]:
    """Modules a file imports, at any depth (``from PySide6 import QtPdf`` → PySide6.QtPdf)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_nothing_ippo_imports_is_excluded() -> None:
    imported = set()
    for package in ("app", "reports", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            imported |= _imports(path)
    excluded = set(bundle.EXCLUDED_MODULES)
    clashes = sorted(
        name
        for name in imported
        for gone in excluded
        if name == gone or name.startswith(gone + ".")
    )
    assert clashes == []
    # The Qt modules Ippo uses are all imported somewhere (so the analysis finds them).
    for module in ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport",
                   "QtMultimedia"):  # fmt: skip
        assert f"PySide6.{module}" in imported


@pytest.mark.parametrize(
    ("folder", "name", "kept"),
    [
        ("PySide6/Qt/plugins/platforms", "libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms", "libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms", "qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms", "libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms", "libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms", "libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats", "libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats", "qsvg.dll", True),
        ("PySide6/Qt/plugins/imageformats", "libqjpeg.so", False),
        ("PySide6/Qt/plugins/multimedia", "libffmpegmediaplugin.so", False),
        ("PySide6/Qt/plugins/multimedia", "ffmpegmediaplugin.dll", False),
        ("PySide6/Qt/plugins/platforminputcontexts", "libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts", "libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platformthemes", "libqgtk3.so", False),
        ("PySide6/Qt/plugins/tls", "libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/printsupport", "libcupsprintersupport.so", True),  # not listed
        ("PySide6/Qt/plugins/iconengines", "libqsvgicon.so", True),
        ("PySide6\\Qt\\plugins\\imageformats", "qjpeg.dll", False),  # Windows separators
        ("PySide6/Qt/lib", "libQt6Core.so.6", True),  # not a plugin
    ],
)
def test_qt_plugin_pruning(folder: str, name: str, kept: bool) -> None:
    assert bundle.keep_plugin(folder, name) is kept


def test_qt_translations_keep_japanese_and_english_only() -> None:
    assert bundle.keep_data("PySide6/Qt/translations/qtbase_ja.qm")
    assert bundle.keep_data("PySide6/Qt/translations/qt_en.qm")
    assert not bundle.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle.keep_data("PySide6/Qt/translations/qtmultimedia_ja.qm")
    assert bundle.keep_data("resources/translations/ippo_ja.qm")  # Ippo's own, not Qt's

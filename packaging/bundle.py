"""What goes into the frozen app, and what is left out: one list for the spec, the Qt hooks,
the licence list and the tests.

The spec (``ippo.spec``) and the hooks in ``hooks/`` import this module (they put this folder
on ``sys.path``); ``tests/packaging`` loads it by path. It imports nothing outside the standard
library, so reading it never needs PyInstaller or Qt.

Pruning follows one rule: ship what Ippo loads, nothing it never loads. Qt plugins are kept by
name per plugin type (a type that is not listed keeps everything PyInstaller found); a plugin
left out here is never collected, so neither are the libraries only it needs (FFmpeg for the
multimedia plugin, QtQuick for the virtual keyboard).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "Ippo"
ENTRY = ROOT / "packaging" / "entry.py"

#: Resource folders shipped as they are, with the file patterns each needs at run time.
#: ``translations``: only the compiled catalogue (the .ts is the translators' source).
RESOURCE_FOLDERS: dict[str, tuple[str, ...]] = {
    "fonts": ("*.ttf", "*.txt"),
    "sounds": ("*.wav", "README.md"),
    "templates": ("*.toml",),
    "translations": ("*.qm",),
    "licenses": ("*.txt", "*.md", "third-party/*.txt"),
    "icons": ("*.png",),
}

#: Alembic reads its environment and revisions from files (``app/schema.py`` MIGRATIONS_DIR),
#: so they are shipped as source beside the frozen code, at the same relative place.
MIGRATION_PATTERNS = ("env.py", "script.py.mako", "versions/*.py")


def datas() -> list[tuple[str, str]]:
    """``(source file, folder in the bundle)`` pairs for PyInstaller's ``datas``."""
    pairs: list[tuple[str, str]] = []
    for folder, patterns in RESOURCE_FOLDERS.items():
        base = ROOT / "resources" / folder
        for pattern in patterns:
            for path in sorted(base.glob(pattern)):
                if path.is_file():
                    pairs.append((str(path), str(path.parent.relative_to(ROOT))))
    migrations = ROOT / "app" / "migrations"
    for pattern in MIGRATION_PATTERNS:
        for path in sorted(migrations.glob(pattern)):
            pairs.append((str(path), str(path.parent.relative_to(ROOT))))
    return pairs


#: Modules the analysis would pull in but Ippo never runs: development tools that other
#: packages' hooks drag along (pydantic's hook collects its mypy plugin; mako's error pages
#: would use Pygments), Pillow's codecs for image formats Ippo never reads (ReportLab imports
#: ``PIL.Image`` at start but Ippo's sheets hold no images; Pillow imports these guarded), and
#: the Python bindings of Qt modules Ippo does not import (Ippo imports QtCore, QtGui,
#: QtWidgets, QtPdf, QtPdfWidgets, QtPrintSupport, QtMultimedia; qt-material QtUiTools). The
#: Qt *libraries* those link against are still collected; leaving out the bindings leaves out
#: their hooks' plugins too (TLS, network information).
EXCLUDED_MODULES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "unittest",
    "doctest",
    "curses",
    "readline",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "setuptools",
    "pkg_resources",
    "distutils",
    "pip",
    "mypy",
    "mypyc",
    "pydantic.mypy",
    "pydantic.v1.mypy",
    "ast_serialize",
    "librt",
    "pygments",
    "rich",
    "markdown_it",
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingft",
    "PIL._imagingcms",
    "PIL._imagingtk",
    "PIL._imagingmath",
    "PIL._imagingmorph",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "PySide6.QtTest",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PyQt5",
    "PyQt6",
    "PySide2",
)

#: Strip debug symbols from the collected libraries on Linux (the Python library of a
#: pyenv-built interpreter alone shrinks from 23 MB to a few). Not on Windows (no such thing)
#: nor macOS (stripping breaks code signatures).
STRIP = sys.platform.startswith("linux")

#: Plugin type → the plugins kept (file name without lib prefix, extension or Qt's debug "d").
#: ``None`` drops the whole type. Types not listed keep what PyInstaller collects.
QT_PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    # xcb and wayland for Linux desktops, windows/cocoa, offscreen and minimal for tests.
    "platforms": frozenset(
        {
            "qxcb",
            "qwayland",
            "qwayland-generic",
            "qwayland-egl",
            "qwindows",
            "qcocoa",
            "qoffscreen",
            "qminimal",
        }
    ),
    # qt-material's icons are SVG; .ico for Windows window icons. PNG is built into QtGui.
    "imageformats": frozenset({"qsvg", "qico"}),
    # Compose keys and IBus (Japanese input on Linux); not the virtual keyboard (QtQuick).
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    # The portal theme gives native file dialogs; gtk3 would drag in the system's GTK.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Chimes use QSoundEffect, which plays WAV through the audio code built into QtMultimedia;
    # the FFmpeg backend (plus ~25 MB of libav*) is for video and compressed audio.
    "multimedia": frozenset({"darwinmediaplugin", "windowsmediaplugin"}),
    "egldeviceintegrations": None,  # eglfs only (embedded boards)
    "generic": None,  # evdev/tuio input for framebuffer setups
    "networkinformation": None,
    "tls": None,
}

#: Qt's own catalogues kept (``ui.i18n`` loads qtbase; ``qt_`` is its umbrella file).
QT_TRANSLATIONS_KEPT = frozenset({"qt_ja", "qt_en", "qtbase_ja", "qtbase_en"})


def plugin_name(file_name: str) -> str:
    """``libqxcb.so`` → ``qxcb``; ``qwindowsd.dll`` stays ``qwindowsd`` (debug builds are
    filtered by PyInstaller before this)."""
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_plugin(destination: str, file_name: str) -> bool:
    """Whether a Qt plugin collected into ``destination`` (``…/plugins/<type>``) is kept."""
    parts = destination.replace("\\", "/").split("/plugins/", 1)
    if len(parts) != 2:
        return True
    kept = QT_PLUGINS_KEPT.get(parts[1], frozenset({"*"}))
    if kept is None:
        return False
    return "*" in kept or plugin_name(file_name) in kept


_QM = re.compile(r"(?:^|/)Qt/translations/([^/]+)\.qm$")


def keep_data(destination_file: str) -> bool:
    """Whether a collected data file is kept: Qt catalogues only for Japanese and English."""
    found = _QM.search(destination_file.replace("\\", "/"))
    return found is None or found.group(1) in QT_TRANSLATIONS_KEPT

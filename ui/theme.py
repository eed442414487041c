"""The app's look: qt-material with the bundled Japanese font, built once and cached.

qt-material bundles Roboto only (no Japanese), so the font family is passed in ``extra``; its
generated icons go into Ippo's own cache folder, not ``~/.qt_material`` (see gotchas).

Building the stylesheet renders a Jinja template, rewrites ~37 SVG icons and loads Roboto
every time (about a quarter of a second, more than any other step of Ippo's start). The result
only depends on the theme and the installed qt-material, so it is kept in the cache folder and
later starts apply the saved stylesheet directly (a test checks both give the same result).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from pathlib import Path

import PySide6.QtWidgets  # noqa: F401  (qt_material picks the binding from sys.modules)
from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui import tones
from ui.focus_style import FOCUS_COLORS, focus_qss
from ui.fonts import UI_FAMILY
from ui.tones import tone_qss

THEMES = {"light": "light_blue.xml", "dark": "dark_blue.xml"}
EXTRA = {"font_family": UI_FAMILY, "font_size": "14px", "density_scale": "-1"}


def _qt_material_dir() -> Path:
    spec = importlib.util.find_spec("qt_material")
    assert spec is not None and spec.origin is not None, "qt-material is a dependency"
    return Path(spec.origin).parent


def _cache_key(theme: str) -> str:
    package = _qt_material_dir() / "__init__.py"
    stat = package.stat()
    material = THEMES.get(theme, THEMES["light"])
    text = json.dumps([material, theme != "dark", EXTRA, stat.st_size, stat.st_mtime_ns])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def apply_theme(app: QApplication, cache_dir: Path, theme: str = "light") -> None:
    """Apply the app theme (``light`` or ``dark``), from the cache when it has it."""
    folder = (cache_dir / "qt_material" / theme).resolve()
    saved = folder / f"{_cache_key(theme)}.json"
    if saved.is_file() and (folder / "primary").is_dir():
        try:
            data = json.loads(saved.read_text(encoding="utf-8"))
            _apply_saved(app, folder, data["stylesheet"], data["primary"], theme)
            return
        except (OSError, ValueError, KeyError):
            pass  # a damaged cache is rebuilt below
    _build_and_save(app, folder, saved, theme)


def _apply_saved(
    app: QApplication, folder: Path, stylesheet: str, primary: str, theme: str
) -> None:
    # What qt_material.apply_stylesheet does besides rendering: the style, the palette's text
    # colour, and the search paths its stylesheet's icon urls use.
    # Each step below re-polishes every widget, so a step that changes nothing is skipped:
    # switching themes with the main window open must stay quick (bench/switching.py).
    stylesheet += focus_qss(FOCUS_COLORS.get(theme, FOCUS_COLORS["light"]))
    stylesheet += tone_qss(tones.use(theme))
    if app.styleSheet() not in ("", stylesheet):
        # A changed app stylesheet makes Qt re-polish each widget once for every ancestor it
        # has (QStyleSheetStyle::repolish recurses into the children of every styled object):
        # ~330 ms for the main window. Removing the old one first and then setting the new one
        # polishes each widget once per step, ~90 ms, and paints the same pixels (a test checks).
        app.setStyleSheet("")
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    palette = QGuiApplication.palette()
    color = QColor(primary)
    color.setAlpha(92)
    if palette.color(QPalette.ColorRole.Text) != color:
        palette.setColor(QPalette.ColorRole.Text, color)
        QGuiApplication.setPalette(palette)
    QDir.setSearchPaths("icon", [str(folder)])  # this theme's icons, not the last theme's
    resources = str(_qt_material_dir() / "resources")
    if resources not in QDir.searchPaths("qt_material"):
        QDir.addSearchPath("qt_material", resources)
    if app.styleSheet() != stylesheet:
        app.setStyleSheet(stylesheet)


def _build_and_save(app: QApplication, folder: Path, saved: Path, theme: str) -> None:
    from qt_material import apply_stylesheet, get_theme

    folder.mkdir(parents=True, exist_ok=True)
    material = THEMES.get(theme, THEMES["light"])
    invert = theme != "dark"
    apply_stylesheet(app, theme=material, invert_secondary=invert, extra=dict(EXTRA),
                     parent=str(folder))  # fmt: skip
    colors = get_theme(material, invert)
    assert colors is not None
    raw = app.styleSheet()
    partial = saved.with_suffix(".partial")
    try:
        partial.write_text(
            json.dumps({"stylesheet": raw, "primary": colors["primaryColor"]}), encoding="utf-8"
        )
        os.replace(partial, saved)
    except OSError:
        pass  # no cache this time (read-only folder): the theme is applied all the same
    _apply_saved(app, folder, raw, colors["primaryColor"], theme)  # the focus rules on top

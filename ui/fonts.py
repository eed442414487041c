"""The bundled Japanese fonts, registered with Qt so every machine shows the same glyphs."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from app.paths import resources_dir

#: Only the Gothic is loaded into Qt (the UI and the projector use it); the Mincho is for the
#: printed sheets, which ReportLab reads from the file itself. Each face costs ~7 MB of memory.
FONT_FILES = ("ipaexg.ttf",)
UI_FAMILY = "IPAexGothic"

_registered: dict[str, list[str]] = {}


def register_fonts() -> list[str]:
    """Register the bundled fonts once; returns the families Qt now knows from them.

    Raises:
        FileNotFoundError: when a font file is missing from the installation.
    """
    families: list[str] = []
    for name in FONT_FILES:
        if name not in _registered:
            path = resources_dir() / "fonts" / name
            if not path.is_file():
                raise FileNotFoundError(f"the bundled font {path} is missing")
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise OSError(f"Qt could not load the bundled font {path}")
            _registered[name] = QFontDatabase.applicationFontFamilies(font_id)
        families.extend(_registered[name])
    return families


def ui_font(point_size: float | None = None) -> QFont:
    """The UI font (IPAex Gothic), optionally at a size."""
    font = QFont(UI_FAMILY)
    if point_size is not None:
        font.setPointSizeF(point_size)
    return font

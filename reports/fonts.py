"""The bundled IPAex fonts, registered with ReportLab, and a check of what they can draw.

IPAex is TrueType (ReportLab cannot embed CFF/OpenType outlines), is embedded as a subset, and
has no 𠮷 (U+20BB7) or emoji: :func:`missing_characters` reports those instead of printing tofu.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resources_dir

GOTHIC = "IPAexGothic"
MINCHO = "IPAexMincho"
_FILES = {GOTHIC: "ipaexg.ttf", MINCHO: "ipaexm.ttf"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register both faces once; returns their ReportLab names (gothic, mincho)."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / file)))
    return GOTHIC, MINCHO


def missing_characters(text: str, font: str = GOTHIC) -> list[str]:
    """The characters of ``text`` the font has no glyph for (line breaks and spaces aside)."""
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return sorted(
        {c for c in text if not c.isspace() and ord(c) not in face.charToGlyph},
        key=ord,
    )

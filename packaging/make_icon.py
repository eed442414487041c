"""Draw Ippo's icon — 一歩 in white on a rounded blue square — as PNG, ICO and ICNS.

The icon is drawn, not designed: it only has to be recognisable in a taskbar and a Finder
window. Run it again after changing the drawing; the outputs are kept in the repository so a
build never needs Pillow. Uses the bundled IPAex Gothic (so the kanji look the same on every
machine that runs this script).

    .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging"
FONT = ROOT / "resources" / "fonts" / "ipaexg.ttf"
SIZE = 1024
BACKGROUND = (25, 90, 160, 255)  # a deep blue, readable on light and dark taskbars
FOREGROUND = (255, 255, 255, 255)
TEXT = "一歩"

#: Sizes Windows picks from for the taskbar, Explorer and the title bar.
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int = SIZE) -> Image.Image:
    """The icon at ``size`` pixels: a rounded square with the two kanji filling its width."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = round(size * 0.04)
    pen.rounded_rectangle(
        (margin, margin, size - margin, size - margin),
        radius=round(size * 0.2),
        fill=BACKGROUND,
    )
    inner = size - 2 * margin
    font_size = round(inner * 0.44)
    font = ImageFont.truetype(str(FONT), font_size)
    left, top, right, bottom = pen.textbbox((0, 0), TEXT, font=font)
    x = (size - (right - left)) / 2 - left
    y = (size - (bottom - top)) / 2 - top
    pen.text((x, y), TEXT, font=font, fill=FOREGROUND)
    return image


def main() -> int:
    image = draw()
    image.save(HERE / "icon.png")
    image.save(HERE / "icon.ico", sizes=ICO_SIZES)
    image.save(HERE / "icon.icns")
    for name in ("icon.png", "icon.ico", "icon.icns"):
        print(HERE / name, (HERE / name).stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""200 filled one-sheets (the demo workshop's content) into one combined PDF.

Limits: at most 3 s and 4 MB. The floor, measured in the same run: ReportLab drawing the same
200 pages' strings, in the same fonts and sizes at the same places, by plain ``drawString``
calls (no measuring, fitting, line breaking, font checks or graphics), saved the same way —
what any one-sheet printer built on ReportLab pays at least.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import median

from app.demo import create_demo
from app.paths import DataDir
from app.store import Store
from app.templates import load_templates
from reports.fonts import GOTHIC, register_fonts
from reports.one_sheet import draw_sheet, save_canvas
from reports.sheets import contents_for, write_combined

RUNS = int(os.environ.get("RUNS", "5"))
SHEETS = 200
LIMIT_SECONDS = 3.0
LIMIT_BYTES = 4 * 1024 * 1024

from reportlab.pdfgen.canvas import Canvas  # noqa: E402  (after _common put the repo on the path)

Stroke = tuple[str, float, float, float, str, Any]


class RecordingCanvas(Canvas):
    """A canvas that notes every string drawn (font, size, position, text, render mode)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages: list[list[Stroke]] = [[]]

    def drawString(self, x: float, y: float, text: str, mode: Any = None, **kw: Any) -> None:
        self.pages[-1].append((self._fontname, self._fontsize, x, y, text, mode))
        super().drawString(x, y, text, mode=mode, **kw)

    def drawRightString(self, x: float, y: float, text: str, **kw: Any) -> None:
        width = self.stringWidth(text, self._fontname, self._fontsize)
        self.pages[-1].append((self._fontname, self._fontsize, x - width, y, text, None))
        super().drawRightString(x, y, text, **kw)

    def drawCentredString(self, x: float, y: float, text: str, **kw: Any) -> None:
        width = self.stringWidth(text, self._fontname, self._fontsize)
        self.pages[-1].append((self._fontname, self._fontsize, x - width / 2, y, text, None))
        super().drawCentredString(x, y, text, **kw)

    def showPage(self) -> None:
        super().showPage()
        self.pages.append([])


def floor(path: Path, pages: list[list[Stroke]]) -> float:
    """Seconds to draw and save ``pages`` with plain drawString calls."""
    started = time.perf_counter()
    canvas = Canvas(str(path), initialFontName=GOTHIC, pageCompression=1)
    for strokes in pages:
        for font, size, x, y, text, mode in strokes:
            canvas.setFont(font, size)
            canvas.drawString(x, y, text, mode=mode)
        canvas.showPage()
    save_canvas(canvas)  # the same stream encoding as the sheets
    return time.perf_counter() - started


def main() -> int:
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        templates = {t.id: t for t in load_templates(None)[0]}
        with Store.open(DataDir(folder / "data")) as store:
            workshop = create_demo(store, templates["workshop-90"], participants=SHEETS)
            contents = contents_for(store, workshop.id)
        assert len(contents) == SHEETS

        recorder = RecordingCanvas(str(folder / "recorded.pdf"), initialFontName=GOTHIC)
        for content in contents:
            draw_sheet(recorder, content)
        pages = [page for page in recorder.pages if page]
        strings = sum(len(page) for page in pages)

        times, floors, size = [], [], 0
        for run in range(RUNS):
            target = folder / f"sheets{run}.pdf"
            started = time.perf_counter()
            report = write_combined(target, contents)
            times.append(time.perf_counter() - started)
            assert report.sheets == SHEETS and not report.cancelled
            size = target.stat().st_size
            floors.append(floor(folder / f"floor{run}.pdf", pages))
            floor_size = (folder / f"floor{run}.pdf").stat().st_size

    took, least = median(times), median(floors)
    print(f"{SHEETS} one-sheets (demo content) -> one combined PDF, median of {RUNS} runs:")
    print(
        f"  time   {took:.3f} s ({took / SHEETS * 1000:.1f} ms a sheet; limit {LIMIT_SECONDS} s,"
        f" ratio to the limit {took / LIMIT_SECONDS:.2f})"
    )
    print(
        f"  size   {size / 1024 / 1024:.2f} MB ({size / SHEETS / 1024:.1f} KB a sheet; limit "
        f"{LIMIT_BYTES / 1024 / 1024:.0f} MB, ratio {size / LIMIT_BYTES:.2f})"
    )
    print(
        f"  floor  {least:.3f} s: plain drawString of the same {strings} strings on {len(pages)}"
        f" pages ({floor_size / 1024 / 1024:.2f} MB); one-sheets / floor = {took / least:.2f}"
    )
    return 0 if took <= LIMIT_SECONDS and size <= LIMIT_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())

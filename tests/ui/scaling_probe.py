"""Lays out Ippo's windows at one scale factor and lists every text that does not fit.

Run by ``tests/ui/test_scaling.py`` in a fresh process per factor: ``QT_SCALE_FACTOR`` is only
read when the QApplication is created. The offscreen screen is given ``1280×720 × factor``
physical pixels, so that every factor shows a 1280×720 logical desktop (a 1920×1080 laptop at
150 %, a 2560×1440 one at 200 %), and each window is built at that logical size.

Checked, in each language: the main window (every tab and worksheet section), the operator
console (before the start, and in overtime with the catch-up plan), the projector, the kiosk
and the dialogs, each page of each; what counts as clipped is in ``tests/helpers/clipping.py``.

Usage: ``QT_SCALE_FACTOR=1.5 python tests/ui/scaling_probe.py --out result.json [--shots DIR]``
writes ``{"factor", "screen", "dpr", "seconds", "languages": {"ja": {"clipped": [...],
"checked": [...], "skipped": [...]}, "en": ...}}`` (and ``"error"`` with a traceback if a
window could not be built); ``--shots`` saves the main window as ``scale-<factor>-<lang>.png``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.demo import create_demo  # noqa: E402
from app.paths import DataDir  # noqa: E402
from app.runs import RunSession  # noqa: E402
from app.store import Store  # noqa: E402
from app.templates import load_templates  # noqa: E402
from app.venue_check import run_checks  # noqa: E402
from app.workshops import get_workshop  # noqa: E402
from tests.helpers.clipping import Clipped, clipped_texts, projector_clipped  # noqa: E402
from tests.helpers.clock import FakeClock  # noqa: E402
from tests.helpers.keyboard import SilentBackend, SilentChimes, turn_pages  # noqa: E402

SCREEN = (1280, 720)  # logical
Shown = Iterator[tuple[str, QWidget | None]]


def _screen_config(folder: Path, factor: float) -> Path:
    width, height = (round(side * factor) for side in SCREEN)
    screen = {"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}  # fmt: skip
    path = folder / "screens.json"
    path.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}), "utf-8")
    return path


def _settle(widget: QWidget) -> None:
    for _ in range(3):
        QApplication.processEvents()
    layout = widget.layout()
    if layout is not None:
        layout.activate()


def _shown(widget: QWidget, size: tuple[int, int] | None = SCREEN) -> QWidget:
    """Show ``widget`` at ``size``, or (None) as it opens: at the size it chose, else at its
    size hint (what QWidget.show does for a window that was never resized)."""
    if size is not None:
        widget.resize(*size)
    widget.show()
    _settle(widget)
    return widget


def _pages(window: QWidget, where: str) -> Shown:
    """``window`` as it is, then with each further page of its stacks and tab widgets."""
    yield where, window
    for page in turn_pages(window):
        _settle(window)
        yield f"{where} / {page}", window


def _main_window(store: Store, workshop_id: uuid.UUID, shot: Path | None) -> Shown:
    from ui.main_window import MainWindow

    window = MainWindow(store, *load_templates(None))
    window.refresh_list(select=workshop_id)
    _shown(window)
    if shot is not None:
        shot.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(shot))
    window.groups.use_everyone.setChecked(True)  # the groups tab with cards
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle(window)
        page = window.tabs.widget(index)
        assert page is not None
        where = f"main window / {window.tabs.tabText(index)}"
        for inner, _ in _pages(page, where):  # the worksheet's sections
            yield inner, window
    window.close()


def _run_windows(store: Store, workshop_id: uuid.UUID) -> Shown:
    from ui.operator_console import OperatorConsole
    from ui.projector_view import ProjectorWindow
    from ui.run_controller import RunController

    clock = FakeClock()
    controller = RunController(RunSession(store, workshop_id, clock), SilentChimes())
    console = _shown(OperatorConsole(controller))
    yield "operator console (not started)", console
    controller.act("start")
    clock.advance(controller.session.detail.stages[0].planned_seconds + 420)
    controller.tick()
    _settle(console)
    yield "operator console (overtime, catch-up plan)", console
    projector = ProjectorWindow()
    projector.set_frame(controller.last_frame)
    yield "projector", _shown(projector)
    projector.close()
    controller.stop()
    console.close()


def _dialog_makers(store: Store, workshop_id: uuid.UUID) -> dict[str, Callable[[], QWidget]]:
    person = get_workshop(store, workshop_id).participants[0]
    roster = store.data_dir.root.parent / "名簿.csv"
    roster.write_bytes(
        "社員番号,氏名,ふりがな,所属\r\nE001,髙橋 一郎,たかはし,営業部\r\n".encode("cp932")
    )
    templates = load_templates(None)[0]

    def print_batch() -> QWidget:
        from ui.print_batch import PrintBatchDialog

        return PrintBatchDialog(store, workshop_id, synchronous=True)

    def export() -> QWidget:
        from ui.export_dialog import ExportDialog

        return ExportDialog(store, workshop_id, synchronous=True)

    def import_archive() -> QWidget:
        from ui.import_dialog import ImportDialog

        return ImportDialog(store, synchronous=True)

    def roster_import() -> QWidget:
        from ui.roster_dialog import RosterImportDialog

        return RosterImportDialog(store, workshop_id, roster)

    def person_dialog() -> QWidget:
        from ui.person_dialog import PersonDialog

        return PersonDialog(person)

    def new_workshop() -> QWidget:
        from ui.new_workshop_dialog import NewWorkshopDialog

        return NewWorkshopDialog(templates)

    def venue_check() -> QWidget:
        from ui.chimes import Chimes
        from ui.venue_check_dialog import VenueCheckDialog
        from ui.venue_check_rows import ScreenInfo

        items = run_checks(store.data_dir, store, datetime(2026, 12, 3, tzinfo=UTC), mounts="")
        laptop = ScreenInfo("Laptop", 1920, 1080, primary=True)
        chimes = Chimes(backend_factory=SilentBackend)
        return VenueCheckDialog(items, chimes=chimes, screens=lambda: [laptop])

    def settings() -> QWidget:
        from ui.settings_dialog import SettingsDialog
        from ui.settings_store import SettingsStore

        return SettingsDialog(SettingsStore.load(store.data_dir), templates, ["Laptop"])

    def kiosk() -> QWidget:
        from ui.kiosk import KioskWindow

        window = KioskWindow(store, person.id, lambda pin: False, background=False)
        window.resize(*SCREEN)  # it opens full screen
        return window

    return {"print batch": print_batch, "export": export, "import": import_archive,
            "roster import": roster_import, "person": person_dialog,
            "new workshop": new_workshop, "venue check": venue_check, "settings": settings,
            "kiosk": kiosk}  # fmt: skip


def _dialogs(store: Store, workshop_id: uuid.UUID) -> Shown:
    """Each dialog at the size it opens with (the kiosk at the screen's)."""
    for name, make in _dialog_makers(store, workshop_id).items():
        try:
            dialog = make()
        except ImportError as error:  # a dialog not written yet is reported, not failed
            yield f"{name}: {error}", None
            continue
        _shown(dialog, None)
        yield from _pages(dialog, name)
        if hasattr(dialog, "allow_close"):
            dialog.allow_close()
        dialog.close()
        dialog.deleteLater()


def probe_language(
    language: str, store: Store, shots: Path | None, factor: float, every_window: bool = False
) -> dict[str, Any]:
    """Every window, built afresh in ``language`` for a new sample workshop (the console
    starts a run; the next language gets a workshop that has not run)."""
    from ui.i18n import install_language

    install_language(language)
    template = next(t for t in load_templates(None)[0] if t.id == "workshop-90")
    workshop_id = create_demo(store, template, participants=12).id
    tag = f"{factor:g}-{language}"
    shot = shots / f"scale-{tag}.png" if shots is not None else None
    clipped: list[Clipped] = []
    skipped: list[str] = []
    checked: list[str] = []
    sources = (
        _main_window(store, workshop_id, shot),
        _run_windows(store, workshop_id),
        _dialogs(store, workshop_id),
    )
    for source in sources:
        for where, window in source:
            if window is None:
                skipped.append(where)
                continue
            checked.append(where)
            if every_window and shots is not None:
                name = "".join(c if c.isalnum() else "-" for c in where)
                window.grab().save(str(shots / f"window-{tag}-{name}.png"))
            if where == "projector":
                clipped += projector_clipped(window, where)
            else:
                clipped += clipped_texts(window, where, SCREEN)
    return {"clipped": [c.as_dict() for c in clipped], "skipped": skipped, "checked": checked}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--languages", default="ja,en")
    parser.add_argument("--every-window", action="store_true", help="a screenshot of each")
    args = parser.parse_args()
    factor = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    started = time.monotonic()
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="ippo-scale-")))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_config(folder, factor)}"
        app = QApplication([])
        from ui.fonts import register_fonts
        from ui.theme import apply_theme

        register_fonts()
        apply_theme(app, folder / "theme")
        store = stack.enter_context(Store.open(DataDir(folder / "data")))
        screen = app.primaryScreen()
        result: dict[str, Any] = {
            "factor": factor,
            "screen": [screen.geometry().width(), screen.geometry().height()],
            "dpr": screen.devicePixelRatio(),
            "languages": {},
        }
        try:
            for language in args.languages.split(","):
                result["languages"][language] = probe_language(
                    language, store, args.shots, factor, args.every_window
                )
        except Exception:
            result["error"] = traceback.format_exc()
        result["seconds"] = round(time.monotonic() - started, 2)
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

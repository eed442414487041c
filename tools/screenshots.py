"""Regenerate the README's screenshots from the real app (offscreen, with a demo workshop), in
Japanese (``OUT_DIR``) and in English (``OUT_DIR/en``).

Usage: ``python -m tools.screenshots OUT_DIR`` (``make screenshots``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> int:
    from ui.application import make_qapplication
    from ui.fonts import register_fonts
    from ui.theme import apply_theme

    app = make_qapplication()
    register_fonts()
    with tempfile.TemporaryDirectory() as cache:  # one theme cache for both languages
        apply_theme(app, Path(cache))
        for language, folder in (("ja", out), ("en", out / "en")):
            _shots(app, language, folder)
    return 0


def _save(widget: object, path: Path) -> None:
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path)


def _shots(app: object, language: str, out: Path) -> None:
    from app.demo import create_demo
    from app.paths import DataDir
    from app.store import Store
    from app.templates import load_templates
    from ui.export_dialog import ExportDialog
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.settings_dialog import SettingsDialog
    from ui.settings_store import SettingsStore

    out.mkdir(parents=True, exist_ok=True)
    install_language(language)
    with tempfile.TemporaryDirectory() as tmp:
        data = DataDir(Path(tmp) / "data")
        templates, problems = load_templates(None)
        template = next(t for t in templates if t.id == "workshop-90")
        with Store.open(data) as store:
            demo = create_demo(store, template, participants=40, language=language)
            settings = SettingsStore.load(data)
            settings.update(language=language)
            window = MainWindow(store, templates, problems, settings=settings)
            window.refresh_list(select=demo.id)
            window.resize(1280, 800)
            window.show()
            app.processEvents()  # type: ignore[attr-defined]
            window.agenda.table.selectRow(1)
            app.processEvents()  # type: ignore[attr-defined]
            _save(window, out / "main-window.png")
            export = ExportDialog(store, demo.id, window)
            export.show()
            app.processEvents()  # type: ignore[attr-defined]
            _save(export, out / "export.png")
            export.close()
            dialog = SettingsDialog(settings, templates, ["HDMI-1"], window)
            dialog.show()
            app.processEvents()  # type: ignore[attr-defined]
            _save(dialog, out / "settings.png")
            dialog.close()
            window.run_workshop(start=True)
            run = window.run_mode
            run.projector.resize(1280, 720)
            app.processEvents()  # type: ignore[attr-defined]
            for name, widget in (("run-console", run.console), ("run-projector", run.projector)):
                _save(widget, out / f"{name}.png")
            run.console.close()
            window.close()
            _sheet(store, demo.id, out, Path(tmp))


def _sheet(store: object, workshop_id: object, out: Path, tmp: Path) -> None:
    """The first sample participant's one-page sheet, rendered with pdftoppm when present."""
    import shutil
    import subprocess

    from reports.one_sheet import write_sheet
    from reports.sheets import contents_for

    pdf = tmp / "sheet.pdf"
    write_sheet(pdf, contents_for(store, workshop_id)[0])  # type: ignore[arg-type]
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf),
                        str(out / "sheet")], check=True)  # fmt: skip
        print(out / "sheet.png")


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))

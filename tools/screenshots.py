"""Regenerate the README's screenshots from the real app (offscreen, with a demo workshop).

Usage: ``python -m tools.screenshots OUT_DIR`` (``make screenshots``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> int:
    from app.demo import create_demo
    from app.paths import DataDir
    from app.store import Store
    from app.templates import load_templates
    from ui.application import make_qapplication
    from ui.fonts import register_fonts
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    out.mkdir(parents=True, exist_ok=True)
    app = make_qapplication()
    register_fonts()
    install_language("ja")
    with tempfile.TemporaryDirectory() as tmp:
        data = DataDir(Path(tmp) / "data")
        apply_theme(app, data.cache)
        templates, problems = load_templates(None)
        template = next(t for t in templates if t.id == "workshop-90")
        with Store.open(data) as store:
            demo = create_demo(store, template, participants=40)
            window = MainWindow(store, templates, problems)
            window.refresh_list(select=demo.id)
            window.resize(1280, 800)
            window.show()
            app.processEvents()
            window.agenda.table.selectRow(1)
            app.processEvents()
            path = out / "main-window.png"
            window.grab().save(str(path))
            print(path)
            window.run_workshop(start=True)
            run = window.run_mode
            run.projector.resize(1280, 720)
            app.processEvents()
            for name, widget in (("run-console", run.console), ("run-projector", run.projector)):
                path = out / f"{name}.png"
                widget.grab().save(str(path))
                print(path)
            run.console.close()
            window.close()
            _sheet(store, demo.id, out, Path(tmp))
    return 0


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

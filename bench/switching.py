"""Switching the app's theme and language with the main window open.

Limits (settings issue): switching theme takes at most 300 ms; switching language at most 500 ms.

The real main window runs offscreen at 1280x720 with a 40-person sample workshop and every tab
built (agenda, participants, worksheets, groups, details). One switch is timed from the call to
the end of the repaint that shows it: ``apply_theme`` (light ↔ dark, from the cache as after the
first start) or ``install_language`` (ja ↔ en: every window retranslates on LanguageChange),
then ``processEvents`` and a synchronous ``repaint`` of the window. SWITCHES (default 10) of each
per run, RUNS (default 3) runs; medians and the worst are printed with the ratio to the limit.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from app.demo import create_demo
from app.paths import DataDir
from app.store import Store
from app.templates import load_templates
from ui.fonts import register_fonts
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.theme import apply_theme

RUNS = int(os.environ.get("RUNS", "3"))
SWITCHES = int(os.environ.get("SWITCHES", "10"))
THEME_LIMIT_MS, LANGUAGE_LIMIT_MS = 300.0, 500.0


def _shown(app: QApplication, window: MainWindow) -> None:
    app.processEvents()
    window.repaint()


def one_run(app: QApplication, cache: Path, store: Store) -> tuple[list[float], list[float]]:
    templates, problems = load_templates(None)
    window = MainWindow(store, templates, problems)
    window.resize(1280, 720)
    window.show()
    for index in range(window.tabs.count()):  # every tab built, as after a morning of use
        window.tabs.setCurrentIndex(index)
        _shown(app, window)
    window.tabs.setCurrentIndex(0)
    _shown(app, window)
    themes, languages = [], []
    for turn in range(SWITCHES):
        started = time.perf_counter()
        apply_theme(app, cache, "dark" if turn % 2 == 0 else "light")
        _shown(app, window)
        themes.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        install_language("en" if turn % 2 == 0 else "ja")
        _shown(app, window)
        languages.append((time.perf_counter() - started) * 1000)
    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # gone before the next run
    install_language("ja")
    apply_theme(app, cache, "light")
    return themes, languages


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    register_fonts()
    install_language("ja")
    with tempfile.TemporaryDirectory() as folder:
        data = DataDir(Path(folder) / "data").ensure()
        cache = data.cache
        for theme in ("dark", "light"):  # fill the cache, as the first start does
            apply_theme(app, cache, theme)
        with Store.open(data) as store:
            templates = {t.id: t for t in load_templates(None)[0]}
            create_demo(store, templates["workshop-90"], participants=40)
            theme_medians, language_medians, worst_theme, worst_language = [], [], 0.0, 0.0
            for run in range(RUNS):
                themes, languages = one_run(app, cache, store)
                theme_medians.append(statistics.median(themes))
                language_medians.append(statistics.median(languages))
                worst_theme = max(worst_theme, max(themes))
                worst_language = max(worst_language, max(languages))
                print(f"run {run + 1}: theme median {theme_medians[-1]:.0f} ms "
                      f"(max {max(themes):.0f}), language median {language_medians[-1]:.0f} ms "
                      f"(max {max(languages):.0f})")  # fmt: skip
    theme = statistics.median(theme_medians)
    language = statistics.median(language_medians)
    print(f"theme switch: median {theme:.0f} ms, worst {worst_theme:.0f} ms, limit "
          f"{THEME_LIMIT_MS:.0f} ms, ratio {theme / THEME_LIMIT_MS:.2f} "
          f"(worst {worst_theme / THEME_LIMIT_MS:.2f})")  # fmt: skip
    print(f"language switch: median {language:.0f} ms, worst {worst_language:.0f} ms, limit "
          f"{LANGUAGE_LIMIT_MS:.0f} ms, ratio {language / LANGUAGE_LIMIT_MS:.2f} "
          f"(worst {worst_language / LANGUAGE_LIMIT_MS:.2f})")  # fmt: skip


if __name__ == "__main__":
    main()

"""Starting the app: fonts, language, theme, the store, the main window, the backup schedule."""

from __future__ import annotations

import os
import sys
import time
import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import workshops
from app.backups import BackupSchedule, make_backup, store_changed_since_last_backup
from app.errors import StoreError, UserError
from app.paths import DataDir
from app.store import Store
from app.templates import load_templates
from ui.dialogs import Dialogs, show_user_error
from ui.fonts import register_fonts
from ui.i18n import install_language
from ui.theme import apply_theme

BACKUP_CHECK_MS = 60_000
#: Set by bench/startup.py: quit right after the main window's first paint, printing the time.
EXIT_AFTER_PAINT = "IPPO_EXIT_AFTER_PAINT"


def make_qapplication() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Ippo")
    app.setOrganizationName("Ippo")
    app.setApplicationDisplayName("Ippo")
    return app


class _FirstPaint(QObject):
    """Quits the app after the watched window's first paint (start-up benchmark)."""

    def __init__(self, window: QWidget, started: float) -> None:
        super().__init__(window)
        self._started = started
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            elapsed = time.perf_counter() - self._started
            painted_at = time.time()  # the benchmark compares it with when it spawned us
            QTimer.singleShot(0, lambda: _quit_after_paint(elapsed, painted_at))
        return False


def _quit_after_paint(elapsed: float, painted_at: float) -> None:
    print(f"painted {elapsed:.3f} at {painted_at:.6f}", flush=True)
    QApplication.quit()


def run_app(data_dir: DataDir, workshop_id: str | None = None, start_run: bool = False) -> int:
    """Open the main window on ``data_dir``; returns the exit code."""
    started = time.perf_counter()
    app = make_qapplication()
    try:
        register_fonts()
    except OSError as error:
        # Without the bundled font Japanese may show as boxes; say so, but keep going.
        print(f"ippo: {error}", file=sys.stderr)
    install_language("ja")
    apply_theme(app, data_dir.cache)
    try:
        store = Store.open(data_dir)
    except StoreError as error:
        show_user_error(None, error)
        return 2
    with store:
        return _run_with_store(app, store, workshop_id, start_run, started)


def _run_with_store(
    app: QApplication, store: Store, workshop_id: str | None, start_run: bool, started: float
) -> int:
    from ui.main_window import MainWindow

    try:
        if store_changed_since_last_backup(store):
            make_backup(store, reason="open")
    except (OSError, UserError) as error:
        print(f"ippo: could not back up on open: {error}", file=sys.stderr)
    templates, problems = load_templates(store.data_dir.templates)
    window = MainWindow(store, templates, problems)
    window.resize(1280, 800)
    if workshop_id:
        window.refresh_list(select=uuid.UUID(workshop_id))
        QTimer.singleShot(0, lambda: window.run_workshop(start=start_run))
    if os.environ.get(EXIT_AFTER_PAINT):
        _FirstPaint(window, started)
    window.show()
    if not workshops.list_workshops(store) and not os.environ.get(EXIT_AFTER_PAINT):
        QTimer.singleShot(0, lambda: offer_sample(window))
    schedule = BackupSchedule(store)
    timer = QTimer(window)
    timer.setInterval(BACKUP_CHECK_MS)
    timer.timeout.connect(lambda: _tick_backup(schedule, window))
    timer.start()
    return app.exec()


def offer_sample(window: QWidget) -> None:
    """First start with an empty store: offer the sample workshop."""
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    translate = QCoreApplication.translate
    if Dialogs.confirm(
        window,
        translate("Application", "Welcome to Ippo"),
        translate(
            "Application",
            "There are no workshops yet. Open a sample workshop with 24 fictional participants to see how Ippo works?",  # noqa: E501
        ),
        translate("Application", "Open the sample"),
    ):
        window.open_sample()


def _tick_backup(schedule: BackupSchedule, window: QWidget) -> None:
    try:
        schedule.tick()
    except (OSError, UserError) as error:
        if isinstance(error, UserError):
            show_user_error(window, error)
        else:
            print(f"ippo: automatic backup failed: {error}", file=sys.stderr)

"""Starting the app: fonts, language, theme, the store, the main window, the backup schedule."""

from __future__ import annotations

import contextlib
import os
import sys
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from app.paths import DataDir, resources_dir
from ui.dialogs import Dialogs, show_user_error
from ui.fonts import register_fonts
from ui.i18n import fill, install_language
from ui.theme import apply_theme

if TYPE_CHECKING:
    from app.backups import BackupSchedule
    from app.store import Store
    from app.template_model import TemplateProblem, WorkshopTemplate
    from ui.main_window import MainWindow

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
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "ippo.png")))
    return app


class AfterFirstPaint(QObject):
    """Calls ``then`` once, on the event loop's next turn after the window's first paint."""

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class _PaintStamp(QObject):
    """The start-up benchmark's hook: prints the instant of the first paint, then quits."""

    def __init__(self, window: QWidget, started: float) -> None:
        super().__init__(window)
        self._started = started
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            elapsed = time.perf_counter() - self._started
            # Stamped now: other after-paint work (opening the store) may run before the quit.
            print(f"painted {elapsed:.3f} at {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def run_app(data_dir: DataDir, workshop_id: str | None = None, start_run: bool = False) -> int:
    """Open the main window on ``data_dir``; returns the exit code.

    When the store can be read as it is, the window first paints from a standard-library look
    at it (:mod:`app.quick_view`), then the store is opened properly on the next turn of the
    event loop and the window switches to it. Importing SQLAlchemy costs more than starting Qt,
    and the facilitator sees the workshop that much sooner. Anything unusual takes the ordinary
    path: the store is opened first, and its messages come before any window.
    """
    started = time.perf_counter()
    app = make_qapplication()
    try:
        register_fonts()
    except OSError as error:
        # Without the bundled font Japanese may show as boxes; say so, but keep going.
        print(f"ippo: {error}", file=sys.stderr)
    from ui.settings_store import SettingsStore

    settings = SettingsStore.load(data_dir)
    install_language(settings.settings.language)
    apply_theme(app, data_dir.cache, settings.settings.app_theme)
    from app.quick_view import read_quick_view
    from ui.main_window import MainWindow

    select = uuid.UUID(workshop_id) if workshop_id else None
    preview = read_quick_view(data_dir.database, select)
    session = _Session(data_dir, select, start_run)
    if preview is None:
        if not session.open_store():
            return 2
        session.window = MainWindow(session.store, *session.templates(), settings=settings)
        session.after_attach()
        _show(session.window, started)
    else:
        session.window = MainWindow(None, [], [], preview=preview, settings=settings)
        _show(session.window, started, then=session.finish_start)
    try:
        return app.exec() if session.exit_code is None else session.exit_code
    finally:
        session.close()


def _show(window: QWidget, started: float, then: Callable[[], object] | None = None) -> None:
    window.resize(1280, 800)
    if os.environ.get(EXIT_AFTER_PAINT):
        _PaintStamp(window, started)
    if then is not None:
        AfterFirstPaint(window, then)
    window.show()


class _Session:
    """The store and the main window of one run of the app, opened in two steps."""

    def __init__(self, data_dir: DataDir, select: uuid.UUID | None, start_run: bool) -> None:
        self.data_dir = data_dir
        self.select = select
        self.start_run = start_run
        self.store: Store | None = None
        self.window: MainWindow | None = None
        self.exit_code: int | None = None

    def open_store(self) -> bool:
        from app.errors import StoreError
        from app.store import Store

        try:
            self.store = Store.open(self.data_dir)
        except StoreError as error:
            show_user_error(self.window, error)
            return False
        return True

    def templates(self) -> tuple[list[WorkshopTemplate], list[TemplateProblem]]:
        from app.templates import load_templates

        assert self.store is not None
        return load_templates(self.store.data_dir.templates)

    def finish_start(self) -> None:
        """Second step, after the first paint: the store, the templates, the backups."""
        assert self.window is not None
        if not self.open_store():
            self.exit_code = 2
            QApplication.exit(2)
            return
        assert self.store is not None
        self.window.attach(self.store, *self.templates())
        self.after_attach()

    def after_attach(self) -> None:
        from app import workshops
        from app.backups import BackupSchedule, make_backup, store_changed_since_last_backup

        store, window = self.store, self.window
        assert store is not None and window is not None
        try:
            if store_changed_since_last_backup(store):
                make_backup(store, reason="open", keep_days=window.settings.backup_days)
        except Exception as error:  # the workshop matters more than this one backup
            window.statusBar().showMessage(
                fill(QCoreApplication.translate("Application", "No backup on opening: %1"), error)
            )
        if self.select is not None:
            window.refresh_list(select=self.select)
            QTimer.singleShot(0, lambda: window.run_workshop(start=self.start_run))
        elif os.environ.get(EXIT_AFTER_PAINT):
            pass
        elif not workshops.list_workshops(store):
            QTimer.singleShot(0, lambda: offer_sample(window))
        else:  # not when opening straight into a run: the room comes first
            QTimer.singleShot(0, window.offer_anonymizing)
        settings = window.settings_store
        if settings is not None and settings.problems:  # a hand-edited file, a removed font
            window.statusBar().showMessage(settings.problems_text().replace("\n", " "))
        # Sheet previews are temporary copies of people's reflections: none outlives a session.
        for leftover in (store.data_dir.cache / "previews").glob("*.pdf*"):
            with contextlib.suppress(OSError):
                leftover.unlink()
        schedule = BackupSchedule(store, keep_days=window.settings.backup_days)
        window.backup_schedule = schedule  # a changed retention applies to the next backup
        timer = QTimer(window)
        timer.setInterval(BACKUP_CHECK_MS)
        timer.timeout.connect(lambda: _tick_backup(schedule, window))
        timer.start()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


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


def _tick_backup(schedule: BackupSchedule, window: QMainWindow) -> None:
    """Every minute: a backup if ten minutes passed and something changed. A failure is said
    once in the status bar (never a dialog over the run) and tried again a little later."""
    try:
        schedule.tick()
    except Exception as error:
        if schedule.failures <= 1:
            window.statusBar().showMessage(
                fill(
                    QCoreApplication.translate(
                        "Application", "The automatic backup failed: %1 It will be tried again."
                    ),
                    error,
                )
            )

"""The main window's settings: the dialog, and each change applied at once where it shows.

A mixin of :class:`ui.main_window.MainWindow`. Settings are read where they are used (new
workshops, printing, the kiosk, run mode); what changes a window that is already open —
language, app theme, projector theme, chime volume — is applied here when the store says a
setting changed, without a restart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.backups import BackupSchedule
    from app.store import Store
    from ui.settings_store import SettingsStore

    _Window = QWidget  # checked as the window it is mixed into
else:
    _Window = object  # a plain mixin at run time


class SettingsCommands(_Window):
    """Settings… and the reactions to a changed setting."""

    # What the window holds, which these commands use.
    store: Store | None
    settings_store: SettingsStore | None
    #: Set once the store is open (ui/application.py), read when a changed setting applies.
    backup_schedule: BackupSchedule

    @property
    def settings(self) -> Settings:
        """The facilitator's settings (the defaults until the store's folder is known)."""
        return self.settings_store.settings if self.settings_store is not None else Settings()

    def use_settings(self, settings_store: SettingsStore) -> None:
        """Take the settings of this data folder and follow their changes."""
        if self.settings_store is settings_store:
            return
        self.settings_store = settings_store
        settings_store.changed.connect(self.settings_changed)

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        if self.settings_store is None:
            return
        screens = [screen.name() for screen in QGuiApplication.screens()]
        dialog = SettingsDialog(self.settings_store, getattr(self, "templates", []), screens,
                                self)  # fmt: skip
        dialog.exec()
        dialog.deleteLater()

    def settings_changed(self, settings: Settings, names: frozenset[str]) -> None:
        """Apply what shows at once; the rest is read the next time it is used."""
        from ui.i18n import install_language
        from ui.theme import apply_theme

        app = QApplication.instance()
        if "language" in names:
            install_language(settings.language)
        if "app_theme" in names and isinstance(app, QApplication) and self.store is not None:
            apply_theme(app, self.store.data_dir.cache, settings.app_theme)
        schedule = getattr(self, "backup_schedule", None)
        if "backup_days" in names and schedule is not None:
            schedule.keep_days = settings.backup_days
        run_mode: Any = getattr(self, "run_mode", None)
        if run_mode is not None and run_mode.is_open():
            if names & {"projector_theme", "custom_colors"}:
                run_mode.apply_projector_theme(settings)
            if "projector_screen" in names and settings.projector_screen:
                run_mode.settings = settings
                run_mode.show_projector_fullscreen()
            if "chime_volume" in names:
                run_mode.console.volume.setValue(settings.chime_volume)

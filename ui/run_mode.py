"""Run mode: the console on the laptop, the projector window for the room, the chimes.

With a second screen the projector goes there by itself, full screen, and the console stays on
the laptop; with one screen, F5 shows the projector full screen and Esc leaves, as in
PowerPoint.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QInputDialog, QWidget

from app.db_types import utcnow
from app.projector_frame import GroupCard
from app.runs import RunSession
from app.settings import Settings
from app.store import Store
from ui.chimes import Chimes
from ui.dialogs import Dialogs
from ui.i18n import fill
from ui.operator_console import OperatorConsole
from ui.projector_view import ProjectorWindow
from ui.run_controller import RunController
from ui.screens import choose_projector_screen, place_fullscreen


class RunDialogs:
    """The questions run mode asks; tests replace them."""

    @staticmethod
    def message(parent: QWidget | None, now: datetime) -> str | None:
        back_at = (now + timedelta(minutes=10)).astimezone().strftime("%H:%M")
        presets = [
            fill(QCoreApplication.translate("RunMode", "Break until %1"), back_at),
            QCoreApplication.translate("RunMode", "Please form pairs"),
            QCoreApplication.translate("RunMode", "Please return to your seats"),
            QCoreApplication.translate("RunMode", "Write on your own for now"),
        ]
        text, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("RunMode", "Message to the room"),
            QCoreApplication.translate("RunMode", "Message:"),
            presets,
            0,
            True,
        )
        return text.strip() if ok and text.strip() else None

    @staticmethod
    def late_minutes(parent: QWidget | None) -> int | None:
        minutes, ok = QInputDialog.getInt(
            parent,
            QCoreApplication.translate("RunMode", "Started late"),
            QCoreApplication.translate("RunMode", "How many minutes late did we start?"),
            5,
            0,
            180,
        )
        return minutes if ok else None


class RunMode(QObject):
    """Creates and wires the run windows for one workshop."""

    def __init__(
        self,
        store: Store,
        workshop_id: uuid.UUID,
        chimes: Chimes | None = None,
        settings: Settings | None = None,
    ):
        super().__init__()
        self.settings = settings or Settings()
        self.workshop_id = workshop_id
        self.session = RunSession(store, workshop_id)
        self.chimes = chimes if chimes is not None else Chimes(self)
        self.controller = RunController(self.session, self.chimes)
        self.console = OperatorConsole(self.controller)
        self.projector = ProjectorWindow()
        self.projector.setWindowTitle(
            fill(
                QCoreApplication.translate("RunMode", "Ippo projector — %1"),
                self.session.detail.workshop.title,
            )
        )
        self.controller.frame_changed.connect(self.projector.set_frame)
        self.console.fullscreen_requested.connect(self.show_projector_fullscreen)
        self.console.leave_fullscreen_requested.connect(self.leave_fullscreen)
        self.projector.escape_pressed.connect(self.leave_fullscreen)
        self.projector.fullscreen_requested.connect(self.show_projector_fullscreen)
        self.console.message_requested.connect(self.ask_message)
        self.console.groups_requested.connect(self.toggle_groups)
        #: The cards the Groups tab last sent; G shows or hides them on the projector.
        self.group_cards: tuple[GroupCard, ...] = ()
        self.console.late_start_requested.connect(self.ask_late_start)
        self.console.finish_requested.connect(self.ask_finish)
        self.console.check_requested.connect(self.venue_check)
        self.console.closed.connect(self.close)
        self.projector.set_frame(self.controller.last_frame)
        self.apply_projector_theme(self.settings)
        self.console.volume.setValue(self.settings.chime_volume)

    def apply_projector_theme(self, settings: Settings) -> None:
        """The projector in the facilitator's theme (dark, light, or their own colours)."""
        from ui.projector_custom_theme import theme_for

        self.settings = settings
        self.projector.set_theme(theme_for(settings.projector_theme, settings.custom_colors))

    def _projector_screen(self) -> QScreen | None:
        primary = QGuiApplication.primaryScreen()
        if primary is None:
            return None
        preferred = self.settings.projector_screen or None
        return choose_projector_screen(QGuiApplication.screens(), primary, preferred)

    def show(self, start: bool = False) -> None:
        """Show the console; the projector goes to a second screen when there is one."""
        self.console.resize(1280, 720)
        self.console.show()
        target = self._projector_screen()
        chosen = target is not None and target.name() == self.settings.projector_screen
        several = len(QGuiApplication.screens()) > 1
        # The laptop's own screen only when the facilitator chose it (and the console can move).
        if target is not None and (target is not QGuiApplication.primaryScreen() or
                                   (chosen and several)):  # fmt: skip
            place_fullscreen(self.projector, target)
        if start and not self.session.state().started:
            self.controller.act("start")
        self.controller.start_ticking()

    def show_projector_fullscreen(self) -> None:
        target = self._projector_screen() or self.console.screen()
        place_fullscreen(self.projector, target)
        self.projector.activateWindow()

    def leave_fullscreen(self) -> None:
        if self.projector.isFullScreen():
            self.projector.showNormal()
            self.projector.resize(960, 540)
        self.console.activateWindow()

    def ask_message(self) -> None:
        if self.controller.last_state.message:
            self.controller.act("hide_message")
            return
        text = RunDialogs.message(self.console, utcnow())
        if text:
            self.controller.act("show_message", text)

    def set_group_cards(self, cards: tuple[GroupCard, ...], show: bool = True) -> None:
        """New groups from the Groups tab (names only); shown at once unless ``show`` is off."""
        self.group_cards = tuple(cards)
        if show or self.controller.groups:
            self.controller.show_groups(self.group_cards)

    def toggle_groups(self) -> None:
        self.controller.show_groups(() if self.controller.groups else self.group_cards)

    def ask_late_start(self) -> None:
        minutes = RunDialogs.late_minutes(self.console)
        if minutes is not None:
            self.controller.act("late_start", minutes * 60)

    def ask_finish(self) -> None:
        if Dialogs.confirm(
            self.console,
            QCoreApplication.translate("RunMode", "Finish the workshop"),
            QCoreApplication.translate(
                "RunMode",
                "Finish the workshop now? The planned and actual times are kept for the report.",
            ),
            QCoreApplication.translate("RunMode", "Finish"),
        ):
            self.controller.act("finish")

    def venue_check(self) -> None:
        from app.venue_check import run_checks
        from ui.venue_check_dialog import VenueCheckDialog

        store = self.session.store
        dialog = VenueCheckDialog(
            run_checks(store.data_dir, store, utcnow()),
            rerun=lambda: run_checks(store.data_dir, store, utcnow()),
            chimes=self.chimes,
            parent=self.console,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def is_open(self) -> bool:
        return shiboken6.isValid(self.console) and self.console.isVisible()

    def raise_(self) -> None:
        self.console.showNormal()
        self.console.raise_()
        self.console.activateWindow()

    def close(self) -> None:
        """The console was closed: stop the clock's timer and take the projector down."""
        self.controller.stop()
        if shiboken6.isValid(self.projector):
            self.projector.close()

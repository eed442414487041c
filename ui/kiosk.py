"""The kiosk: one participant types their own worksheet on a shared laptop.

Full screen, with only that participant's worksheet (the same four sections as the
facilitator's editor) and their own name at the top. It holds nothing about anyone else: no
participant list, no picker, no menus, and the widget tree is checked by a test for other
names. Leaving (Esc, the small "Back to the facilitator" button, or closing the window) asks for
the facilitator's PIN; a wrong PIN keeps the kiosk open. Only quitting the app closes it
without the PIN, after storing everything.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFound
from app.models import Participant
from app.worksheets import get_worksheet
from ui.autosave import DEBOUNCE_MS, Autosaver, SaveStatusLabel
from ui.i18n import fill
from ui.tones import set_tone
from ui.worksheet_editor import WorksheetForm

if TYPE_CHECKING:
    from app.store import Store


def _participant(store: Store, participant_id: uuid.UUID) -> Participant:
    with store.session() as session:
        person = session.get(Participant, participant_id)
    if person is None:
        raise NotFound(f"No participant has the id {participant_id}.")
    return person


class KioskWindow(QWidget):
    """A participant's own worksheet, full screen, left only with the facilitator's PIN.

    Args:
        store: the open store.
        participant_id: whose worksheet this is.
        pin_check: says whether a PIN is the facilitator's.
        parent: usually None (a window of its own).
        now_ms: wall clock in ms since the epoch; tests inject it.
        background: store on a worker thread (the app) or at once on this thread (tests).
        debounce_ms: the pause in typing after which changes are stored.
    """

    left = Signal()  # the facilitator entered the PIN and the kiosk closed

    def __init__(
        self,
        store: Store,
        participant_id: uuid.UUID,
        pin_check: Callable[[str], bool],
        parent: QWidget | None = None,
        *,
        now_ms: Callable[[], float] | None = None,
        background: bool = True,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._pin_check = pin_check
        self._may_close = False
        self._asking = False
        self._now_ms = now_ms or (lambda: time.time() * 1000)
        self._name = _participant(store, participant_id).name
        self.autosaver = Autosaver(store, self, background=background, debounce_ms=debounce_ms,
                                   now_ms=self._now_ms)  # fmt: skip
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 24px; font-weight: bold;")
        self.hint = QLabel()
        set_tone(self.hint, "muted")
        self.hint.setWordWrap(True)
        self.status = SaveStatusLabel(self.autosaver)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.pin_message = QLabel()
        set_tone(self.pin_message, "error")
        self.leave_button = QPushButton()
        self.leave_button.setFlat(True)
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never hit by Tab or Enter
        self.leave_button.clicked.connect(self.request_leave)
        self.form = WorksheetForm(self.autosaver, self._today)
        self.form.load(participant_id, get_worksheet(store, participant_id), {})
        self._lay_out()
        self.retranslate()
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting closes every window; the kiosk must not stop that (nor a logout).
            app.installEventFilter(self)
            app.aboutToQuit.connect(self.allow_close)
            if isinstance(app, QApplication):
                app.commitDataRequest.connect(self.allow_close)

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.heading)
        names.addWidget(self.hint)
        header.addLayout(names, 3)
        right = QVBoxLayout()
        right.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.status)
        right.addWidget(self.pin_message, 0, Qt.AlignmentFlag.AlignRight)
        header.addLayout(right, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 20, 32, 20)
        column.addLayout(header)
        column.addWidget(self.form, 1)

    def retranslate(self) -> None:
        title = fill(QCoreApplication.translate("Kiosk", "%1's worksheet"), self._name)
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.hint.setText(
            QCoreApplication.translate(
                "Kiosk",
                "Write in your own words. Nobody else's answers are on this screen.",
            )
        )
        leave = QCoreApplication.translate("Kiosk", "Back to the facilitator")
        self.leave_button.setText(leave)
        self.leave_button.setAccessibleName(leave)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def present(self) -> None:
        """Show the kiosk full screen, ready to type."""
        self.showFullScreen()
        self.activateWindow()
        self.form.setFocus()

    # -- leaving ---------------------------------------------------------------------------------

    @staticmethod
    def ask_pin(parent: QWidget) -> str | None:
        """The facilitator's PIN, or None when cancelled (the seam tests replace)."""
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("Kiosk", "Facilitator PIN"),
            QCoreApplication.translate("Kiosk", "Enter the facilitator's PIN to leave the kiosk."),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def request_leave(self) -> bool:
        """Ask for the PIN; close when it is right. Returns whether the kiosk closed."""
        if self._unlock():
            self.close()
            return True
        return False

    def allow_close(self) -> None:
        """Let the next close through without a PIN (the app quits; the facilitator's code)."""
        self._may_close = True
        self._forced = True

    def _unlock(self) -> bool:
        if self._may_close:
            return True
        if self._asking:
            return False
        self._asking = True
        try:
            pin = type(self).ask_pin(self)
        finally:
            self._asking = False
        if pin is None:
            self.pin_message.clear()
            return False
        if not self._pin_check(pin):
            self.pin_message.setText(QCoreApplication.translate("Kiosk", "Wrong PIN."))
            return False
        self.pin_message.clear()
        self._may_close = True
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unlock():
            event.ignore()
            return
        self.form.commit_open_edits()
        if not self.autosaver.flush_and_wait() and not getattr(self, "_forced", False):
            # The typing is not in the store yet: the kiosk stays, with the reason on screen
            # (the saved-state line), rather than hand back a sheet without it.
            self._may_close = False
            event.ignore()
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        event.accept()
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.request_leave()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Quit:
            self.allow_close()
        return False

    def _today(self) -> dt.date:
        return dt.datetime.fromtimestamp(self._now_ms() / 1000).date()

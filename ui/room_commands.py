"""The main window's commands for the room: worksheets (built on first use), the kiosk, and
the groups on paper and on the projector. A mixin of :class:`ui.main_window.MainWindow`."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.errors import UserError
from ui.dialogs import Dialogs, SaveDialogs, show_user_error
from ui.i18n import fill
from ui.kiosk_pin import KioskPin

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QTabWidget

    from app.settings import Settings
    from app.store import Store
    from ui.groups_panel import GroupsPanel
    from ui.participants_view import ParticipantsPanel

    _Window = QWidget  # checked as the window it is mixed into
else:
    _Window = object  # a plain mixin at run time


class RoomCommands(_Window):
    """What the Worksheets and Groups tabs ask the window to do."""

    # What the window holds and does, which these commands use.
    store: Store | None
    current_id: uuid.UUID | None
    _worksheets_page: QWidget | None
    _worksheet_editor: Any
    _detail: Any
    _groups_page: QWidget
    tabs: QTabWidget
    participants: ParticipantsPanel
    statusBar: Callable[[], QStatusBar]
    _guarded: Callable[[Callable[[], Any]], Any]
    if TYPE_CHECKING:  # the window's read-only properties

        @property
        def groups(self) -> GroupsPanel: ...

        @property
        def settings(self) -> Settings: ...

    def open_kiosk(self) -> None:
        """The worksheet's participant writes on this laptop; only a PIN brings it back."""
        from ui.kiosk import KioskWindow

        store = self.store
        editor = self.worksheets if store is not None else None
        person = editor.current_participant() if editor is not None else None
        if person is None or store is None:
            Dialogs.info(
                self,
                QCoreApplication.translate("MainWindow", "Kiosk"),
                QCoreApplication.translate(
                    "MainWindow", "Choose a participant in Worksheets first."
                ),
            )
            return
        saved = self.settings.kiosk_pin
        pin = None if saved else KioskPin.choose(self)
        if not saved and not pin:
            return
        if not self._store_typing():
            return  # two autosavers for one person would overwrite each other
        person_id = person if isinstance(person, uuid.UUID) else person.id
        kiosk = self._guarded(lambda: KioskWindow(store, person_id, _pin_check(saved, pin)))
        if kiosk is None:
            return
        # Nothing of anyone else may stay on screen behind the kiosk (a preview, a dialog).
        for window in self.findChildren(QDialog):
            window.close()
        self.kiosk = kiosk
        kiosk.left.connect(lambda: self._kiosk_left(person_id))
        self.hide()
        kiosk.present()

    def _kiosk_left(self, person_id: uuid.UUID) -> None:
        self.show()
        self.kiosk.deleteLater()
        self.worksheets.show_participant(person_id)

    def _store_typing(self) -> bool:
        """Everything typed in the worksheet editor is in the store (said when it is not)."""
        editor = self._worksheet_editor
        if editor is None:
            return True
        editor.form.commit_open_edits()
        if editor.autosaver.flush_and_wait():
            return True
        show_user_error(
            self,
            UserError(
                QCoreApplication.translate("MainWindow", "Some typing is not saved yet."),
                QCoreApplication.translate(
                    "MainWindow",
                    "It is kept on screen. Read the message in Worksheets, then try again.",
                ),
            ),
        )
        return False

    def print_groups(self) -> None:
        """The groups as an A4 PDF (ReportLab, the bundled font), saved where the facilitator
        chooses; characters the font cannot draw are named."""
        from reports.group_list import write_group_list

        if self._detail is None:
            return
        w = self._detail.workshop
        name = f"{w.date.isoformat() if w.date else ''}_{w.title}_groups.pdf".lstrip("_")
        path = SaveDialogs.pdf_path(
            self, QCoreApplication.translate("MainWindow", "Save the group list"), name
        )
        if path is None:
            return
        try:
            missing = write_group_list(path, w.title, w.date, self.groups.printed_rounds())
        except OSError as error:
            show_user_error(
                self,
                UserError(
                    fill(
                        QCoreApplication.translate("MainWindow", "The list could not be saved: %1"),
                        error.strerror or error,
                    ),
                    QCoreApplication.translate(
                        "MainWindow", "Choose another folder, or free some disk space."
                    ),
                ),
            )
            return
        message = fill(QCoreApplication.translate("MainWindow", "Saved the group list: %1"), path)
        if missing:
            message += "  " + fill(
                QCoreApplication.translate(
                    "MainWindow", "These characters cannot be printed: %1 — set a print name."
                ),
                " ".join(missing),
            )
        self.statusBar().showMessage(message)

    @property
    def worksheets(self) -> Any:
        """The worksheet editor, built on first use (the tab, the kiosk, a test)."""
        if self._worksheet_editor is None:
            from ui.worksheet_editor import WorksheetEditor

            assert self.store is not None and self._worksheets_page is not None
            self._worksheet_editor = WorksheetEditor(self.store)
            self._worksheet_editor.failed.connect(lambda error: show_user_error(self, error))
            layout = self._worksheets_page.layout()
            assert layout is not None
            layout.addWidget(self._worksheet_editor)
            self._worksheet_editor.show()  # added to a visible page: show it now, not later
            self._worksheet_editor.set_workshop(getattr(self, "_detail", None))
        return self._worksheet_editor

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if self._worksheets_page is not None and page is self._worksheets_page:
            _ = self.worksheets
        if page is self._groups_page:
            _ = self.groups

    def show_groups(self, cards: tuple[Any, ...]) -> None:
        """The Groups tab's cards go to the projector of the running workshop."""
        self._group_cards = cards
        running = getattr(self, "run_mode", None)
        if running is not None and running.is_open() and running.workshop_id == self.current_id:
            running.set_group_cards(cards)
            return
        Dialogs.info(
            self,
            QCoreApplication.translate("MainWindow", "Groups"),
            QCoreApplication.translate(
                "MainWindow",
                "Open run mode (Ctrl+R) to show the groups on the projector; they are kept for it, and G shows or hides them.",  # noqa: E501
            ),
        )

    def _selected_person(self) -> uuid.UUID | None:
        """The participant open in Worksheets, else the one selected in Participants."""
        editor = self._worksheet_editor
        chosen = editor.current_participant() if editor is not None else None
        return chosen or self.participants.selected_id()

    def preview_sheet(self) -> None:
        """One participant's one-page sheet, as it will print."""
        from ui.sheet_preview import SheetPreview

        person = self._selected_person()
        store, workshop_id = self.store, self.current_id
        if person is None or workshop_id is None or store is None:
            Dialogs.info(
                self,
                QCoreApplication.translate("MainWindow", "Preview"),
                QCoreApplication.translate(
                    "MainWindow", "Choose a participant in Participants or Worksheets first."
                ),
            )
            return
        if not self._store_typing():  # print what was just typed
            return
        preview = self._guarded(
            lambda: SheetPreview(
                store,
                workshop_id,
                person,
                self,
                fallback_fonts=[Path(f) for f in self.settings.fallback_fonts],
            )
        )
        if preview is not None:
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.sheet_preview = preview
            preview.show()

    def print_sheets(self) -> None:
        """Everyone's sheets (or the checked-in people's, or a selection) in a worker."""
        from ui.print_batch import PrintBatchDialog

        store, workshop_id = self.store, self.current_id
        if workshop_id is None or store is None:
            return
        if not self._store_typing():
            return
        dialog = self._guarded(
            lambda: PrintBatchDialog(
                store,
                workshop_id,
                self,
                fallback_fonts=[Path(f) for f in self.settings.fallback_fonts],
                paper=self.settings.paper,
            )
        )
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()


def _pin_check(saved: str, chosen: str | None) -> Callable[[str], bool]:
    """The PIN from the settings (kept hashed) or the one chosen for this kiosk session."""
    if saved:
        from app.settings import pin_matches

        return lambda entered: pin_matches(saved, entered)
    return lambda entered: entered == chosen

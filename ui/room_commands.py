"""The main window's commands for the room: worksheets (built on first use), the kiosk, and
the groups on paper and on the projector. A mixin of :class:`ui.main_window.MainWindow`."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import UserError
from ui.dialogs import Dialogs, SaveDialogs, show_user_error
from ui.i18n import fill
from ui.kiosk_pin import KioskPin

if TYPE_CHECKING:
    from app.store import Store


class RoomCommands:
    """What the Worksheets and Groups tabs ask the window to do."""

    store: Store | None
    current_id: uuid.UUID | None
    _worksheets_page: QWidget | None
    _worksheet_editor: Any

    def open_kiosk(self) -> None:
        """The worksheet's participant writes on this laptop; only a PIN brings it back."""
        from ui.kiosk import KioskWindow

        editor = self.worksheets if self.store is not None else None
        person = editor.current_participant() if editor is not None else None
        if person is None:
            Dialogs.info(
                self,
                QCoreApplication.translate("MainWindow", "Kiosk"),
                QCoreApplication.translate(
                    "MainWindow", "Choose a participant in Worksheets first."
                ),
            )
            return
        pin = KioskPin.choose(self)
        if not pin:
            return
        editor.autosaver.flush_and_wait()
        person_id = person if isinstance(person, uuid.UUID) else person.id
        self.kiosk = KioskWindow(self.store, person_id, lambda entered: entered == pin)
        self.kiosk.left.connect(lambda: self._kiosk_left(person_id))
        self.hide()
        self.kiosk.present()

    def _kiosk_left(self, person_id: uuid.UUID) -> None:
        self.show()
        self.worksheets.show_participant(person_id)

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
            layout = self._worksheets_page.layout()
            assert layout is not None
            layout.addWidget(self._worksheet_editor)
            self._worksheet_editor.show()  # added to a visible page: show it now, not later
            self._worksheet_editor.set_workshop(getattr(self, "_detail", None))
        return self._worksheet_editor

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)  # type: ignore[attr-defined]
        if self._worksheets_page is not None and page is self._worksheets_page:
            _ = self.worksheets
        if page is self._groups_page:  # type: ignore[attr-defined]
            _ = self.groups  # type: ignore[attr-defined]

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
        return chosen or self.participants.selected_id()  # type: ignore[attr-defined]

    def preview_sheet(self) -> None:
        """One participant's one-page sheet, as it will print."""
        from ui.sheet_preview import SheetPreview

        person = self._selected_person()
        if person is None or self.current_id is None or self.store is None:
            Dialogs.info(
                self,  # type: ignore[arg-type]
                QCoreApplication.translate("MainWindow", "Preview"),
                QCoreApplication.translate(
                    "MainWindow", "Choose a participant in Participants or Worksheets first."
                ),
            )
            return
        if self._worksheet_editor is not None:
            self._worksheet_editor.autosaver.flush_and_wait()  # print what was just typed
        self.sheet_preview = SheetPreview(self.store, self.current_id, person, self)  # type: ignore[arg-type]
        self.sheet_preview.show()

    def print_sheets(self) -> None:
        """Everyone's sheets (or the checked-in people's, or a selection) in a worker."""
        from ui.print_batch import PrintBatchDialog

        if self.current_id is None or self.store is None:
            return
        if self._worksheet_editor is not None:
            self._worksheet_editor.autosaver.flush_and_wait()
        dialog = PrintBatchDialog(self.store, self.current_id, self)  # type: ignore[arg-type]
        dialog.exec()

"""The main window's commands for the people of a workshop: roster import, add, edit,
remove, check-in. A mixin of :class:`ui.main_window.MainWindow`: the window composes, this acts."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.errors import QT_TRANSLATE_NOOP
from ui.dialogs import Dialogs
from ui.i18n import fill
from ui.person_dialog import PersonDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.erasure import ErasureReport
    from app.store import Store
    from ui.participants_view import ParticipantsPanel
    from ui.workshop_list import WorkshopListModel, WorkshopListView

    _Window = QWidget  # checked as the window it is mixed into
else:
    _Window = object  # a plain mixin at run time


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


_FINISHED = QT_TRANSLATE_NOOP("MainWindow", "Ippo was closed while it was erasing someone from its backups; that is finished now.")  # noqa: E501  # fmt: skip
_NOT_FINISHED = QT_TRANSLATE_NOOP("MainWindow", "Ippo was closed while it was erasing someone from its backups, and could not finish it now (%1). It tries again at the next start.")  # noqa: E501  # fmt: skip
_STRINGS = (  # for lupdate: the texts _t() translates
    QT_TRANSLATE_NOOP("MainWindow", "Erasure finished"),
    QT_TRANSLATE_NOOP("MainWindow", "Erasure not finished"),
    QT_TRANSLATE_NOOP("MainWindow", "Erasing %1…"),
    QT_TRANSLATE_NOOP("MainWindow", "Everything about %1 was erased from the store."),
    QT_TRANSLATE_NOOP("MainWindow", "It was also removed from %1 backups."),
    QT_TRANSLATE_NOOP(
        "MainWindow", "Could not erase it from the backup %1 (%2): delete that file yourself."
    ),
    QT_TRANSLATE_NOOP("MainWindow", "Files exported or printed before are not touched."),
    QT_TRANSLATE_NOOP("MainWindow", "A copy stays in the store's log until Ippo closes."),
    QT_TRANSLATE_NOOP("MainWindow", "Participant erased"),
)


class PeopleCommands(_Window):
    """What the Participants tab asks the window to do."""

    # What the window holds and does, which these commands use.
    store: Store | None
    current_id: uuid.UUID | None
    _detail: Any
    _groups_panel: Any
    _worksheet_editor: Any
    participants: ParticipantsPanel
    workshop_model: WorkshopListModel
    workshop_list: WorkshopListView
    _update_heading: Callable[[], None]
    _guarded: Callable[[Callable[[], Any]], Any]

    def _people_changed(self) -> None:
        from app import workshops

        store, workshop_id = self.store, self.current_id
        if store is None or workshop_id is None:
            return
        detail = self._guarded(lambda: workshops.get_workshop(store, workshop_id))
        if detail is None:
            return
        self._detail = detail
        self.participants.set_people(self._detail.participants)
        if self._groups_panel is not None:
            self._groups_panel.set_people(self._detail.participants)
        if self._worksheet_editor is not None:
            self._worksheet_editor.set_workshop(self._detail)
        self.workshop_model.set_rows(workshops.list_workshops(store))
        self.workshop_list.blockSignals(True)
        self.workshop_list.select_id(self.current_id)
        self.workshop_list.blockSignals(False)
        self._update_heading()

    def add_person(self) -> None:
        from app.participants import PersonDraft, add_participants, update_participant

        values = PersonDialog.ask(self, None)
        store, workshop_id = self.store, self.current_id
        if values is None or store is None or workshop_id is None:
            return
        print_name = values.pop("print_name", "")
        draft = PersonDraft(
            name=values["name"],
            reading=values["reading"],
            department=values["department"],
            employee_code=values["employee_code"],
            email=values["email"],
        )
        added = self._guarded(lambda: add_participants(store, workshop_id, [draft]))
        if added and print_name.strip():
            self._guarded(lambda: update_participant(store, added[0].id, print_name=print_name))
        self._people_changed()

    def edit_person(self, person_id: uuid.UUID) -> None:
        from app.participants import update_participant

        person = next((p for p in self._detail.participants if p.id == person_id), None)
        values = PersonDialog.ask(self, person) if person is not None else None
        store = self.store
        if values is not None and store is not None:
            self._guarded(lambda: update_participant(store, person_id, **values))
            self._people_changed()

    def remove_person(self, person_id: uuid.UUID) -> None:
        from app.participants import remove_participant

        person = next((p for p in self._detail.participants if p.id == person_id), None)
        choice = PersonDialog.ask_remove(self, person.name) if person is not None else None
        store = self.store
        if choice == "erase" and person is not None:
            self.erase_person(person_id, person.name)
        elif choice is not None and store is not None:
            self._guarded(lambda: remove_participant(store, person_id, erase_worksheet=False))
            self._people_changed()

    def erase_person(self, person_id: uuid.UUID, name: str) -> None:
        """Erase one person everywhere Ippo keeps data, then say where copies may remain."""
        from app.erasure import erase_participant
        from ui.busy import Busy

        store = self.store
        if store is None:
            return
        text = fill(_t("Erasing %1…"), name)
        report = self._guarded(
            lambda: Busy.run(
                self,
                text,
                lambda progress: erase_participant(store, person_id, progress=progress),
            )
        )
        self._people_changed()
        if report is None:
            return
        lines = [fill(_t("Everything about %1 was erased from the store."), name)]
        if report.backups_rewritten:
            count = len(report.backups_rewritten)
            lines.append(fill(_t("It was also removed from %1 backups."), count))
        for path, reason in report.backups_failed:
            failed = _t("Could not erase it from the backup %1 (%2): delete that file yourself.")
            lines.append(fill(failed, path, reason))
        if report.log_pending:
            lines.append(_t("A copy stays in the store's log until Ippo closes."))
        lines.append(_t("Files exported or printed before are not touched."))
        Dialogs.info(self, _t("Participant erased"), "\n".join(lines))

    def report_finished_erasure(self, finished: ErasureReport | str) -> None:
        """Say what opening the store did for an erasure Ippo was closed in the middle of."""
        if isinstance(finished, str):
            Dialogs.info(self, _t("Erasure not finished"), fill(_t(_NOT_FINISHED), finished))
            return
        lines = [_t(_FINISHED)]
        if finished.backups_rewritten:
            count = len(finished.backups_rewritten)
            lines.append(fill(_t("It was also removed from %1 backups."), count))
        for path, reason in finished.backups_failed:
            failed = _t("Could not erase it from the backup %1 (%2): delete that file yourself.")
            lines.append(fill(failed, path, reason))
        Dialogs.info(self, _t("Erasure finished"), "\n".join(lines))

    def check_in(self, person_id: uuid.UUID, present: bool) -> None:
        from app.participants import set_checked_in

        store = self.store
        if store is None:
            return
        self._guarded(lambda: set_checked_in(store, person_id, present))
        self._people_changed()

    def import_roster(self) -> None:
        from ui.roster_dialog import RosterImportDialog

        if self.store is None or self.current_id is None:
            return
        result = RosterImportDialog.run(self, self.store, self.current_id)
        if result is not None:
            self._people_changed()

"""The main window: composes the workshop list and the open workshop's panels, wires signals,
and keeps the open workshop's state. Its commands are mixins: ui/workshop_commands.py (whole
workshops), ui/people_commands.py, ui/room_commands.py, ui/groups_tab.py (the Groups tab),
ui/exchange_commands.py and ui/settings_commands.py.

It holds no business rule: each handler asks a service in ``app`` and shows the answer.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFound, UserError
from ui.actions import MENUS, make_actions, retranslate_actions
from ui.agenda_editor import AgendaEditor
from ui.dialogs import Dialogs
from ui.exchange_commands import ExchangeCommands
from ui.groups_tab import GroupsTab
from ui.i18n import fill
from ui.participants_view import ParticipantsPanel
from ui.people_commands import PeopleCommands
from ui.room_commands import RoomCommands
from ui.settings_commands import SettingsCommands
from ui.workshop_commands import WorkshopCommands, workshops_module
from ui.workshop_details import WorkshopDetails
from ui.workshop_list import WorkshopListModel, WorkshopListView

if TYPE_CHECKING:
    from app.quick_view import QuickView
    from app.store import Store
    from app.template_model import TemplateProblem, WorkshopTemplate
    from ui.groups_panel import GroupsPanel
    from ui.settings_store import SettingsStore


class MainWindow(
    QMainWindow,
    WorkshopCommands,
    PeopleCommands,
    RoomCommands,
    GroupsTab,
    ExchangeCommands,
    SettingsCommands,
):
    """Ippo's planning window."""

    def __init__(
        self,
        store: Store | None,
        templates: list[WorkshopTemplate],
        template_problems: list[TemplateProblem] | None = None,
        parent: QWidget | None = None,
        preview: QuickView | None = None,
        settings: SettingsStore | None = None,
    ) -> None:
        """Compose the window. With ``store=None`` it shows ``preview`` (the first look at the
        store, read before SQLAlchemy loads) with every command off, until :meth:`attach`.
        ``settings`` are the data folder's; without them they are read when a store attaches."""
        super().__init__(parent)
        self.settings_store: SettingsStore | None = None
        if settings is not None:
            self.use_settings(settings)
        self.store = store
        self.templates = templates
        self.template_problems = list(template_problems or [])
        self.current_id: uuid.UUID | None = None
        self.undo_stack = QUndoStack(self)
        self._worksheets_page: QWidget | None = None
        self._worksheet_editor: Any = None

        self.actions_by_id = make_actions(self)
        self.workshop_model = WorkshopListModel(self)
        self.workshop_list = WorkshopListView(self.workshop_model)
        self.heading = QLabel()
        self.heading.setObjectName("workshopHeading")
        self.details = WorkshopDetails()
        self.agenda = AgendaEditor(store, self.undo_stack)
        self.participants = ParticipantsPanel()
        # Built when first opened (its cards are many widgets); the page holds its place.
        self._groups_page = QWidget()
        QVBoxLayout(self._groups_page).setContentsMargins(0, 0, 0, 0)
        self._groups_panel: GroupsPanel | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda, "")
        self.tabs.addTab(self.participants, "")
        self.tabs.addTab(self._groups_page, "")
        self.tabs.addTab(self.details, "")

        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.heading)
        column.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.workshop_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 960])
        self.setCentralWidget(splitter)
        self._build_menus()
        self._connect_signals()
        self.retranslate()
        if store is None:
            self._show_preview(preview)
        else:
            self.attach(store, templates, self.template_problems)

    def _show_preview(self, preview: QuickView | None) -> None:
        for action in self.actions_by_id.values():
            action.setEnabled(action is self.actions_by_id["quit"])
        if preview is None:
            return
        self.workshop_model.set_rows(preview.summaries)
        detail = preview.detail
        if detail is not None:
            self.current_id = detail.workshop.id
            self.workshop_list.blockSignals(True)
            self.workshop_list.select_id(detail.workshop.id)
            self.workshop_list.blockSignals(False)
        self.details.set_workshop(detail.workshop if detail else None)  # type: ignore[arg-type]
        self.agenda.set_workshop(detail)
        self.participants.set_people(detail.participants if detail else [])  # type: ignore[arg-type]
        self._detail = detail
        self._update_heading()

    def attach(
        self,
        store: Store,
        templates: list[WorkshopTemplate],
        template_problems: list[TemplateProblem] | None = None,
    ) -> None:
        """The store is open: show what it holds and switch the commands on."""
        self.store = store
        if self.settings_store is None:
            from ui.settings_store import SettingsStore

            self.use_settings(SettingsStore.load(store.data_dir, self))
        self.templates = templates
        self.template_problems = list(template_problems or [])
        self.agenda.set_store(store)
        self.participants.set_editable(True)
        if self._worksheets_page is None:
            # A page now, the editor when the tab is first opened (it is the heaviest tab).
            self._worksheets_page = QWidget()
            QVBoxLayout(self._worksheets_page).setContentsMargins(0, 0, 0, 0)
            self.tabs.insertTab(2, self._worksheets_page, self.tr("Worksheets"))
        for key, action in self.actions_by_id.items():
            action.setEnabled(key not in ("undo", "redo") or self.undo_stack.canUndo())
        self.actions_by_id["redo"].setEnabled(self.undo_stack.canRedo())
        selected, self.current_id = self.current_id, None
        self.refresh_list(select=selected)
        if store.finished_erasure is not None:  # Ippo was closed in the middle of an erasure
            self.report_finished_erasure(store.finished_erasure)
        if self.template_problems:
            first = self.template_problems[0]
            self.statusBar().showMessage(
                fill(
                    self.tr("%1 template(s) could not be loaded: %2: %3: %4"),
                    len(self.template_problems),
                    first.path,
                    first.field,
                    first.message,
                )
            )

    # -- composition ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        from ui.actions import ACTIONS

        self._menus = {key: self.menuBar().addMenu("") for key in MENUS}
        toolbar = QToolBar(self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self._toolbar = toolbar
        for spec in ACTIONS:
            action = self.actions_by_id[spec.id]
            self._menus[spec.menu].addAction(action)
            if spec.toolbar:
                toolbar.addAction(action)

    def _connect_signals(self) -> None:
        handlers: dict[str, Callable[[], Any]] = {
            "new": self.new_workshop,
            "duplicate": self.duplicate_workshop,
            "delete": self.delete_workshop,
            "run": self.run_workshop,
            "kiosk": self.open_kiosk,
            "preview_sheet": self.preview_sheet,
            "print_sheets": self.print_sheets,
            "export": self.export_workshop,
            "import_archive": self.import_archive,
            "settings": self.open_settings,
            "sample": self.open_sample,
            "save_template": self.save_as_template,
            "backup": self.back_up_now,
            "quit": self.close,
            "undo": self.undo_stack.undo,
            "redo": self.undo_stack.redo,
            "about": self.about,
        }
        for key, handler in handlers.items():
            self.actions_by_id[key].triggered.connect(lambda _=False, h=handler: h())
        self.undo_stack.canUndoChanged.connect(self.actions_by_id["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.actions_by_id["redo"].setEnabled)
        self.actions_by_id["undo"].setEnabled(False)
        self.actions_by_id["redo"].setEnabled(False)
        self.workshop_list.chosen.connect(self.open_workshop)
        self.agenda.changed.connect(self._agenda_changed)
        self.details.edited.connect(self._details_edited)
        self.participants.add_requested.connect(self.add_person)
        self.participants.edit_requested.connect(self.edit_person)
        self.participants.remove_requested.connect(self.remove_person)
        self.participants.check_in_requested.connect(self.check_in)
        self.participants.import_requested.connect(self.import_roster)
        self.tabs.currentChanged.connect(self._tab_changed)

    def retranslate(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self.setWindowTitle(self.tr("Ippo — career ownership workshops"))
        for key, menu in self._menus.items():
            menu.setTitle(QCoreApplication.translate("Actions", MENUS[key]))
        retranslate_actions(self.actions_by_id)
        self._toolbar.setWindowTitle(self.tr("Workshop"))
        self.tabs.setTabText(0, self.tr("Agenda"))
        self.tabs.setTabText(1, self.tr("Participants"))
        self.tabs.setTabText(self.tabs.indexOf(self._groups_page), self.tr("Groups"))
        self.tabs.setTabText(self.tabs.indexOf(self.details), self.tr("Details"))
        if self._worksheets_page is not None:
            self.tabs.setTabText(self.tabs.indexOf(self._worksheets_page), self.tr("Worksheets"))
        self.workshop_list.setAccessibleName(self.tr("Workshops"))
        self._update_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ------------------------------------------------------------------------------

    def refresh_list(self, select: uuid.UUID | None = None) -> None:
        self.workshop_model.set_rows(workshops_module().list_workshops(self.store))
        self.workshop_list.select_id(select or self.current_id)
        if self.workshop_model.rowCount() == 0:
            self.open_workshop(None)

    def open_workshop(self, workshop_id: uuid.UUID | None) -> None:
        """Show a workshop's panels (or none); the agenda's undo history is per workshop."""
        if self.store is None:  # clicked during the first look: shown once the store is open
            self.current_id = workshop_id
            return
        if workshop_id != self.current_id:
            # Typing still pending in the old workshop's agenda is stored (and undoable) first.
            self.agenda.commit_details()
            self.undo_stack.clear()
        self.current_id = workshop_id
        detail = None
        if workshop_id is not None:
            try:
                detail = workshops_module().get_workshop(self.store, workshop_id)
            except NotFound:
                self.refresh_list()
                return
        self.details.set_workshop(detail.workshop if detail else None)
        self.agenda.set_workshop(detail)
        self.participants.set_people(detail.participants if detail else [])
        if self._groups_panel is not None:
            self._load_groups(self._groups_panel, detail)
        if self._worksheet_editor is not None:
            self._worksheet_editor.set_workshop(detail)
        for key in ("duplicate", "delete", "save_template", "run", "kiosk", "preview_sheet",
                    "print_sheets", "export"):  # fmt: skip
            self.actions_by_id[key].setEnabled(detail is not None)
        self._detail = detail
        self._apply_run_lock()

    def _run_is_live(self) -> bool:
        """The open workshop's run has started and not finished (here, or before a crash)."""
        running = getattr(self, "run_mode", None)
        if running is not None and running.is_open() and running.workshop_id == self.current_id:
            state = running.controller.last_state
            return state.started and not state.finished
        detail = getattr(self, "_detail", None)
        return detail is not None and detail.workshop.status == "running"

    def _apply_run_lock(self) -> None:
        """While a run is live, its agenda and the workshop itself stay as the run knows them:
        the run log refers to stages by position."""
        live = self._run_is_live()
        self.agenda.setEnabled(self._detail is not None and self.store is not None and not live)
        if self._detail is not None and self.store is not None:
            self.actions_by_id["delete"].setEnabled(not live)
        self._update_heading()

    def _update_heading(self) -> None:
        detail = getattr(self, "_detail", None)
        if detail is None:
            self.heading.setText(self.tr("No workshop open. Create one with New workshop."))
            return
        w = detail.workshop
        text = fill(
            self.tr("%1 — %2 · %3 people"),
            w.title,
            w.date.isoformat() if w.date else self.tr("no date"),
            len(detail.participants),
        )
        if self.store is not None and self._run_is_live():
            text += "  " + self.tr("(running: the agenda can be edited after the workshop)")
        self.heading.setText(text)

    def _agenda_changed(self) -> None:
        self.refresh_list()

    def _details_edited(self, changes: dict[str, Any]) -> None:
        if self.current_id is None:
            return
        try:
            workshops_module().update_workshop(self.store, self.current_id, **changes)
        except UserError as error:
            self.details.show_error(error)
            return
        self.refresh_list()
        self._detail = workshops_module().get_workshop(self.store, self.current_id)
        self._update_heading()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Leaving a field saves it; make sure the focused one is left before the window goes.
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        if not self._store_typing() and not Dialogs.confirm(
            self,
            self.tr("Quit"),
            self.tr("Some typing could not be saved. Quit anyway and lose it?"),
            self.tr("Quit anyway"),
        ):
            event.ignore()
            return
        super().closeEvent(event)

    def action(self, key: str) -> QAction:
        return self.actions_by_id[key]

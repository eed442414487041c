"""The main window's commands for whole workshops: new, duplicate, delete, run, the sample
workshop, save as template, back up now, about. A mixin of :class:`ui.main_window.MainWindow`.

It holds no business rule: each handler asks a service in ``app`` and shows the answer.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.errors import QT_TRANSLATE_NOOP, UserError
from ui.dialogs import Dialogs, show_user_error
from ui.i18n import fill

if TYPE_CHECKING:
    from types import ModuleType

    from PySide6.QtWidgets import QStatusBar, QWidget

    from app.settings import Settings
    from app.store import Store
    from app.template_model import WorkshopTemplate
    from ui.agenda_editor import AgendaEditor

    _Window = QWidget  # checked as the window it is mixed into
else:
    _Window = object  # a plain mixin at run time


def workshops_module() -> ModuleType:
    # The store's modules load after the first paint (see ui/application.py).
    from app import workshops

    return workshops


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


_STRINGS = (  # for lupdate: the texts _t() translates
    QT_TRANSLATE_NOOP("MainWindow", "%1 (copy)"),
    QT_TRANSLATE_NOOP(
        "MainWindow",
        "Delete 「%1」 with its agenda and its %2 participants' data? A backup is taken first.",
    ),
    QT_TRANSLATE_NOOP("MainWindow", "Delete workshop"),
    QT_TRANSLATE_NOOP("MainWindow", "Delete"),
    QT_TRANSLATE_NOOP("MainWindow", "Run the workshop"),
    QT_TRANSLATE_NOOP("MainWindow", "「%1」 is running. Close its console before running another."),
    QT_TRANSLATE_NOOP("MainWindow", "Saved the agenda as a template: %1"),
    QT_TRANSLATE_NOOP("MainWindow", "Backup saved: %1"),
)


class WorkshopCommands(_Window):
    """What the File menu and the toolbar ask the window to do with a whole workshop."""

    # What the window holds and does, which these commands use.
    store: Store | None
    templates: list[WorkshopTemplate]
    current_id: uuid.UUID | None
    _detail: Any
    agenda: AgendaEditor
    statusBar: Callable[[], QStatusBar]
    open_workshop: Callable[[uuid.UUID | None], None]
    _apply_run_lock: Callable[[], None]
    if TYPE_CHECKING:  # the window's method, called with a keyword, and read-only property

        def refresh_list(self, select: uuid.UUID | None = None) -> None: ...

        @property
        def settings(self) -> Settings: ...

    def _guarded(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except UserError as error:
            show_user_error(self, error)
            return None

    def new_workshop(self) -> None:
        from ui.new_workshop_dialog import NewWorkshopDialog

        request = NewWorkshopDialog.ask(self, self.templates)
        if request is None:
            return
        created = self._guarded(
            lambda: workshops_module().create_workshop(
                self.store,
                request.template,
                request.title,
                when=request.date,
                venue=request.venue,
                facilitator=request.facilitator,
                language=request.language,
                warning_seconds=self.settings.warning_minutes * 60,
                chimes=self.settings.chimes,
            )
        )
        if created is not None:
            self.refresh_list(select=created.id)

    def duplicate_workshop(self) -> None:
        if self.current_id is None or self._detail is None:
            return
        title = fill(_t("%1 (copy)"), self._detail.workshop.title)
        copy = self._guarded(
            lambda: workshops_module().duplicate_workshop(self.store, self.current_id, title)
        )
        if copy is not None:
            self.refresh_list(select=copy.id)

    def delete_workshop(self) -> None:
        store = self.store
        if store is None or self.current_id is None or self._detail is None:
            return
        detail = self._detail
        question = fill(
            _t(
                "Delete 「%1」 with its agenda and its %2 participants' data? "
                "A backup is taken first."
            ),
            detail.workshop.title,
            len(detail.participants),
        )
        if not Dialogs.confirm(self, _t("Delete workshop"), question, _t("Delete")):
            return
        from app.backups import make_backup

        if (
            self._guarded(
                lambda: make_backup(
                    store, reason="before-delete", keep_days=self.settings.backup_days
                )
            )
            is None
        ):
            return  # the dialog promised a backup first: no backup, no deletion
        self._guarded(lambda: workshops_module().delete_workshop(store, detail.workshop.id))
        self.current_id = None
        self.refresh_list()

    def run_workshop(self, start: bool = False) -> None:
        """Open run mode (console + projector) for the open workshop."""
        if self.current_id is None or self.store is None:
            return
        from ui.run_mode import RunMode

        running = getattr(self, "run_mode", None)
        if running is not None and running.is_open():
            # One run window at a time: its clock, keys and projector would be shared.
            if running.workshop_id != self.current_id:
                Dialogs.info(
                    self,
                    _t("Run the workshop"),
                    fill(
                        _t("「%1」 is running. Close its console before running another."),
                        running.session.detail.workshop.title,
                    ),
                )
            running.raise_()
            return
        self.agenda.commit_details()
        try:
            self.run_mode = RunMode(self.store, self.current_id, settings=self.settings)
        except UserError as error:
            show_user_error(self, error)
            return
        self.run_mode.controller.state_changed.connect(self._run_state_changed)
        cards = getattr(self, "_group_cards", ())
        if cards:
            self.run_mode.set_group_cards(cards, show=False)
        self.run_mode.console.closed.connect(self._run_closed)
        self.run_mode.show(start=start)

    def _run_state_changed(self, state: Any) -> None:
        live = state.started and not state.finished
        if live != getattr(self, "_last_live", None):  # not on every tick: only on a change
            self._last_live = live
            self._apply_run_lock()

    def _run_closed(self) -> None:
        if self.current_id is not None:
            self.open_workshop(self.current_id)

    def open_sample(self) -> None:
        template = next((t for t in self.templates if t.id == "workshop-90"), None)
        store = self.store
        if template is None or store is None:
            return
        from app.demo import create_demo

        created = self._guarded(lambda: create_demo(store, template))
        if created is not None:
            self.refresh_list(select=created.id)

    def save_as_template(self) -> None:
        store = self.store
        if self._detail is None or store is None:
            return
        detail = self._detail
        title = detail.workshop.title
        from app.template_build import template_from_stages
        from app.templates import save_template

        template = template_from_stages(
            f"my-{detail.workshop.id.hex[:8]}",
            {"ja": title, "en": title},
            workshops_module().stage_templates(detail),
        )
        path = self._guarded(lambda: save_template(template, store.data_dir.templates))
        if path is not None:
            self.templates.append(template)
            self.statusBar().showMessage(fill(_t("Saved the agenda as a template: %1"), path))

    def back_up_now(self) -> None:
        from app.backups import make_backup

        store = self.store
        if store is None:
            return
        days = self.settings.backup_days
        path = self._guarded(lambda: make_backup(store, reason="manual", keep_days=days))
        if path is not None:
            self.statusBar().showMessage(fill(_t("Backup saved: %1"), path))

    def about(self) -> None:
        if self.store is not None:
            Dialogs.about(self, self.store.data_dir)

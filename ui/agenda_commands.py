"""Undoable agenda edits: each command calls an ``app.workshops`` service and can reverse it.

The editor applies a command once with :meth:`AgendaCommand.apply` *before* pushing it, so a
:class:`UserError` (0 minutes, an empty title) reaches the editor and nothing enters the stack;
``QUndoStack.push`` then calls ``redo()``, which only has to announce the change.
Later undo/redo failures (the workshop was deleted meanwhile) are reported, not raised: Qt calls
these methods from C++, where a Python exception would only be printed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.errors import UserError

if TYPE_CHECKING:
    from types import ModuleType

    from app.models import Stage
    from app.store import Store


def _services() -> ModuleType:
    # Imported on first use: the main window paints before SQLAlchemy is loaded.
    from app import workshops

    return workshops


class Listener(Protocol):
    """Who hears about the commands' stored changes and failures (the editor)."""

    def after_change(self, select: uuid.UUID | None) -> None:
        """A change was stored; ``select`` is the stage to show (None: keep the selection)."""

    def report(self, error: UserError) -> None:
        """An undo or redo could not be stored."""


EDIT_STAGE_ID = 0x1990  # any constant unique among Ippo's commands: QUndoStack merges by id()


def edit_text(field: str) -> str:
    """The undo/redo label of an edit of ``field`` (as shown in an Edit menu)."""
    texts = {
        "title": QCoreApplication.translate("AgendaEditor", "Rename stage"),
        "kind": QCoreApplication.translate("AgendaEditor", "Change stage kind"),
        "planned_seconds": QCoreApplication.translate("AgendaEditor", "Change stage length"),
        "instructions": QCoreApplication.translate("AgendaEditor", "Edit instructions"),
        "prompts": QCoreApplication.translate("AgendaEditor", "Edit prompts"),
        "warning_seconds": QCoreApplication.translate("AgendaEditor", "Change warning time"),
        "protected": QCoreApplication.translate("AgendaEditor", "Change protection"),
        "at_zero": QCoreApplication.translate("AgendaEditor", "Change what happens at zero"),
        "chimes": QCoreApplication.translate("AgendaEditor", "Change chimes"),
    }
    return texts.get(field, QCoreApplication.translate("AgendaEditor", "Edit stage"))


class AgendaCommand(QUndoCommand):
    """Shared plumbing: first application before push, reporting, announcing."""

    def __init__(self, store: Store, listener: Listener, text: str) -> None:
        super().__init__(text)
        self._store = store
        self._listener = listener
        self._applied = False

    def apply(self) -> None:
        """Store the change now; raises :class:`UserError` so the caller can refuse to push."""
        self._redo()
        self._applied = True

    def redo(self) -> None:
        first = self._applied
        if first:
            self._applied = False  # push() calls redo() once more; the change is already stored
        elif not self._run(self._redo):
            return
        self._listener.after_change(self._select_after_redo(first))

    def undo(self) -> None:
        if self._run(self._undo):
            self._listener.after_change(self._select_after_undo())

    def _run(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except UserError as error:
            self.setObsolete(True)  # the stack drops a command that can no longer be replayed
            self._listener.report(error)
            return False
        return True

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _select_after_redo(self, first: bool) -> uuid.UUID | None:
        return None

    def _select_after_undo(self) -> uuid.UUID | None:
        return None


class EditStageCommand(AgendaCommand):
    """Change one field of one stage; consecutive edits of that field merge into one step."""

    def __init__(
        self,
        store: Store,
        stage_id: uuid.UUID,
        field: str,
        old: Any,
        new: Any,
        listener: Listener,
    ) -> None:
        super().__init__(store, listener, edit_text(field))
        self.stage_id = stage_id
        self.field = field
        # Lists (prompts) are copied: the caller's stage object may change under us.
        self.old = list(old) if isinstance(old, list) else old
        self.new = list(new) if isinstance(new, list) else new

    def _redo(self) -> None:
        _services().update_stage(self._store, self.stage_id, **{self.field: self.new})

    def _undo(self) -> None:
        _services().update_stage(self._store, self.stage_id, **{self.field: self.old})

    def _select_after_redo(self, first: bool) -> uuid.UUID | None:
        # The first time, the edit came from the selected stage (or from leaving it for another
        # row, which must stay selected); replays bring its stage back into view.
        return None if first else self.stage_id

    def _select_after_undo(self) -> uuid.UUID | None:
        return self.stage_id

    def id(self) -> int:
        return EDIT_STAGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditStageCommand):
            return False
        if (other.stage_id, other.field) != (self.stage_id, self.field):
            return False
        self.new = other.new
        # Typing a value back to what it was leaves nothing to undo.
        self.setObsolete(self.new == self.old)
        return True


class MoveStageCommand(AgendaCommand):
    """Move the stage at ``source`` to ``target`` (indexes in the agenda)."""

    def __init__(
        self,
        store: Store,
        workshop_id: uuid.UUID,
        stage_id: uuid.UUID,
        source: int,
        target: int,
        listener: Listener,
    ) -> None:
        super().__init__(store, listener, QCoreApplication.translate("AgendaEditor", "Move stage"))
        self.workshop_id = workshop_id
        self.stage_id = stage_id
        self.source = source
        self.target = target

    def _redo(self) -> None:
        _services().move_stage(self._store, self.workshop_id, self.source, self.target)

    def _undo(self) -> None:
        _services().move_stage(self._store, self.workshop_id, self.target, self.source)

    def _select_after_redo(self, first: bool) -> uuid.UUID | None:
        return self.stage_id

    def _select_after_undo(self) -> uuid.UUID | None:
        return self.stage_id


class AddStageCommand(AgendaCommand):
    """Insert a new stage at ``index``; its id is kept, so redo after undo brings back the same."""

    def __init__(
        self,
        store: Store,
        workshop_id: uuid.UUID,
        index: int,
        stage: Stage,
        listener: Listener,
    ) -> None:
        super().__init__(store, listener, QCoreApplication.translate("AgendaEditor", "Add stage"))
        self.workshop_id = workshop_id
        self.index = index
        self.stage = stage

    def _redo(self) -> None:
        _services().insert_stage(self._store, self.workshop_id, self.index, self.stage)

    def _undo(self) -> None:
        _services().remove_stage(self._store, self.stage.id)

    def _select_after_redo(self, first: bool) -> uuid.UUID | None:
        return self.stage.id


class RemoveStageCommand(AgendaCommand):
    """Remove a stage; undo puts the same stage (same id) back at the same index."""

    def __init__(
        self,
        store: Store,
        workshop_id: uuid.UUID,
        stage_id: uuid.UUID,
        listener: Listener,
    ) -> None:
        text = QCoreApplication.translate("AgendaEditor", "Remove stage")
        super().__init__(store, listener, text)
        self.workshop_id = workshop_id
        self.stage_id = stage_id
        self.index = -1
        self.removed: Stage | None = None

    def _redo(self) -> None:
        self.index, self.removed = _services().remove_stage(self._store, self.stage_id)

    def _undo(self) -> None:
        assert self.removed is not None, "undo before redo"
        _services().insert_stage(self._store, self.workshop_id, self.index, self.removed)

    def _select_after_undo(self) -> uuid.UUID | None:
        return self.stage_id

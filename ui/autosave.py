"""Autosave for worksheets: nothing typed is ever thrown away.

Changes are collected per participant and stored with :func:`app.worksheets.save_fields`
(one SQLite transaction each, ``synchronous=FULL``):

* after a pause in typing (:data:`DEBOUNCE_MS`), and at most :data:`MAX_DELAY_MS` after the first
  unsaved change even while typing goes on, so at most half a second of typing is ever at risk;
* at once when a field is left, a choice is made or the participant changes (:meth:`flush`);
* before the window closes and when the app quits (:meth:`flush_and_wait`).

A failed save keeps its changes in memory (newer typing wins over them) and is retried on the
next change, on the next flush, and by itself after :data:`RETRY_MS`.

Saves run on one worker thread by default (``bench/autosave.py``: a save takes 4–20 ms here,
but an fsync on a laptop with a busy disk or virus scanner can take far longer, and the store
waits up to 3 s for a lock; none of that may freeze the form). The worker gets ids and plain
values, never ORM objects, and uses its own short session. Tests pass ``background=False``.
"""

from __future__ import annotations

import enum
import logging
import time
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import QLabel, QWidget

from app.errors import NotFound, StoreError, UserError
from app.store import Store
from app.worksheets import save_fields
from ui.i18n import fill, user_error_text
from ui.tones import set_tone

DEBOUNCE_MS = 300
MAX_DELAY_MS = 500
RETRY_MS = 5000
#: Fields waiting to be stored, per participant.
Batch = dict[uuid.UUID, dict[str, Any]]
log = logging.getLogger(__name__)


class SaveState(enum.Enum):
    IDLE = "idle"  # nothing changed yet
    SAVED = "saved"
    DIRTY = "dirty"  # changes wait for the pause in typing
    SAVING = "saving"
    FAILED = "failed"  # the last save failed; its changes are kept in memory


def save_batch(store: Store, batch: Batch) -> tuple[list[uuid.UUID], Batch, UserError | None]:
    """Store each participant's changes; returns who was saved, what was not, and why.

    Safe on any thread: it only touches the store through short sessions. When a participant's
    changes are refused for a reason other than the store itself, each field is tried alone,
    so one bad value never holds back the others.
    """
    saved: list[uuid.UUID] = []
    unsaved: Batch = {}
    error: UserError | None = None
    for participant_id, fields in batch.items():
        try:
            save_fields(store, participant_id, **fields)
            saved.append(participant_id)
            continue
        except StoreError as exc:
            unsaved[participant_id], error = dict(fields), exc
            continue
        except NotFound:
            # Removed from the workshop meanwhile (their worksheet went with them): nothing
            # left to save it to, and retrying forever would only show an error forever.
            log.warning("changes for a removed participant %s were dropped", participant_id)
            continue
        except Exception as exc:
            error = _as_user_error(exc)
        left = {}
        for name, value in fields.items():
            try:
                save_fields(store, participant_id, **{name: value})
            except Exception as exc:
                left[name], error = value, _as_user_error(exc)
        if left:
            unsaved[participant_id] = left
        else:
            saved.append(participant_id)
    return saved, unsaved, error


def _as_user_error(exc: Exception) -> UserError:
    if isinstance(exc, UserError):
        return exc
    log.exception("a worksheet change could not be stored", exc_info=exc)
    return UserError(str(exc) or type(exc).__name__)


class _Job(QRunnable):
    """One batch stored on the worker thread; the result travels back by a queued signal."""

    def __init__(self, store: Store, batch: Batch, done: SignalInstance) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Autosaver keeps it until it has read the result
        self.store, self.batch, self.done = store, batch, done
        self.result: tuple[list[uuid.UUID], Batch, UserError | None] | None = None

    def run(self) -> None:
        try:
            self.result = save_batch(self.store, self.batch)
        except Exception as exc:  # never lose a batch, whatever happened
            self.result = ([], dict(self.batch), _as_user_error(exc))
        self.done.emit(self)


class Autosaver(QObject):
    """Collects worksheet changes and stores them; see the module docstring for when.

    Args:
        store: the open store.
        parent: the owning widget (the autosaver lives and dies with it).
        background: store on a worker thread (the app) or right away on this thread (tests).
        debounce_ms: the pause in typing after which changes are stored.
        now_ms: wall clock in milliseconds since the epoch, for "saved at" (tests inject it).
        monotonic: seconds from a monotonic clock, for the longest wait while typing.
    """

    state_changed = Signal()
    saved = Signal(object)  # participant id
    failed = Signal(object)  # UserError, when saving starts failing (not at every retry)
    _job_done = Signal(object)  # internal: a worker finished a batch

    def __init__(
        self,
        store: Store,
        parent: QObject | None = None,
        *,
        background: bool = True,
        debounce_ms: int = DEBOUNCE_MS,
        now_ms: Callable[[], float] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._background = background
        self._debounce_ms = debounce_ms
        self._now_ms = now_ms or (lambda: time.time() * 1000)
        self._monotonic = monotonic
        self._pending: Batch = {}
        self._job: _Job | None = None
        self._dirty_since: float | None = None
        self.error: UserError | None = None
        self.saved_at_ms: float | None = None
        #: Fires :meth:`flush` after the pause in typing (tests fire it by hand).
        self.timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self.timer.timeout.connect(self.flush)
        self.retry_timer = QTimer(self, singleShot=True, interval=RETRY_MS)
        self.retry_timer.timeout.connect(self.flush)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer: saves land in the order they were made
        self._job_done.connect(self._finish)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush_and_wait)

    # -- what the form reports -----------------------------------------------------------------

    def note(self, participant_id: uuid.UUID, **fields: Any) -> None:
        """Remember changed fields; they are stored after the pause in typing."""
        self._pending.setdefault(participant_id, {}).update(fields)
        now = self._monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        waited_ms = (now - self._dirty_since) * 1000
        self.timer.start(int(max(0, min(self._debounce_ms, MAX_DELAY_MS - waited_ms))))
        self.state_changed.emit()

    def note_now(self, participant_id: uuid.UUID, **fields: Any) -> None:
        """Remember changed fields and store them at once (a choice, a left field)."""
        self.note(participant_id, **fields)
        self.flush()

    def unsaved(self, participant_id: uuid.UUID) -> dict[str, Any]:
        """What is typed for a participant but not yet stored (being stored included)."""
        flying = self._job.batch.get(participant_id, {}) if self._job is not None else {}
        return {**flying, **self._pending.get(participant_id, {})}

    # -- storing -------------------------------------------------------------------------------

    def flush(self) -> None:
        """Store every pending change now (on the worker when in the background)."""
        self.timer.stop()
        self.retry_timer.stop()
        if not self._pending or self._job is not None:
            return  # a save in flight flushes again when it lands
        batch, self._pending, self._dirty_since = self._pending, {}, None
        job = _Job(self._store, batch, self._job_done)
        self._job = job
        self.state_changed.emit()
        if self._background:
            self._pool.start(job)
        else:
            job.result = save_batch(self._store, batch)
            self._finish(job)

    def flush_and_wait(self) -> bool:
        """Store everything before returning (closing, quitting); returns whether all is stored."""
        self.timer.stop()
        background, self._background = self._background, False
        try:
            if self._job is not None:
                self._pool.waitForDone()
                self._finish(self._job)  # stores what came meanwhile, on this thread
            self.flush()
        finally:
            self._background = background
        return not self._pending

    def _finish(self, job: _Job) -> None:
        if job is not self._job or job.result is None:
            return  # already handled by flush_and_wait
        self._job = None
        saved, unsaved, error = job.result
        for participant_id, fields in unsaved.items():
            # Typing that came while the save was in flight is newer: it wins.
            self._pending[participant_id] = {**fields, **self._pending.get(participant_id, {})}
        if saved:
            self.saved_at_ms = self._now_ms()
        news = error is not None and (self.error is None or self.error.message != error.message)
        self.error = error if unsaved else None
        self.state_changed.emit()
        for participant_id in saved:
            self.saved.emit(participant_id)
        if error is not None and unsaved:
            self.retry_timer.start()
            if news:  # once per kind of trouble, not at every retry
                self.failed.emit(error)
        elif self._pending:
            self.flush()

    # -- what the status line shows ------------------------------------------------------------

    @property
    def state(self) -> SaveState:
        if self.error is not None:
            return SaveState.FAILED
        if self._job is not None:
            return SaveState.SAVING
        if self._pending:
            return SaveState.DIRTY
        return SaveState.IDLE if self.saved_at_ms is None else SaveState.SAVED

    def busy(self) -> bool:
        """Whether anything is pending or being stored."""
        return bool(self._pending) or self._job is not None


class SaveStatusLabel(QLabel):
    """One line saying whether what was typed is stored: saved at, saving, unsaved, failed."""

    def __init__(self, autosaver: Autosaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._autosaver = autosaver
        self.setObjectName("saveStatus")
        self.setWordWrap(True)
        autosaver.state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        saver = self._autosaver
        state = saver.state
        if state is SaveState.FAILED and saver.error is not None:
            text = fill(
                QCoreApplication.translate(
                    "Autosave", "Could not save: %1 What you typed is kept."
                ),
                user_error_text(saver.error)[0],
            )
        elif state is SaveState.SAVING:
            text = QCoreApplication.translate("Autosave", "Saving…")
        elif state is SaveState.DIRTY:
            text = QCoreApplication.translate("Autosave", "Unsaved changes")
        elif state is SaveState.SAVED and saver.saved_at_ms is not None:
            moment = QDateTime.fromMSecsSinceEpoch(int(saver.saved_at_ms))
            text = fill(QCoreApplication.translate("Autosave", "Saved %1"),
                        moment.toString("HH:mm:ss"))  # fmt: skip
        else:
            text = QCoreApplication.translate("Autosave", "Everything you type is saved as you go")
        failed = state is SaveState.FAILED
        self.setStyleSheet("font-weight: bold;" if failed else "")
        set_tone(self, "error" if failed else "muted")
        self.setText(text)
        self.setAccessibleName(text)

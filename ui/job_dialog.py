"""A dialog that runs one :class:`~ui.sheet_printer.BackgroundJob` at a time.

The Export, Import-archive and Print-sheets dialogs each start their work in the background,
keep their buttons in step with it and must not close under a running worker.
:class:`JobDialog` holds what they share: the job (None when idle), starting it, ending it when
it reports, asking it to stop, and closing — which cancels the job (its writer removes the
unfinished file) or, for work that must not stop half-way, waits for it. Each dialog keeps its
texts (their translation context is its own class name, retranslated when the language
changes) and what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QWidget

from ui.sheet_printer import BackgroundJob, Progress


class JobDialog(QDialog):
    """One background job at a time. A dialog gives :meth:`update_state` and the ``job_*``
    hooks, and starts its work with :meth:`run_job`."""

    #: Closing mid-job cancels it and waits for the worker; False: only waits (the work must
    #: not stop half-way, e.g. one transaction).
    cancel_on_close = True

    def __init__(self, parent: QWidget | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous  # tests: the work runs inside run_job, signals included
        self.job: BackgroundJob | None = None

    @property
    def running(self) -> bool:
        return self.job is not None

    @property
    def proceeding(self) -> bool:
        """A job runs and was not asked to stop: its progress is still worth showing."""
        return self.job is not None and not self.job.cancelled

    # -- what each dialog gives ----------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the running language (also when the language changes)."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_state(self) -> None:
        """Enable what fits the state (:attr:`running` among it)."""
        raise NotImplementedError

    def job_progressed(self, done: int, total: int) -> None:
        """The work reported ``done`` of ``total`` (on the GUI thread)."""

    def job_finished(self, result: Any) -> None:
        """The work returned ``result``; the job has ended (:attr:`running` is False)."""
        raise NotImplementedError

    def job_failed(self, error: Exception) -> None:
        """The work raised ``error``; the job has ended (:attr:`running` is False)."""
        raise NotImplementedError

    # -- the job -------------------------------------------------------------------------------

    def run_job(self, work: Callable[[Progress], object]) -> None:
        """Run ``work(progress)`` off the GUI thread; its outcome reaches the ``job_*`` hooks."""
        self.job = BackgroundJob(work, self, synchronous=self.synchronous)
        self.job.progressed.connect(self.job_progressed)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.update_state()
        self.job.start()

    def cancel_job(self) -> bool:
        """Ask the job to stop (its progress callback returns False); False when none runs."""
        if self.job is None:
            return False
        self.job.cancel()
        return True

    def _job_ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()  # its pool waits for the worker's last lines
            self.job = None

    def _succeeded(self, result: object) -> None:
        self._job_ended()
        self.job_finished(result)

    def _failed(self, error: Exception) -> None:
        self._job_ended()
        self.job_failed(error)

    def done(self, result: int) -> None:
        if self.job is not None:
            if self.cancel_on_close:
                self.job.cancel()
            self.job.wait()
            # What the worker reported is still queued for this dialog: deliver it now, so that
            # whoever opened the dialog learns the outcome when exec() returns (an import that
            # finished while closing must still refresh the list).
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        super().done(result)

"""Short background work behind a small modal progress window (erasing, anonymising).

The work runs in a :class:`~ui.sheet_printer.BackgroundJob` while a local event loop keeps the
window — and the projector's clock — painting. The caller gets the result, or the exception
the work raised, as if it had been a plain call. Tests set :attr:`Busy.synchronous`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.sheet_printer import BackgroundJob, Progress


class Busy:
    """Run ``work(progress)`` off the GUI thread with a progress window; no Cancel button
    (the work is one that must not stop half-way)."""

    synchronous = False

    @classmethod
    def run(cls, parent: QWidget | None, text: str, work: Callable[[Progress], Any]) -> Any:
        outcome: dict[str, Any] = {}
        window = QProgressDialog(text, "", 0, 0, parent)
        window.setCancelButton(None)
        window.setWindowModality(Qt.WindowModality.WindowModal)
        window.setMinimumDuration(300)
        loop = QEventLoop()
        job = BackgroundJob(work, parent, synchronous=cls.synchronous)

        def progressed(done: int, total: int) -> None:
            window.setRange(0, max(total, 1))
            window.setValue(done)

        def ended(key: str) -> Callable[[object], None]:
            def store(value: object) -> None:
                outcome[key] = value
                loop.quit()

            return store

        job.progressed.connect(progressed)
        job.succeeded.connect(ended("result"))
        job.failed.connect(ended("error"))
        job.start()
        if not outcome:
            loop.exec()
        job.wait()
        window.close()
        window.deleteLater()
        job.deleteLater()
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("result")

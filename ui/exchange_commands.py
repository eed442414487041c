"""The main window's commands for what leaves and enters Ippo: exports, archive imports, and the
retention dates after which personal data is anonymised. A mixin of
:class:`ui.main_window.MainWindow`."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.errors import QT_TRANSLATE_NOOP
from ui.dialogs import Dialogs
from ui.i18n import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from app.store import Store

    _Window = QWidget  # checked as the window it is mixed into
else:
    _Window = object  # a plain mixin at run time


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


QUESTION = QT_TRANSLATE_NOOP("MainWindow", "The retention date has passed for:\n%1\n\nAnonymise now? Names become P01, P02, …, experience texts are erased (also in Ippo's backups), and the anonymised summary can still be exported.")  # noqa: E501  # fmt: skip
_STRINGS = (  # for lupdate: the texts _t() translates
    QT_TRANSLATE_NOOP("MainWindow", "Personal data past its retention date"),
    QT_TRANSLATE_NOOP("MainWindow", "Anonymise now"),
    QT_TRANSLATE_NOOP("MainWindow", "Anonymising…"),
    QT_TRANSLATE_NOOP("MainWindow", "%1 workshop(s) anonymised; %2 backup(s) rewritten."),
    QT_TRANSLATE_NOOP("MainWindow", "Some backups could not be rewritten: %1"),
    QT_TRANSLATE_NOOP("MainWindow", "%1 (until %2)"),
)


class ExchangeCommands(_Window):
    """Export…, Import an archive…, and the retention check when the store opens."""

    # What the window holds and does, which these commands use.
    store: Store | None
    current_id: uuid.UUID | None
    statusBar: Callable[[], QStatusBar]
    _guarded: Callable[[Callable[[], Any]], Any]
    _store_typing: Callable[[], bool]
    if TYPE_CHECKING:  # the window's method, called with a keyword

        def refresh_list(self, select: uuid.UUID | None = None) -> None: ...

    #: Asked at most once per session: the facilitator may be in front of the room.
    _retention_asked = False

    def export_workshop(self) -> None:
        from ui.export_dialog import ExportDialog

        store, workshop_id = self.store, self.current_id
        if workshop_id is None or store is None:
            return
        if not self._store_typing():
            return
        dialog = self._guarded(lambda: ExportDialog(store, workshop_id, self))
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def import_archive(self) -> None:
        from ui.import_dialog import ImportDialog

        if self.store is None:
            return
        dialog = ImportDialog(self.store, self)
        imported: list[Any] = []
        dialog.imported.connect(imported.append)
        dialog.exec()
        dialog.deleteLater()
        if imported:
            self.refresh_list(select=imported[-1])

    def offer_anonymizing(self, today: dt.date | None = None) -> None:
        """After the retention date of a workshop, offer (once a session) to anonymise it."""
        from app.erasure import anonymize_workshop, due_for_anonymizing
        from ui.busy import Busy

        store = self.store
        if store is None or self._retention_asked:
            return
        due = self._guarded(lambda: due_for_anonymizing(store, today or dt.date.today()))
        if not due:
            return
        self._retention_asked = True
        names = "\n".join(fill(_t("%1 (until %2)"), w.title, w.retain_until) for w in due)
        question = _t(QUESTION)
        if not Dialogs.confirm(
            self,
            _t("Personal data past its retention date"),
            fill(question, names),
            _t("Anonymise now"),
        ):
            return
        ids = [w.id for w in due]

        def work(progress: Any) -> list[Any]:
            return [anonymize_workshop(store, wid, progress=progress) for wid in ids]

        reports = self._guarded(lambda: Busy.run(self, _t("Anonymising…"), work))
        self.refresh_list(select=self.current_id)
        if not reports:
            return
        rewritten = sum(len(r.backups_rewritten) for r in reports)
        message = fill(
            _t("%1 workshop(s) anonymised; %2 backup(s) rewritten."), len(ids), rewritten
        )
        failed = [str(path) for r in reports for path, _reason in r.backups_failed]
        if failed:
            message += "\n" + fill(_t("Some backups could not be rewritten: %1"), ", ".join(failed))
        self.statusBar().showMessage(message)

"""The Import-archive dialog's two tables: what each section of the archive would gain (the
counts) and the rows both sides changed (the conflicts) — their names in the facilitator's
words, and the read-only tables that show them.

The core's report is English (it serves the CLI too); its fixed phrases — table names, the
reasons a copy wins — are worded here in the facilitator's language, unknown ones shown as is.
The texts keep the ``ImportDialog`` translation context.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget

from app.archive_report import Conflict
from app.errors import QT_TRANSLATE_NOOP
from ui.i18n import fill

#: The archive's sections as the counts table names them.
TABLE_TEXTS = {
    "workshop": QT_TRANSLATE_NOOP("ImportDialog", "Workshop"),
    "stages": QT_TRANSLATE_NOOP("ImportDialog", "Agenda stages"),
    "participants": QT_TRANSLATE_NOOP("ImportDialog", "Participants"),
    "worksheets": QT_TRANSLATE_NOOP("ImportDialog", "Worksheets"),
    "run_events": QT_TRANSLATE_NOOP("ImportDialog", "Run log"),
    "group_rounds": QT_TRANSLATE_NOOP("ImportDialog", "Group rounds"),
    "erasures": QT_TRANSLATE_NOOP("ImportDialog", "Erasure records"),
}
COUNT_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Added"),
    QT_TRANSLATE_NOOP("ImportDialog", "Updated"),
    QT_TRANSLATE_NOOP("ImportDialog", "Unchanged"),
    QT_TRANSLATE_NOOP("ImportDialog", "Kept here"),
)
CONFLICT_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportDialog", "What"),
    QT_TRANSLATE_NOOP("ImportDialog", "Copy kept"),
    QT_TRANSLATE_NOOP("ImportDialog", "Why"),
)
#: Why a copy was kept, worked out from the conflict's fields (the core's own ``reason`` is
#: English for the CLI, and only shown for a case this list does not know).
REASON_TEXTS = {
    "archive": QT_TRANSLATE_NOOP("ImportDialog", "The archive's copy is newer."),
    "local": QT_TRANSLATE_NOOP("ImportDialog", "The copy here is newer."),
    "same": QT_TRANSLATE_NOOP(
        "ImportDialog", "Both were changed at the same moment: the copy here is kept."
    ),
    "erased": QT_TRANSLATE_NOOP(
        "ImportDialog",
        "This workshop's personal data was erased here: the archive's details, people and "
        "worksheets are left out.",
    ),
    "runs": QT_TRANSLATE_NOOP(
        "ImportDialog", "Two different runs of this workshop: the run log here is kept whole."
    ),
    "rounds": QT_TRANSLATE_NOOP(
        "ImportDialog", "Different group rounds with the same numbers: the rounds here are kept."
    ),
}


def import_text(text: str) -> str:
    """``text`` translated in the ``ImportDialog`` context (the marked texts above)."""
    return QCoreApplication.translate("ImportDialog", text)


def conflict_what(conflict: Conflict) -> str:
    """The row in the facilitator's words: its table, then the name, title or number."""
    what = conflict.what
    if conflict.table == "worksheets":
        what = what.removeprefix("worksheet of ")
    elif conflict.table == "group_rounds" and (number := re.fullmatch(r"group round (\d+)", what)):
        what = fill(QCoreApplication.translate("ImportDialog", "Round %1"), number.group(1))
    elif conflict.table == "run_events" and (
        numbers := re.search(r"(\d+) events in the archive, (\d+) here", what)
    ):
        what = fill(
            QCoreApplication.translate("ImportDialog", "%1 events in the archive, %2 here"),
            *numbers.groups(),
        )
    table = (
        import_text(TABLE_TEXTS[conflict.table])
        if conflict.table in TABLE_TEXTS
        else conflict.table
    )
    return what if conflict.table == "workshop" else f"{table}: {what}"


def conflict_reason(conflict: Conflict) -> str:
    """Why the kept copy won, in the facilitator's language."""
    local, archive = conflict.local_updated_at, conflict.archive_updated_at
    if conflict.winner == "archive":
        key = "archive"
    elif conflict.table == "run_events":
        key = "runs"  # two logs are never mixed, whichever is newer
    elif conflict.table == "workshop" and not conflict.fields:
        key = "erased"  # the erasure lock names no differing field
    elif local is not None and archive is not None and local > archive:
        key = "local"
    elif local is not None and local == archive:
        key = "same"
    elif conflict.table == "group_rounds":
        key = "rounds"  # two sets of rounds are never mixed, whichever is newer
    else:
        return conflict.reason
    return import_text(REASON_TEXTS[key])


def read_only_table(rows: int, columns: int) -> QTableWidget:
    table = QTableWidget(rows, columns)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return table


def full_height(table: QTableWidget) -> int:
    """The height that shows every row without scrolling."""
    rows = table.verticalHeader().length() + table.horizontalHeader().sizeHint().height()
    return rows + 2 * table.frameWidth() + 2

"""The roster import dialog's words and colours: the fields', encodings', severities' and
delimiters' names, the captions, the message boxes' styles and each severity's tone, and a roster
problem in the running language.

The core's texts are English: its fixed ones are marked here for translation (CORE_TEXTS). The
texts keep the ``RosterImportDialog`` translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import CONTEXT as CORE_CONTEXT
from app.errors import QT_TRANSLATE_NOOP
from app.roster_model import IGNORE, RosterProblem
from app.roster_table import COLUMN_TAKEN
from ui.i18n import fill, tr

MESSAGE_STYLES = {
    "refusal": "color: #8e1c1c; background: #fdecea; border: 1px solid #c62828; padding: 8px;",
    "hint": "color: #5c3d00; background: #fff4d6; border: 1px solid #e0a800; padding: 8px;",
}
FIELD_NAMES = {
    IGNORE: QT_TRANSLATE_NOOP("RosterImportDialog", "Not used"),
    "name": QT_TRANSLATE_NOOP("RosterImportDialog", "Name"),
    "reading": QT_TRANSLATE_NOOP("RosterImportDialog", "Reading"),
    "department": QT_TRANSLATE_NOOP("RosterImportDialog", "Department"),
    "employee_code": QT_TRANSLATE_NOOP("RosterImportDialog", "Employee code"),
    "email": QT_TRANSLATE_NOOP("RosterImportDialog", "E-mail"),
}
ENCODING_NAMES = {
    "utf-8": QT_TRANSLATE_NOOP("RosterImportDialog", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("RosterImportDialog", "UTF-8 with byte order mark"),
    "utf-16": QT_TRANSLATE_NOOP("RosterImportDialog", "UTF-16 (Excel's Unicode text)"),
    "cp932": QT_TRANSLATE_NOOP("RosterImportDialog", "Shift_JIS (cp932, Japanese Excel)"),
}
SEVERITY_WORDS = {
    "error": QT_TRANSLATE_NOOP("RosterImportDialog", "Error"),
    "warning": QT_TRANSLATE_NOOP("RosterImportDialog", "Warning"),
    "info": QT_TRANSLATE_NOOP("RosterImportDialog", "Note"),
}
DELIMITER_WORDS = {
    ",": QT_TRANSLATE_NOOP("RosterImportDialog", "comma"),
    "\t": QT_TRANSLATE_NOOP("RosterImportDialog", "tab"),
    ";": QT_TRANSLATE_NOOP("RosterImportDialog", "semicolon"),
}
CAPTIONS = (
    QT_TRANSLATE_NOOP("RosterImportDialog", "File"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Encoding"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Delimiter"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Columns"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "First rows"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Problems"),
)
#: The core's fixed texts (encoding reasons, messages without values): same English as there.
CORE_TEXTS = (
    QT_TRANSLATE_NOOP("RosterImportDialog", "chosen by you"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "starts with the UTF-8 byte order mark"),
    QT_TRANSLATE_NOOP(
        "RosterImportDialog",
        "starts with the UTF-16 little-endian byte order mark, as Excel's Unicode text does",
    ),
    QT_TRANSLATE_NOOP("RosterImportDialog", "starts with the UTF-16 big-endian byte order mark"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "no byte order mark, but the NUL bytes of UTF-16 text"),
    QT_TRANSLATE_NOOP(
        "RosterImportDialog",
        "not valid UTF-8, so read as Japanese Windows text, as Excel saves CSV",
    ),
    QT_TRANSLATE_NOOP("RosterImportDialog", "valid UTF-8, no byte order mark"),
)


#: The tone each severity's word is drawn in (ui/tones.py).
SEVERITY_TONES = {"error": "error", "warning": "warning", "info": "muted"}


def problem_text(problem: RosterProblem) -> str:
    """A roster problem in the running language; a field it names in the field's word."""
    values = list(problem.args)
    if problem.template == COLUMN_TAKEN and values and values[0] in FIELD_NAMES:
        values[0] = roster_text(FIELD_NAMES[values[0]])  # the field's word, not its key
    return fill(tr(CORE_CONTEXT, problem.template), *values)


def roster_text(text: str) -> str:
    """``text`` translated in the ``RosterImportDialog`` context (the marked texts above)."""
    return QCoreApplication.translate("RosterImportDialog", text)

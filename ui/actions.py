"""One table of the main window's actions: id, text, shortcut, where it goes in the menus.

Texts are English source strings translated in the ``Actions`` context, so a language switch
only has to walk this table again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from app.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str
    shortcut: QKeySequence.StandardKey | str | None = None
    toolbar: bool = False


MENUS = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", QT_TRANSLATE_NOOP("Actions", "&New workshop…"), "file",
               QKeySequence.StandardKey.New, toolbar=True),
    ActionSpec("duplicate", QT_TRANSLATE_NOOP("Actions", "D&uplicate workshop"), "file",
               "Ctrl+D", toolbar=True),
    ActionSpec("delete", QT_TRANSLATE_NOOP("Actions", "De&lete workshop…"), "file",
               None, toolbar=True),
    ActionSpec("run", QT_TRANSLATE_NOOP("Actions", "&Run the workshop…"), "file", "Ctrl+R",
               toolbar=True),
    ActionSpec("kiosk", QT_TRANSLATE_NOOP("Actions", "&Kiosk for this participant…"), "file",
               "Ctrl+K"),
    ActionSpec("preview_sheet", QT_TRANSLATE_NOOP("Actions", "&Preview this participant's sheet…"),
               "file", "Ctrl+P"),
    ActionSpec("print_sheets", QT_TRANSLATE_NOOP("Actions", "Print &sheets…"), "file",
               "Ctrl+Shift+P", toolbar=True),
    ActionSpec("export", QT_TRANSLATE_NOOP("Actions", "&Export…"), "file", "Ctrl+Shift+E",
               toolbar=True),
    ActionSpec("import_archive", QT_TRANSLATE_NOOP("Actions", "&Import an archive…"), "file"),
    ActionSpec("sample", QT_TRANSLATE_NOOP("Actions", "Open the &sample workshop"), "file"),
    ActionSpec("save_template", QT_TRANSLATE_NOOP("Actions", "Save agenda as &template…"),
               "file"),
    ActionSpec("backup", QT_TRANSLATE_NOOP("Actions", "&Back up now"), "file", "Ctrl+Shift+B"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "file",
               QKeySequence.StandardKey.Quit),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "edit", QKeySequence.StandardKey.Undo,
               toolbar=True),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "edit", QKeySequence.StandardKey.Redo,
               toolbar=True),
    ActionSpec("settings", QT_TRANSLATE_NOOP("Actions", "&Settings…"), "edit", "Ctrl+,"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Ippo"), "help"),
)  # fmt: skip


def make_actions(parent: QObject) -> dict[str, QAction]:
    """Create a QAction for every spec (texts set by :func:`retranslate_actions`)."""
    actions = {}
    for spec in ACTIONS:
        action = QAction(parent)
        action.setObjectName(f"action_{spec.id}")
        if isinstance(spec.shortcut, QKeySequence.StandardKey) or spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        actions[spec.id] = action
    retranslate_actions(actions)
    return actions


def toolbar_text(text: str) -> str:
    """A menu text as a toolbar button shows it: without the mnemonic (Japanese menus write it
    as "(&N)", which Qt would leave on the button as "(N)") and without the closing "…"."""
    return re.sub(r"\(&[^)]\)", "", text).replace("&", "").removesuffix("…").strip()


def retranslate_actions(actions: dict[str, QAction]) -> None:
    for spec in ACTIONS:
        text = QCoreApplication.translate("Actions", spec.text)
        actions[spec.id].setText(text)
        # Short labels keep the main toolbar within a 1280 px window in Japanese.
        actions[spec.id].setIconText(toolbar_text(text))

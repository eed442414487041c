"""The operator's actions in run mode: one table of id, text, keys and what they do.

Presenter clickers send PageDown/PageUp (or the arrow keys), so both are bound. The shortcut
help (F1) is generated from this table, so it can never disagree with the keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class RunAction:
    id: str
    text: str
    keys: tuple[str, ...]


RUN_ACTIONS: tuple[RunAction, ...] = (
    RunAction("toggle", QT_TRANSLATE_NOOP("RunActions", "Start / pause"), ("Space",)),
    RunAction("next", QT_TRANSLATE_NOOP("RunActions", "Next stage"), ("Right", "PgDown")),
    RunAction("back", QT_TRANSLATE_NOOP("RunActions", "Previous stage"), ("Left", "PgUp")),
    RunAction("plus1", QT_TRANSLATE_NOOP("RunActions", "+1 minute"), ("+", "=")),
    RunAction("minus1", QT_TRANSLATE_NOOP("RunActions", "−1 minute"), ("-",)),
    RunAction("plus5", QT_TRANSLATE_NOOP("RunActions", "+5 minutes"), ("Shift++",)),
    RunAction("minus5", QT_TRANSLATE_NOOP("RunActions", "−5 minutes"), ("Shift+_", "Shift+-")),
    RunAction("blackout", QT_TRANSLATE_NOOP("RunActions", "Blackout"), ("B",)),
    RunAction("message", QT_TRANSLATE_NOOP("RunActions", "Message to the room…"), ("M",)),
    RunAction("groups", QT_TRANSLATE_NOOP("RunActions", "Show / hide the groups"), ("G",)),
    RunAction("adaptive", QT_TRANSLATE_NOOP("RunActions", "Apply the catch-up plan"), ("A",)),
    RunAction("late", QT_TRANSLATE_NOOP("RunActions", "Started late…"), ("L",)),
    RunAction("fullscreen", QT_TRANSLATE_NOOP("RunActions", "Projector full screen"), ("F5",)),
    RunAction("leave_fullscreen", QT_TRANSLATE_NOOP("RunActions", "Leave full screen"),
              ("Esc",)),
    RunAction("undo", QT_TRANSLATE_NOOP("RunActions", "Undo the last action"), ("Ctrl+Z",)),
    RunAction("finish", QT_TRANSLATE_NOOP("RunActions", "Finish the workshop…"), ("Ctrl+E",)),
    RunAction("check", QT_TRANSLATE_NOOP("RunActions", "Venue check…"), ()),
    RunAction("help", QT_TRANSLATE_NOOP("RunActions", "Keyboard shortcuts"), ("F1",)),
)  # fmt: skip


def make_run_actions(parent: QWidget) -> dict[str, QAction]:
    """QActions bound to the window (they work whichever child has focus)."""
    actions: dict[str, QAction] = {}
    for spec in RUN_ACTIONS:
        action = QAction(parent)
        action.setObjectName(f"run_{spec.id}")
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        parent.addAction(action)
        actions[spec.id] = action
    retranslate_run_actions(actions)
    return actions


def retranslate_run_actions(actions: dict[str, QAction]) -> None:
    for spec in RUN_ACTIONS:
        actions[spec.id].setText(QCoreApplication.translate("RunActions", spec.text))


def shortcut_help() -> str:
    """The F1 text: every action with its keys."""
    lines = []
    for spec in RUN_ACTIONS:
        keys = " / ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys
        )
        lines.append(f"{keys or '—'}\t{QCoreApplication.translate('RunActions', spec.text)}")
    return "\n".join(lines)

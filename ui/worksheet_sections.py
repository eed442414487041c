"""The worksheet's four stages as form sections, with the small widgets they are made of.

The sections only lay out fields and say nothing about storing; :class:`ui.worksheet_editor.
WorksheetForm` binds them to a participant and to the autosaver. Earlier answers are shown
read-only beside the later stages (strengths and values beside the target state, the themes
beside the declaration), as on the paper worksheet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QMimeData, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import QT_TRANSLATE_NOOP
from app.worksheets import HORIZONS, MAX_PHRASES, MAX_THEMES, SOFT_LIMITS, clean_text
from ui.experience_table import ExperienceTable
from ui.i18n import fill
from ui.tones import set_tone

HORIZON_TEXTS = (
    QT_TRANSLATE_NOOP("Worksheet", "Not decided yet"),
    QT_TRANSLATE_NOOP("Worksheet", "In six months"),
    QT_TRANSLATE_NOOP("Worksheet", "In one year"),
    QT_TRANSLATE_NOOP("Worksheet", "In three years"),
)
SECTION_TITLES = (
    QT_TRANSLATE_NOOP("Worksheet", "1  Take stock of experiences"),
    QT_TRANSLATE_NOOP("Worksheet", "2  Strengths and values"),
    QT_TRANSLATE_NOOP("Worksheet", "3  Target state and learning themes"),
    QT_TRANSLATE_NOOP("Worksheet", "4  The next step"),
)
FORM_WIDTH = 1240
COUNTER_STYLE = "font-size: 12px;"  # coloured by its tone (ui/tones.py)


#: Field labels and hints, by worksheet field.
LABELS = {
    "strengths": QT_TRANSLATE_NOOP("Worksheet", "Strengths (Can)"),
    "values": QT_TRANSLATE_NOOP("Worksheet", "Values (Will)"),
    "expectations": QT_TRANSLATE_NOOP("Worksheet", "What others expect of me (Must)"),
    "partner_noticed": QT_TRANSLATE_NOOP(
        "Worksheet", "What my dialogue partner noticed (Relation)"
    ),
    "identity": QT_TRANSLATE_NOOP("Worksheet", "Who I am (Identity)"),
    "target_state": QT_TRANSLATE_NOOP("Worksheet", "The state I aim for"),
    "horizon": QT_TRANSLATE_NOOP("Worksheet", "By when"),
    "themes": QT_TRANSLATE_NOOP("Worksheet", "Learning themes (up to three)"),
    "theme": QT_TRANSLATE_NOOP("Worksheet", "Learning theme"),
    "tentative": QT_TRANSLATE_NOOP("Worksheet", "Tentative for now"),
    "step_what": QT_TRANSLATE_NOOP("Worksheet", "What I will do"),
    "step_by": QT_TRANSLATE_NOOP("Worksheet", "By when"),
    "step_supporter": QT_TRANSLATE_NOOP("Worksheet", "Who supports me"),
    "checkin_date": QT_TRANSLATE_NOOP("Worksheet", "First check-in (1on1)"),
    "no_date": QT_TRANSLATE_NOOP("Worksheet", "No date"),
    "shown_strengths": QT_TRANSLATE_NOOP("Worksheet", "Your strengths (Can)"),
    "shown_values": QT_TRANSLATE_NOOP("Worksheet", "Your values (Will)"),
    "shown_themes": QT_TRANSLATE_NOOP("Worksheet", "Your learning themes"),
    "shown_target": QT_TRANSLATE_NOOP("Worksheet", "The state you aim for"),
}
HINTS = {
    "strengths": QT_TRANSLATE_NOOP("Worksheet", "One per line, for example: listening"),
    "values": QT_TRANSLATE_NOOP("Worksheet", "One per line, for example: fairness"),
    "identity": QT_TRANSLATE_NOOP("Worksheet", "I am someone who …"),
    "step_what": QT_TRANSLATE_NOOP("Worksheet", "A small step you can start this week"),
}
INTROS = (
    QT_TRANSLATE_NOOP(
        "Worksheet",
        "Look back on your work. Which experiences raised your energy, which drained it, "
        "and why? Rate each from −2 to +2.",
    ),
    QT_TRANSLATE_NOOP(
        "Worksheet",
        "Put into words what you are good at (Can) and what matters to you (Will), one short "
        "phrase per line. Then add what others expect of you and what your dialogue partner "
        "noticed.",
    ),
    QT_TRANSLATE_NOOP(
        "Worksheet",
        "Where do you want to be, and what will you learn to get there? Deciding tentatively "
        "is fine.",
    ),
    QT_TRANSLATE_NOOP(
        "Worksheet",
        "Declare one small experiment: what you will do, by when, and who will support you. "
        "Your first 1on1 is where you look back on it.",
    ),
)


def translated(source: str) -> str:
    """A source text of the ``Worksheet`` context in the current language."""
    return QCoreApplication.translate("Worksheet", source)


class CleanPlainTextEdit(QPlainTextEdit):
    """A few lines of text; pasted text arrives cleaned (control characters out, lines kept),
    as one undo step, so what is shown is what is stored."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._lines = lines

    def _height(self, lines: int) -> int:
        # From the font the style sheet gave (known only once polished), not the default one.
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        document = int(2 * self.document().documentMargin())
        return self.fontMetrics().lineSpacing() * lines + margins + document + 8

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self._lines + 1))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height(self._lines))

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(clean_text(source.text()))
        else:
            super().insertFromMimeData(source)


class LimitCounter(QLabel):
    """「45 / 80」 under a field; amber, with "shortened when printed", past the soft limit.
    Nothing is ever cut: the counter only warns."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.over = False
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setObjectName("counter")

    def show_length(self, length: int) -> None:
        self._show(f"{length} / {self.limit}", length > self.limit)

    def show_phrases(self, text: str) -> None:
        """For one-phrase-per-line fields: how many phrases, and whether one is too long."""
        phrases = [line.strip() for line in text.splitlines() if line.strip()]
        longest = max((len(p) for p in phrases), default=0)
        if len(phrases) > MAX_PHRASES:
            text = QCoreApplication.translate("Worksheet", "Only the first %1 lines are printed")
            self._show(fill(text, MAX_PHRASES), True, printed=False)
        elif longest > self.limit:
            text = QCoreApplication.translate("Worksheet", "A line is longer than %1 characters")
            self._show(fill(text, self.limit), True)
        else:
            text = QCoreApplication.translate("Worksheet", "Items: %1")
            self._show(fill(text, len(phrases)), False)

    def _show(self, text: str, over: bool, printed: bool = True) -> None:
        self.over = over
        if over and printed:
            note = QCoreApplication.translate("Worksheet", "shortened when printed")
            text = f"{text} · {note}"
        self.setText(text)
        self.setStyleSheet(COUNTER_STYLE + (" font-weight: bold;" if over else ""))
        set_tone(self, "warning" if over else "muted")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class OptionalDate(QWidget):
    """A date, or "no date": the check box turns the date off (the field shows a dash);
    turning it on starts at today."""

    changed = Signal()
    NONE = QDate(2000, 1, 1)  # shown as the dash: no worksheet date is this old

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy/MM/dd (ddd)")
        self.edit.setMinimumDate(self.NONE)
        self.edit.setSpecialValueText("—")
        self.edit.setMinimumWidth(170)
        self.none = QCheckBox()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.none)
        row.addStretch(1)
        self.setFocusProxy(self.edit)
        self._loading = False
        self.none.toggled.connect(self._on_none)
        self.edit.dateChanged.connect(self._on_date)
        self.set_value(None)

    def setAccessibleName(self, name: str) -> None:
        """The date field takes the focus (this widget's focus proxy): it carries the name a
        screen reader says, too."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def value(self) -> dt.date | None:
        if self.none.isChecked() or self.edit.date() == self.NONE:
            return None
        return dt.date.fromisoformat(self.edit.date().toString("yyyy-MM-dd"))

    def set_value(self, value: dt.date | None) -> None:
        """Show a stored value (no ``changed``)."""
        self._loading = True
        try:
            self.none.setChecked(value is None)
            self.edit.setEnabled(value is not None)
            self.edit.setDate(self.NONE if value is None else _qdate(value))
        finally:
            self._loading = False

    def _on_none(self, checked: bool) -> None:
        self.edit.setEnabled(not checked)
        if self._loading:
            return
        self._loading = True
        try:
            self.edit.setDate(self.NONE if checked else _qdate(self._today()))
        finally:
            self._loading = False
        if not checked:
            self.edit.setFocus()
        self.changed.emit()

    def _on_date(self) -> None:
        if not self._loading and not self.none.isChecked():
            self.changed.emit()


class Section(QWidget):
    """A stage's page: an introduction, then fields whose labels and hints are retranslated."""

    def __init__(
        self, stage: int, parent: QWidget | None = None, max_width: int = FORM_WIDTH
    ) -> None:
        super().__init__(parent)
        intro = INTROS[stage]
        self._texts: list[tuple[Callable[[str], None], str]] = []
        self.counters: dict[str, LimitCounter] = {}
        body = QWidget()
        body.setMaximumWidth(max_width)  # lines a reader's eye can follow on a wide screen
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body, 1)
        outer.addStretch(0)  # left-aligned, like the tabs above it
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(16, 12, 16, 12)
        self.column.setSpacing(10)
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet("font-size: 15px;")
        set_tone(label, "prompt")
        self._text(label.setText, intro)
        self.column.addWidget(label)

    def _text(self, setter: Callable[[str], None], source: str) -> None:
        self._texts.append((setter, source))

    def block(self, name: str, field: QWidget, counted: bool = True) -> QVBoxLayout:
        """A label above its field, a counter below it when the field has a soft limit."""
        title, hint = LABELS[name], HINTS.get(name, "")
        label = QLabel()
        label.setStyleSheet("font-weight: bold;")
        label.setBuddy(field)
        self._text(label.setText, title)
        self._text(field.setAccessibleName, title)
        if hint and isinstance(field, QLineEdit | QPlainTextEdit):
            self._text(field.setPlaceholderText, hint)
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(label)
        box.addWidget(field)
        if counted:
            limit = SOFT_LIMITS["phrase" if name in ("strengths", "values") else name]
            self.counters[name] = LimitCounter(limit)
            box.addWidget(self.counters[name])
        return box

    def beside(self, form: QVBoxLayout, panel: QFrame) -> None:
        """The stage's fields, with the panel of earlier answers to their right."""
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addLayout(form, 3)
        row.addWidget(panel, 2)
        self.column.addLayout(row, 1)

    def side_panel(self, *names: str) -> tuple[QFrame, list[QLabel]]:
        """A quiet panel of earlier answers, read-only."""
        panel = QFrame()
        panel.setObjectName("sidePanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(14, 12, 14, 12)
        shown = []
        for name in names:
            heading = QLabel()
            heading.setStyleSheet("font-weight: bold;")
            set_tone(heading, "prompt")
            self._text(heading.setText, LABELS[name])
            body = QLabel()
            body.setWordWrap(True)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(heading)
            column.addWidget(body)
            column.addSpacing(8)
            shown.append(body)
        column.addStretch(1)
        panel.setMinimumWidth(260)
        return panel, shown

    def retranslate(self) -> None:
        for setter, source in self._texts:
            setter(translated(source))


def bullets(items: list[str]) -> str:
    """Phrases as a list to read (or a dash when there are none)."""
    return "\n".join(f"・{item}" for item in items) if items else "—"


class ExperiencesSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, parent, max_width=16_000)  # the table uses every pixel
        self.table = ExperienceTable()
        self.column.addWidget(self.table, 1)

    def retranslate(self) -> None:
        super().retranslate()
        self.table.retranslate()


class StrengthsSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(1, parent)
        self.strengths, self.values = CleanPlainTextEdit(5), CleanPlainTextEdit(5)
        self.expectations, self.partner_noticed = CleanPlainTextEdit(3), CleanPlainTextEdit(3)
        self.identity = QLineEdit()
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(12)
        grid.addLayout(self.block("strengths", self.strengths), 0, 0)
        grid.addLayout(self.block("values", self.values), 0, 1)
        grid.addLayout(self.block("expectations", self.expectations), 1, 0)
        grid.addLayout(self.block("partner_noticed", self.partner_noticed), 1, 1)
        grid.addLayout(self.block("identity", self.identity), 2, 0, 1, 2)
        self.column.addLayout(grid)
        self.column.addStretch(1)


class TargetSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(2, parent)
        self.target_state = CleanPlainTextEdit(4)
        self.horizon = QComboBox()
        for value in HORIZONS:
            self.horizon.addItem("", value)
        self.themes = [QLineEdit() for _ in range(MAX_THEMES)]
        self.theme_counters = [LimitCounter(SOFT_LIMITS["phrase"]) for _ in self.themes]
        self.tentative = QCheckBox()
        self._text(self.tentative.setText, LABELS["tentative"])
        title = QLabel()
        title.setStyleSheet("font-weight: bold;")
        self._text(title.setText, LABELS["themes"])
        themes = QGridLayout()
        themes.setHorizontalSpacing(8)
        for row, (edit, counter) in enumerate(zip(self.themes, self.theme_counters, strict=True)):
            themes.addWidget(QLabel(f"{row + 1}."), row, 0)
            themes.addWidget(edit, row, 1)
            themes.addWidget(counter, row, 2)
            self._text(edit.setAccessibleName, LABELS["theme"])
        form = QVBoxLayout()
        form.setSpacing(12)
        form.addLayout(self.block("target_state", self.target_state))
        form.addLayout(self.block("horizon", self.horizon, counted=False))
        form.addWidget(title)
        form.addLayout(themes)
        form.addWidget(self.tentative)
        form.addStretch(1)
        panel, (self.shown_strengths, self.shown_values) = self.side_panel(
            "shown_strengths", "shown_values"
        )
        self.beside(form, panel)

    def retranslate(self) -> None:
        super().retranslate()
        for index, text in enumerate(HORIZON_TEXTS):
            self.horizon.setItemText(index, translated(text))


class StepSection(Section):
    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(3, parent)
        self.step_what = CleanPlainTextEdit(3)
        self.step_by, self.checkin_date = OptionalDate(today), OptionalDate(today)
        self.step_supporter = QLineEdit()
        form = QVBoxLayout()
        form.setSpacing(12)
        form.addLayout(self.block("step_what", self.step_what))
        form.addLayout(self.block("step_by", self.step_by, counted=False))
        form.addLayout(self.block("step_supporter", self.step_supporter))
        form.addLayout(self.block("checkin_date", self.checkin_date, counted=False))
        form.addStretch(1)
        for date in (self.step_by, self.checkin_date):
            self._text(date.none.setText, LABELS["no_date"])
        panel, (self.shown_themes, self.shown_target) = self.side_panel(
            "shown_themes", "shown_target"
        )
        self.beside(form, panel)

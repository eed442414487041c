"""Typing the participants' worksheets: a picker of people beside the four-stage form.

:class:`WorksheetForm` shows one participant's worksheet and reports every change to the
:class:`~ui.autosave.Autosaver` (text after a pause, choices and left fields at once); it is
shared with the kiosk. :class:`WorksheetEditor` adds the participant picker, with
type-to-jump by name or reading and Ctrl+PageDown / Ctrl+PageUp for the next / previous person.
"""

from __future__ import annotations

import datetime as dt
import time
import unicodedata
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.names import name_key
from app.worksheets import get_worksheet
from ui.autosave import DEBOUNCE_MS, Autosaver, SaveStatusLabel
from ui.tones import set_tone
from ui.worksheet_sections import (
    SECTION_TITLES,
    ExperiencesSection,
    StepSection,
    StrengthsSection,
    TargetSection,
    bullets,
    translated,
)

if TYPE_CHECKING:
    from app.models import Participant, WorksheetRow
    from app.store import Store
    from app.workshops import WorkshopDetail

LIST_FIELDS = ("strengths", "values")
TEXTS = {
    "search": QT_TRANSLATE_NOOP("WorksheetEditor", "Find by name or reading"),
    "search_name": QT_TRANSLATE_NOOP("WorksheetEditor", "Find a participant"),
    "people": QT_TRANSLATE_NOOP("WorksheetEditor", "Participants"),
    "keys": QT_TRANSLATE_NOOP(
        "WorksheetEditor", "Ctrl+PageDown / Ctrl+PageUp: next / previous participant"
    ),
    "next": QT_TRANSLATE_NOOP("WorksheetEditor", "Next participant"),
    "previous": QT_TRANSLATE_NOOP("WorksheetEditor", "Previous participant"),
}
# Variant kanji people type for the form in a name (髙橋 found by 高橋); matching only.
_VARIANTS = str.maketrans("髙﨑邊邉齋齊濵德惠", "高崎辺辺斎斉浜徳恵")


def search_key(text: str) -> str:
    """A name or reading as typed in the search box would match it: width and case folded,
    katakana as hiragana, spaces out, common variant kanji as their usual form."""
    folded = "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in name_key(text))
    return unicodedata.normalize("NFC", folded).translate(_VARIANTS)


def find_person(keys: list[tuple[str, str]], query: str) -> int:
    """The index of the best match for ``query`` among (name, reading) keys, or -1: a name
    that starts with it, then a reading that does, then a name or reading containing it."""
    wanted = search_key(query)
    if not wanted:
        return -1
    tests = (
        lambda name, reading: name.startswith(wanted),
        lambda name, reading: reading.startswith(wanted),
        lambda name, reading: wanted in name or wanted in reading,
    )
    for test in tests:
        for index, (name, reading) in enumerate(keys):
            if test(name, reading):
                return index
    return -1


class WorksheetForm(QTabWidget):
    """One participant's worksheet in four tabs; every change goes to the autosaver."""

    def __init__(
        self, autosaver: Autosaver, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.autosaver = autosaver
        self.participant_id: uuid.UUID | None = None
        self._loading = False
        self.experiences = ExperiencesSection()
        self.strengths = StrengthsSection()
        self.target = TargetSection()
        self.step = StepSection(today)
        self.sections = (self.experiences, self.strengths, self.target, self.step)
        for section in self.sections:
            self.addTab(section, "")
        s2, s3, s4 = self.strengths, self.target, self.step
        self.texts: dict[str, QLineEdit | QPlainTextEdit] = {
            "strengths": s2.strengths, "values": s2.values, "expectations": s2.expectations,
            "partner_noticed": s2.partner_noticed, "identity": s2.identity,
            "target_state": s3.target_state, "step_what": s4.step_what,
            "step_supporter": s4.step_supporter,
        }  # fmt: skip
        self.counters = {**s2.counters, **s3.counters, **s4.counters}
        for name, field in self.texts.items():
            field.textChanged.connect(lambda *_, n=name: self._typed(n))
            field.installEventFilter(self)
        for edit in s3.themes:
            edit.textChanged.connect(lambda *_: self._typed("themes"))
            edit.installEventFilter(self)
        for name, date in (("step_by", s4.step_by), ("checkin_date", s4.checkin_date)):
            date.changed.connect(lambda n=name: self._typed(n))
            date.none.toggled.connect(lambda *_: self.autosaver.flush())  # a choice: at once
            date.edit.installEventFilter(self)
        s3.horizon.currentIndexChanged.connect(lambda *_: self._chosen("horizon"))
        s3.tentative.toggled.connect(lambda *_: self._chosen("tentative"))
        self.experiences.table.model.edited.connect(lambda: self._chosen("experiences"))
        self.retranslate()
        self.setEnabled(False)

    def retranslate(self) -> None:
        for index, (section, title) in enumerate(zip(self.sections, SECTION_TITLES, strict=True)):
            section.retranslate()
            self.setTabText(index, translated(title))
        self._refresh()

    def value(self, name: str) -> Any:
        """What the form shows for a worksheet field, in the shape ``save_fields`` takes."""
        if name in self.texts:
            field = self.texts[name]
            return field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        if name == "themes":
            return [edit.text() for edit in self.target.themes]
        if name in ("step_by", "checkin_date"):
            return getattr(self.step, name).value()
        if name == "horizon":
            return self.target.horizon.currentData()
        if name == "tentative":
            return self.target.tentative.isChecked()
        assert name == "experiences", name
        return self.experiences.table.model.items()

    def load(self, participant_id: uuid.UUID, sheet: WorksheetRow, unsaved: dict[str, Any]) -> None:
        """Show a worksheet as stored, with what is typed but not yet stored on top."""
        values = {**sheet.model_dump(), **unsaved}
        self._loading = True
        try:
            for name, field in self.texts.items():
                text = values[name]
                if name in LIST_FIELDS and not isinstance(text, str):
                    text = "\n".join(text)
                if isinstance(field, QLineEdit):
                    field.setText(text)  # clears the field's undo history: a new person
                else:
                    field.setPlainText(text)
            themes = list(values["themes"]) + [""] * len(self.target.themes)
            for edit, theme in zip(self.target.themes, themes, strict=False):
                edit.setText(theme)
            horizon = self.target.horizon.findData(values["horizon"])
            self.target.horizon.setCurrentIndex(max(0, horizon))
            self.target.tentative.setChecked(bool(values["tentative"]))
            self.step.step_by.set_value(values["step_by"])
            self.step.checkin_date.set_value(values["checkin_date"])
            self.experiences.table.model.set_items(list(values["experiences"]))
        finally:
            self._loading = False
        self.participant_id = participant_id
        self.setEnabled(True)
        self._refresh()

    def commit_open_edits(self) -> None:
        """A table cell still being typed goes into the worksheet (then to the autosaver)."""
        self.experiences.table.commit_edit()

    def _typed(self, name: str) -> None:
        if not self._loading and self.participant_id is not None:
            self.autosaver.note(self.participant_id, **{name: self.value(name)})
            self._refresh()

    def _chosen(self, name: str) -> None:
        if not self._loading and self.participant_id is not None:
            self.autosaver.note_now(self.participant_id, **{name: self.value(name)})
            self._refresh()

    def _refresh(self) -> None:
        """Counters and the read-only echoes of earlier answers."""
        for name, counter in self.counters.items():
            if name in LIST_FIELDS:
                counter.show_phrases(self.value(name))
            else:
                counter.show_length(len(self.value(name)))
        for edit, counter in zip(self.target.themes, self.target.theme_counters, strict=True):
            counter.show_length(len(edit.text()))

        def phrases(name: str) -> list[str]:
            return [line.strip() for line in self.value(name).splitlines() if line.strip()]

        self.target.shown_strengths.setText(bullets(phrases("strengths")))
        self.target.shown_values.setText(bullets(phrases("values")))
        self.step.shown_themes.setText(bullets([t for t in self.value("themes") if t.strip()]))
        self.step.shown_target.setText(self.value("target_state").strip() or "—")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and not self._loading:
            self.autosaver.flush()  # leaving a field stores it at once
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WorksheetEditor(QWidget):
    """The facilitator's view: pick a participant, type their worksheet; it saves itself.

    Args:
        store: the open store.
        parent: the owning widget.
        now_ms: wall clock in ms since the epoch ("saved at", today's date); tests inject it.
        background: store on a worker thread (the app) or at once on this thread (tests).
        debounce_ms: the pause in typing after which changes are stored.
    """

    saved = Signal(object)  # participant id
    failed = Signal(object)  # UserError

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        now_ms: Callable[[], float] | None = None,
        *,
        background: bool = True,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._now_ms = now_ms or (lambda: time.time() * 1000)
        self._people: list[Participant] = []
        self._keys: list[tuple[str, str]] = []
        self.autosaver = Autosaver(store, self, background=background, debounce_ms=debounce_ms,
                                   now_ms=self._now_ms)  # fmt: skip
        self.autosaver.saved.connect(self.saved)
        self.autosaver.failed.connect(self.failed)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(self._jump)
        self.people = QListWidget()
        self.people.currentRowChanged.connect(self._on_row)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.subheading = QLabel()
        set_tone(self.subheading, "muted")
        self.status = SaveStatusLabel(self.autosaver)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form = WorksheetForm(self.autosaver, self._today)
        self.next_action, self.previous_action = QAction(self), QAction(self)
        for action, keys, step in ((self.next_action, "Ctrl+PgDown", 1),
                                   (self.previous_action, "Ctrl+PgUp", -1)):  # fmt: skip
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: self.step_participant(s))
            self.addAction(action)
        self._lay_out()
        self.retranslate()
        self.set_workshop(None)

    def _lay_out(self) -> None:
        side = QVBoxLayout()
        side.addWidget(self.search)
        side.addWidget(self.people, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(230)
        side.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.heading)
        names.addWidget(self.subheading)
        header.addLayout(names, 1)
        header.addWidget(self.status, 1)
        main = QVBoxLayout()
        main.addLayout(header)
        main.addWidget(self.form, 1)
        row = QHBoxLayout(self)
        row.addWidget(side_widget)
        row.addLayout(main, 1)

    def retranslate(self) -> None:
        def text(key: str) -> str:
            return QCoreApplication.translate("WorksheetEditor", TEXTS[key])

        self.search.setPlaceholderText(text("search"))
        self.search.setAccessibleName(text("search_name"))
        self.people.setAccessibleName(text("people"))
        self.people.setToolTip(text("keys"))
        self.next_action.setText(text("next"))
        self.previous_action.setText(text("previous"))
        self._show_heading()

    # -- the participants ----------------------------------------------------------------------

    def set_workshop(self, detail: WorkshopDetail | None) -> None:
        """Show a workshop's people; keeps the current participant when they are still there."""
        current = self.current_participant()
        self._people = list(detail.participants) if detail is not None else []
        self._keys = [(search_key(p.name), search_key(p.reading)) for p in self._people]
        self.people.blockSignals(True)
        self.people.clear()
        self.people.addItems([p.name for p in self._people])
        self.people.blockSignals(False)
        ids = [p.id for p in self._people]
        if current in ids:  # the form stays as it is: no cursor jumps while typing
            self._select_row(ids.index(current))
            self._show_heading()
        elif ids:
            self.show_participant(ids[0])
        else:
            self.autosaver.flush()
            self.form.participant_id = None
            self.form.setEnabled(False)
            self._show_heading()

    def show_participant(self, participant_id: uuid.UUID) -> None:
        """Store what was typed for the one shown so far, then show ``participant_id``."""
        row = next((i for i, p in enumerate(self._people) if p.id == participant_id), -1)
        if row < 0:
            raise ValueError(f"{participant_id} is not in this workshop")
        self.form.commit_open_edits()
        self.autosaver.flush()
        try:
            sheet = get_worksheet(self._store, participant_id)
        except UserError as exc:
            self.failed.emit(exc)
            return
        self.form.load(participant_id, sheet, self.autosaver.unsaved(participant_id))
        self._select_row(row)
        self._show_heading()

    def current_participant(self) -> uuid.UUID | None:
        return self.form.participant_id

    def step_participant(self, step: int) -> None:
        """The next (1) or previous (-1) participant; stays at either end."""
        row = self.people.currentRow() + step
        if 0 <= row < len(self._people):
            self.show_participant(self._people[row].id)

    def _select_row(self, row: int) -> None:
        if self.people.currentRow() != row:
            self.people.blockSignals(True)
            self.people.setCurrentRow(row)
            self.people.blockSignals(False)

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._people) and self._people[row].id != self.current_participant():
            self.show_participant(self._people[row].id)

    def _jump(self, text: str) -> None:
        index = find_person(self._keys, text)
        if index >= 0 and self._people[index].id != self.current_participant():
            self.show_participant(self._people[index].id)

    def _show_heading(self) -> None:
        person = next((p for p in self._people if p.id == self.current_participant()), None)
        if person is None:
            self.heading.setText(
                QCoreApplication.translate("WorksheetEditor", "No participants yet")
            )
            self.subheading.setText(
                QCoreApplication.translate(
                    "WorksheetEditor", "Add the workshop's participants first."
                )
            )
            return
        self.heading.setText(person.name)
        self.subheading.setText("　".join(t for t in (person.reading, person.department) if t))

    def _today(self) -> dt.date:
        return dt.datetime.fromtimestamp(self._now_ms() / 1000).date()

    # -- nothing is lost -----------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden: the window closes, or another tab is shown. Either way, store now.
        self.form.commit_open_edits()
        self.autosaver.flush_and_wait()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.form.commit_open_edits()
        self.autosaver.flush_and_wait()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

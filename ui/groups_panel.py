"""Groups for the cross-department dialogue: who talks with whom, round by round.

Only checked-in people are grouped; when nobody is checked in yet the facilitator may ask for
everyone on the list. :func:`app.grouping.make_groups` decides; the panel shows each group as
a card with names *and departments* (for the facilitator's eyes only) and lets the
facilitator swap two people: pick one name, then another, by click or by keyboard (Tab to
the name, Space). The projector gets :class:`~app.projector_frame.GroupCard` s with names only.

Seeds are deterministic: the first grouping uses seed 0 and each "shuffle again" adds one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import QT_TRANSLATE_NOOP
from app.grouping import (
    NOTE_REPEATS,
    Group,
    GroupingReport,
    Person,
    Round,
    make_groups,
    score,
    swap,
)
from app.projector_frame import GroupCard
from ui.i18n import fill
from ui.tones import set_tone

if TYPE_CHECKING:
    from app.models import Participant

SIZES = (2, 3, 4, 5, 6)
MAX_ROUNDS = 3
CARD_WIDTH = 240  # px: a card holds a full name and a department
MAX_COLUMNS = 6
PERSON_STYLE = (
    "QPushButton { height: 44px; text-align: left; font-weight: normal; padding: 2px 8px; }"
)
#: The core's notes (``app.grouping.NOTE_*``), same English, for the translator.
NOTE_TEXTS = (
    QT_TRANSLATE_NOOP("GroupsPanel", "only one person"),
    QT_TRANSLATE_NOOP("GroupsPanel", "everyone is in one department"),
    QT_TRANSLATE_NOOP("GroupsPanel", "nobody to group"),
    QT_TRANSLATE_NOOP(
        "GroupsPanel", "some partners meet again: there are not enough people to avoid it"
    ),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("GroupsPanel", text)


def display_name(person: Participant) -> str:
    """The name as the room should read it: the print name when one is set."""
    return person.print_name.strip() or person.name


class GroupsPanel(QWidget):
    """Make, adjust and project the groups of the dialogue exercise."""

    show_on_projector = Signal(tuple)  # tuple[GroupCard, ...]
    print_requested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.everyone: list[Participant] = []
        self.people: dict[str, Participant] = {}  # key → the person being grouped
        self.seed = 0
        self.report: GroupingReport = make_groups((), SIZES[0])
        self.picked: str | None = None
        self.buttons: dict[str, QPushButton] = {}
        self._grouped: tuple[tuple[str, str], ...] | None = None
        self._cards: list[QFrame] = []
        self._columns = 1
        self._build()
        self.retranslate()
        self._render()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.size_label, self.rounds_label = QLabel(), QLabel()
        self.size_combo = QComboBox()
        for size in SIZES:
            self.size_combo.addItem("", size)
        self.rounds_spin = QSpinBox()
        self.rounds_spin.setRange(1, MAX_ROUNDS)
        self.shuffle_button, self.projector_button = QPushButton(), QPushButton()
        self.size_combo.currentIndexChanged.connect(lambda _index: self.regroup())
        self.rounds_spin.valueChanged.connect(lambda _value: self.regroup())
        self.shuffle_button.clicked.connect(self.shuffle_again)
        self.projector_button.clicked.connect(self._project)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_requested.emit)
        controls = QHBoxLayout()
        for widget in (self.size_label, self.size_combo, self.rounds_label, self.rounds_spin):
            controls.addWidget(widget)
        controls.addWidget(self.shuffle_button)
        controls.addStretch(1)
        controls.addWidget(self.print_button)
        controls.addWidget(self.projector_button)
        self.attendance = QLabel()
        self.use_everyone = QCheckBox()
        self.use_everyone.toggled.connect(lambda _checked: self._take_people(force=True))
        self.round_tabs = QTabBar()
        self.round_tabs.currentChanged.connect(lambda _index: self._render())
        self.summary, self.notes, self.hint = QLabel(), QLabel(), QLabel()
        for label in (self.attendance, self.summary, self.notes, self.hint):
            label.setWordWrap(True)
        set_tone(self.notes, "warning")
        self.cards_box = QWidget()
        self.grid = QGridLayout(self.cards_box)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.size_label.setBuddy(self.size_combo)
        self.rounds_label.setBuddy(self.rounds_spin)
        self.cards_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards_box)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.attendance)
        layout.addWidget(self.use_everyone)
        layout.addWidget(self.round_tabs)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)

    def retranslate(self) -> None:
        self.size_label.setText(self.tr("Group size"))
        self.rounds_label.setText(self.tr("Rounds"))
        for index, size in enumerate(SIZES):
            text = self.tr("Pairs") if size == 2 else fill(self.tr("Groups of %1"), size)
            self.size_combo.setItemText(index, text)
        self.shuffle_button.setText(self.tr("Shuffle again"))
        self.print_button.setText(self.tr("Print the list…"))
        self.projector_button.setText(self.tr("Show on projector"))
        self.use_everyone.setText(self.tr("Use everyone on the list"))
        self.hint.setText(self.tr("To swap two people, choose one name and then the other."))
        self.cards_scroll.setAccessibleName(self.tr("Group cards"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- people and groups -----------------------------------------------------------------

    def set_people(self, participants: Sequence[Participant]) -> None:
        """The workshop's people; the checked-in ones are grouped (again, if they changed)."""
        self.everyone = list(participants)
        self._take_people(force=False)

    def _take_people(self, force: bool) -> None:
        present = [p for p in self.everyone if p.attended]
        chosen = present or (self.everyone if self.use_everyone.isChecked() else [])
        self.people = {str(p.id): p for p in chosen}
        grouped = tuple(sorted((key, p.department) for key, p in self.people.items()))
        if force or grouped != self._grouped:
            self._grouped = grouped
            self.regroup()
        else:
            self._render()  # names may have changed; the groups stay as adjusted

    @property
    def group_size(self) -> int:
        """2 for pairs, or 3 to 6."""
        return int(self.size_combo.currentData())

    def regroup(self) -> None:
        """Make the groups again from the people, size, rounds and seed."""
        people = [Person(key, p.department) for key, p in self.people.items()]
        self.report = make_groups(people, self.group_size, self.rounds_spin.value(), self.seed)
        self.picked = None
        self._sync_tabs()
        self._render()
        self.changed.emit()

    def restore(self, rounds: Sequence[Round]) -> bool:
        """Show saved rounds again, swaps included, if they group exactly today's people.

        Returns False (and keeps the fresh groups) when the people changed since they were saved.
        """
        keys = set(self.people)
        if not rounds or not keys:
            return False
        if any({m for g in r.groups for m in g.members} != keys for r in rounds):
            return False
        people = [Person(key, p.department) for key, p in self.people.items()]
        repeats, same = score(rounds, people)
        self.report = GroupingReport(
            tuple(rounds), repeats, same, (NOTE_REPEATS,) if repeats else ()
        )
        smallest = min(len(g.members) for g in rounds[0].groups)
        size = max((s for s in SIZES if s <= smallest), default=SIZES[0])
        for widget, value in ((self.size_combo, SIZES.index(size)),
                              (self.rounds_spin, len(rounds))):  # fmt: skip
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(value)
            else:
                widget.setValue(value)
            widget.blockSignals(False)
        self.picked = None
        self._sync_tabs()
        self._render()
        return True

    def _sync_tabs(self) -> None:
        self.round_tabs.blockSignals(True)
        while self.round_tabs.count() > len(self.report.rounds):
            self.round_tabs.removeTab(self.round_tabs.count() - 1)
        while self.round_tabs.count() < len(self.report.rounds):
            self.round_tabs.addTab("")
        self.round_tabs.blockSignals(False)

    def shuffle_again(self) -> None:
        self.seed += 1
        self.regroup()

    def pick(self, key: str) -> None:
        """Choose a person; choosing a second one in another group swaps the two."""
        if self.picked is None or self.picked == key:
            self.picked = None if self.picked == key else key
        else:
            index = self.round_tabs.currentIndex()
            current = self.report.rounds[index]
            swapped = swap(current, self.picked, key)
            if swapped is current:  # same group: nothing to swap, take the new choice
                self.picked = key
            else:
                self._replace_round(index, swapped)
                self.picked = None
                self.changed.emit()
        self._render()
        if key in self.buttons:
            self.buttons[key].setFocus()

    def _replace_round(self, index: int, new: Round) -> None:
        rounds = list(self.report.rounds)
        rounds[index] = new
        people = [Person(key, p.department) for key, p in self.people.items()]
        repeats, same = score(rounds, people)
        notes = tuple(n for n in self.report.notes if n != NOTE_REPEATS)
        self.report = replace(
            self.report,
            rounds=tuple(rounds),
            repeated_pairs=repeats,
            same_department_pairs=same,
            notes=notes + ((NOTE_REPEATS,) if repeats else ()),
        )

    def cards(self, round_index: int) -> tuple[GroupCard, ...]:
        """What the projector shows for a round: a label and display names, no departments."""
        groups = self.report.rounds[round_index].groups
        return tuple(
            GroupCard(
                fill(self.tr("Group %1"), number),
                tuple(display_name(self.people[key]) for key in group.members),
            )
            for number, group in enumerate(groups, 1)
        )

    def printed_rounds(self) -> list[Any]:
        """Every round as the printed list shows it: labels, display names, departments."""
        from reports.group_list import GroupLine, PrintedRound  # ReportLab loads when printing

        return [
            PrintedRound(
                fill(self.tr("Round %1"), number),
                tuple(
                    (
                        fill(self.tr("Group %1"), index),
                        tuple(
                            GroupLine(display_name(self.people[key]), self.people[key].department)
                            for key in group.members
                        ),
                    )
                    for index, group in enumerate(round_.groups, 1)
                ),
            )
            for number, round_ in enumerate(self.report.rounds, 1)
        ]

    def _project(self) -> None:
        self.show_on_projector.emit(self.cards(max(0, self.round_tabs.currentIndex())))

    # -- showing ---------------------------------------------------------------------------

    def _render(self) -> None:
        present = sum(p.attended for p in self.everyone)
        if not self.everyone:
            text = self.tr("Nobody is on the list yet.")
        elif present:
            text = fill(self.tr("%1 of %2 people are checked in."), present, len(self.everyone))
        else:
            text = self.tr("Nobody is checked in yet: groups are made from the people checked in.")
        self.attendance.setText(text)
        self.use_everyone.setVisible(bool(self.everyone) and not present)
        for number in range(self.round_tabs.count()):
            self.round_tabs.setTabText(number, fill(self.tr("Round %1"), number + 1))
        self.round_tabs.setVisible(self.round_tabs.count() > 1)
        index = max(0, self.round_tabs.currentIndex())
        groups = self.report.rounds[index].groups if self.report.rounds else ()
        report = self.report
        self.summary.setText(
            fill(
                self.tr(
                    "%1 people in %2 groups. Same-department pairs: %3. Partners meeting again: %4."
                ),
                len(self.people),
                len(groups),
                report.same_department_pairs,
                report.repeated_pairs,
            )
        )
        self.summary.setVisible(bool(groups))
        notes = report.notes if self.people else ()  # "nobody": the line above says why
        self.notes.setText("\n".join(_t(note) for note in notes))
        self.notes.setVisible(bool(notes))
        self.hint.setVisible(len(groups) > 1)
        self.projector_button.setEnabled(bool(groups))
        self.shuffle_button.setEnabled(len(self.people) > 1)
        self.print_button.setEnabled(bool(self.report.rounds))
        self._fill_cards(groups)

    def _fill_cards(self, groups: Sequence[Group]) -> None:
        for card in self._cards:
            self.grid.removeWidget(card)
            card.hide()
            card.deleteLater()  # may hold the button whose click is running
        self.buttons, self._cards = {}, []
        for number, group in enumerate(groups):
            card = QFrame()
            card.setObjectName("groupCard")
            column = QVBoxLayout(card)
            title = QLabel(fill(self.tr("Group %1"), number + 1))
            title.setStyleSheet("font-weight: bold;")
            column.addWidget(title)
            for key in group.members:
                person = self.people[key]
                text = display_name(person)
                if person.department:
                    text += "\n" + person.department
                button = QPushButton(text)
                button.setStyleSheet(PERSON_STYLE)
                button.setCheckable(True)
                button.setChecked(key == self.picked)
                button.clicked.connect(partial(self._clicked, key))
                column.addWidget(button)
                self.buttons[key] = button
            self._cards.append(card)
        self._place_cards()

    def _place_cards(self) -> None:
        """Cards in as many columns as the width allows, each as tall as its names."""
        self._columns = max(1, min(MAX_COLUMNS, (self.width() - 40) // CARD_WIDTH))
        for index, card in enumerate(self._cards):
            self.grid.removeWidget(card)
            row, column = divmod(index, self._columns)
            self.grid.addWidget(card, row, column, Qt.AlignmentFlag.AlignTop)
            card.show()  # now, not on the layout's queued show: the caller may grab or focus

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if max(1, min(MAX_COLUMNS, (self.width() - 40) // CARD_WIDTH)) != self._columns:
            self._place_cards()

    def _clicked(self, key: str, _checked: bool = False) -> None:
        self.pick(key)

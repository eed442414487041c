"""The operator console: the facilitator's view of the run, on the laptop screen.

It shows the current and next stage, the clock, the agenda with planned and actual times,
ahead/behind and the projected end, the catch-up suggestion, and a live thumbnail of the
projector. Every action is in one table (``ui.run_actions``) with keys and buttons; the
console decides nothing itself: it hands each action to the :class:`RunController`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.projector_frame import stage_number
from app.run_state import Phase, RunState, format_clock
from app.runs import local_time
from ui.dialogs import Dialogs
from ui.i18n import fill, user_error_text
from ui.projector_view import ProjectorWindow
from ui.run_actions import RUN_ACTIONS, make_run_actions, retranslate_run_actions, shortcut_help
from ui.run_controller import RunController
from ui.tones import set_tone

BUTTONS = ("toggle", "back", "next", "minus1", "plus1", "blackout", "message", "adaptive")
BUTTON_COLUMNS = 4
ON_SCHEDULE_SECONDS = 30
THUMBNAIL = (384, 216)
STYLE = """
QLabel#consoleNumber { font-size: 18px; }
QLabel#consoleStageTitle { font-size: 26px; font-weight: bold; }
QLabel#consoleClock { font-size: 96px; font-weight: bold; }
QLabel#consolePhase { font-size: 18px; }
QLabel#consoleNotice { background: #fff4e5; color: #663c00; padding: 8px; border-radius: 4px; }
"""


def _minutes(seconds: float) -> str:
    return format_clock(seconds) if seconds >= 0 else "-" + format_clock(-seconds)


class OperatorConsole(QMainWindow):
    """The run window on the laptop. Emits requests the run mode carries out."""

    closed = Signal()
    fullscreen_requested = Signal()
    leave_fullscreen_requested = Signal()
    message_requested = Signal()
    groups_requested = Signal()
    late_start_requested = Signal()
    finish_requested = Signal()
    check_requested = Signal()

    def __init__(self, controller: RunController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        agenda = controller.session.agenda
        self.setStyleSheet(STYLE)
        self.number = QLabel()
        self.number.setObjectName("consoleNumber")
        self.title = QLabel()
        self.title.setObjectName("consoleStageTitle")
        self.title.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setObjectName("consoleClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase = QLabel()
        self.phase.setObjectName("consolePhase")
        self.next_stage = QLabel()
        self.timing = QLabel()
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("consoleNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.thumbnail = ProjectorWindow()
        self.thumbnail.setFixedSize(*THUMBNAIL)
        self.thumbnail.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agenda = QTableWidget(len(agenda), 4)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.agenda.verticalHeader().setVisible(False)
        header = self.agenda.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            # Fixed: the theme upper-cases and pads headers beyond what ResizeToContents sees.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 120)
        for row, stage in enumerate(agenda):
            number = stage_number(agenda, row)
            self.agenda.setItem(row, 0, QTableWidgetItem(f"{number}  {stage.title}".strip()))

        self.actions_by_id = make_run_actions(self)
        self.buttons: dict[str, QPushButton] = {}
        row_of_buttons = QGridLayout()
        for position, key in enumerate(BUTTONS):
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and arrows stay shortcuts
            button.clicked.connect(self.actions_by_id[key].trigger)
            row_of_buttons.addWidget(button, *divmod(position, BUTTON_COLUMNS))
            self.buttons[key] = button

        # Every action has a button: the big ones below the clock, the others in the toolbar,
        # a column on the right: in a row at the top, ten of them need about 1,500 px, and at
        # 1280 px (a 1920 px laptop at 150 %) Qt would hide the last ones behind an overflow
        # arrow the theme barely shows.
        toolbar = QToolBar(self)
        toolbar.setObjectName("runToolbar")
        toolbar.setMovable(False)
        toolbar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for spec in RUN_ACTIONS:
            if spec.id not in BUTTONS:
                toolbar.addAction(self.actions_by_id[spec.id])
        for tool_button in toolbar.findChildren(QToolButton):
            tool_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addToolBar(Qt.ToolBarArea.RightToolBarArea, toolbar)
        self.toolbar = toolbar
        self.mute = QCheckBox()
        self.mute.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chimes = controller.chimes
        if chimes is not None and hasattr(chimes, "set_muted") and hasattr(chimes, "set_volume"):
            self.mute.toggled.connect(chimes.set_muted)
            self.volume.valueChanged.connect(lambda value: chimes.set_volume(value / 100))
            chimes.set_volume(self.volume.value() / 100)
        sound = QHBoxLayout()
        sound.addWidget(self.mute)
        sound.addWidget(self.volume, 1)

        left = QVBoxLayout()
        left.addWidget(self.notice)
        left.addWidget(self.number)
        left.addWidget(self.title)
        left.addWidget(self.clock)
        left.addWidget(self.phase)
        left.addWidget(self.next_stage)
        left.addLayout(row_of_buttons)
        left.addWidget(self.agenda, 1)
        right = QVBoxLayout()
        self.thumbnail_label = QLabel()
        right.addWidget(self.thumbnail_label)
        right.addWidget(self.thumbnail)
        right.addWidget(self.timing)
        right.addWidget(self.suggestion)
        right.addLayout(sound)
        right.addStretch(1)
        body = QWidget()
        grid = QGridLayout(body)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        self.setCentralWidget(body)

        self._connect_actions()
        controller.state_changed.connect(self.show_state)
        controller.frame_changed.connect(self.thumbnail.set_frame)
        controller.failed.connect(self._failed)
        controller.acted.connect(self._clear_failure)
        self.retranslate()
        if controller.session.resumed:
            self.notice.setText(
                self.tr(
                    "The run was resumed where it was. The clock kept running while Ippo was "
                    "closed, as the room kept working."
                )
            )
            self.notice.show()
        self.show_state(controller.last_state)
        self.thumbnail.set_frame(controller.last_frame)

    def _connect_actions(self) -> None:
        act = self.controller.act
        handlers = {
            "toggle": lambda: act("toggle") if self.controller.last_state.started else act("start"),
            "next": lambda: act("next"),
            "back": lambda: act("back"),
            "plus1": lambda: act("adjust", 60),
            "minus1": lambda: act("adjust", -60),
            "plus5": lambda: act("adjust", 300),
            "minus5": lambda: act("adjust", -300),
            "blackout": lambda: act("blackout", not self.controller.last_state.blackout),
            "message": self.message_requested.emit,
            "groups": self.groups_requested.emit,
            "adaptive": self.apply_adaptive,
            "late": self.late_start_requested.emit,
            "fullscreen": self.fullscreen_requested.emit,
            "leave_fullscreen": self.leave_fullscreen_requested.emit,
            "undo": lambda: act("undo"),
            "finish": self.finish_requested.emit,
            "check": self.check_requested.emit,
            "help": self.show_help,
        }
        assert set(handlers) == {a.id for a in RUN_ACTIONS}
        for key, handler in handlers.items():
            self.actions_by_id[key].triggered.connect(lambda _=False, h=handler: h())

    def retranslate(self) -> None:
        self.setWindowTitle(
            fill(self.tr("Ippo — running %1"), self.controller.session.detail.workshop.title)
        )
        retranslate_run_actions(self.actions_by_id)
        for key, button in self.buttons.items():
            action = self.actions_by_id[key]
            keys = action.shortcut().toString()
            button.setText(action.text())
            button.setToolTip(f"{action.text()} ({keys})" if keys else action.text())
            button.setAccessibleName(action.text())
        self.agenda.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Planned"), self.tr("Actual"), self.tr("Status")]
        )
        self.thumbnail_label.setText(self.tr("On the projector"))
        self.mute.setText(self.tr("Mute the chimes"))
        self.volume.setAccessibleName(self.tr("Chime volume"))
        self.volume.setToolTip(self.tr("Chime volume"))
        self.show_state(self.controller.last_state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing the state -------------------------------------------------------------------

    def show_state(self, state: RunState) -> None:
        agenda = self.controller.session.agenda
        index = state.current if state.current is not None else 0
        if agenda:
            self.number.setText(stage_number(agenda, min(index, len(agenda) - 1)))
            self.title.setText(agenda[min(index, len(agenda) - 1)].title)
        self.clock.setText(state.display)
        for label in (self.clock, self.phase):  # coloured by the theme's tones (ui/tones.py)
            set_tone(label, state.phase.value, name="phase")
        self.phase.setText(self._phase_text(state))
        following = index + 1 if state.started else index
        self.next_stage.setText(
            fill(self.tr("Next: %1"), agenda[following].title)
            if state.started and following < len(agenda) and not state.finished
            else ""
        )
        self._show_agenda(state)
        self._show_timing(state)
        start = self.actions_by_id["toggle"]
        start.setEnabled(not state.finished)
        self.buttons["toggle"].setText(
            self.tr("Pause")
            if state.started and not state.paused
            else self.tr("Resume")
            if state.paused
            else self.tr("Start")
        )

    def _phase_text(self, state: RunState) -> str:
        texts = {
            Phase.NOT_STARTED: self.tr("Not started — press Space to start"),
            Phase.CALM: self.tr("On time"),
            Phase.WARNING: self.tr("Warning: wrap up soon"),
            Phase.FINAL: self.tr("Last 30 seconds"),
            Phase.OVERTIME: self.tr("Overtime"),
            Phase.FINISHED: self.tr("Finished"),
        }
        text = texts[state.phase]
        return fill(self.tr("%1 (paused)"), text) if state.paused else text

    def _show_agenda(self, state: RunState) -> None:
        for row, record in enumerate(state.stages):
            status = (
                self.tr("now")
                if row == state.current
                else self.tr("done")
                if record.visited
                else ""
            )
            cells = (
                format_clock(record.planned_seconds + record.adjustment_seconds),
                format_clock(record.actual_seconds) if record.visited else "",
                status,
            )
            for column, text in enumerate(cells, start=1):
                item = self.agenda.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.agenda.setItem(row, column, item)
                if item.text() != text:
                    item.setText(text)

    def _show_timing(self, state: RunState) -> None:
        behind = state.ahead_behind_seconds
        if behind is None:
            drift = self.tr("not started")
        elif abs(behind) < ON_SCHEDULE_SECONDS:
            drift = self.tr("on schedule")
        elif behind > 0:
            drift = fill(self.tr("%1 behind"), _minutes(behind))
        else:
            drift = fill(self.tr("%1 ahead"), _minutes(-behind))
        self.timing.setText(
            fill(
                self.tr("Planned end %1 · projected end %2 · %3"),
                local_time(state.planned_end),
                local_time(state.projected_end),
                drift,
            )
        )
        suggestion = self.controller.session.clock.suggest_adaptive()
        self.actions_by_id["adaptive"].setEnabled(suggestion is not None)
        self.buttons["adaptive"].setEnabled(suggestion is not None)
        if suggestion is None:
            self.suggestion.setText("")
            return
        agenda = self.controller.session.agenda
        changes = ", ".join(
            f"{agenda[i].title} → {suggestion.plan[i] // 60}" for i in suggestion.changed
        )
        self.suggestion.setText(
            fill(
                self.tr("Catch-up plan (A): win back %1 by shortening %2 (minutes)."),
                _minutes(suggestion.recovered_seconds),
                changes,
            )
        )

    # -- commands ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    def apply_adaptive(self) -> None:
        suggestion = self.controller.session.clock.suggest_adaptive()
        if suggestion is not None:
            self.controller.act("apply_adaptive", suggestion)

    def show_help(self) -> None:
        Dialogs.info(self, self.tr("Keyboard shortcuts"), shortcut_help())

    def _failed(self, error: UserError) -> None:
        self.notice.setText(" ".join(t for t in user_error_text(error) if t))
        self.notice.setProperty("failure", True)
        self.notice.show()

    def _clear_failure(self) -> None:
        """An action went through: an earlier failure notice is out of date."""
        if self.notice.property("failure"):
            self.notice.setProperty("failure", False)
            self.notice.hide()

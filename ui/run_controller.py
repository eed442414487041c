"""Run mode's controller: operator actions in, frames and states out, bells rung on time.

The timer never holds time: each tick reads the clock (a fold of the stored log), and the next
tick is scheduled just after the next moment the display changes, so the digits turn within a
few milliseconds of each second boundary while the CPU sleeps in between.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.projector_frame import GroupCard, ProjectorFrame, make_frame
from app.run_state import Crossing, RunState
from app.runs import RunSession

#: Wake this long after the boundary, so the fold is surely past it.
TICK_MARGIN_MS = 4
IDLE_TICK_MS = 1000
FLASH_TICKS = 1


def ms_to_next_change(state: RunState) -> int:
    """Milliseconds until the displayed clock changes (per ``format_clock``'s rounding)."""
    if not state.started or state.finished or state.paused:
        return IDLE_TICK_MS
    remaining = state.remaining_seconds
    if remaining > 0:
        step = remaining - math.floor(remaining)  # ceil display turns at whole seconds
    else:
        overrun = -remaining
        step = math.floor(overrun) + 1 - overrun
    step = step or 1.0
    return max(1, min(IDLE_TICK_MS, int(step * 1000) + TICK_MARGIN_MS))


class RunController(QObject):
    """Owns the run session and the tick; the console and the projector only listen."""

    frame_changed = Signal(object)  # ProjectorFrame
    state_changed = Signal(object)  # RunState
    rang = Signal(object)  # Crossing
    failed = Signal(object)  # UserError
    acted = Signal()  # an action was stored

    def __init__(self, session: RunSession, chimes: QObject | None = None) -> None:
        super().__init__()
        self.session = session
        self.chimes = chimes
        self._flash = 0
        #: Group cards shown on the projector's group screen (names only), or () for none.
        self.groups: tuple[GroupCard, ...] = ()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        if chimes is not None and hasattr(chimes, "visual_cue"):
            chimes.visual_cue.connect(self._visual_cue)
        self.last_state: RunState = session.state()
        self.last_frame: ProjectorFrame = make_frame(session.agenda, self.last_state)

    def start_ticking(self) -> None:
        self.tick()

    def stop(self) -> None:
        self._timer.stop()

    def act(self, action: str, *args: object) -> bool:
        """One operator action; a refused write is reported and nothing changes."""
        try:
            self.session.act(action, *args)
        except UserError as error:
            self.failed.emit(error)
            return False
        except Exception as error:  # a key press must never end in a traceback
            self.failed.emit(
                UserError(
                    QT_TRANSLATE_NOOP("Core", "Ippo could not record that action: %1."),
                    QT_TRANSLATE_NOOP("Core", "The clock goes on as before. Try again; if it keeps failing, close the console and open the run again: nothing recorded is lost."),  # noqa: E501
                    args=(error,),
                )
            )  # fmt: skip
            return False
        self.acted.emit()
        self.tick()
        return True

    def tick(self) -> RunState:
        """Read the clock, ring what was crossed, publish, and schedule the next tick."""
        state, crossed = self.session.clock.tick()
        for crossing in crossed:
            self._ring(crossing)
        flash = self._flash > 0
        self._flash = max(0, self._flash - 1)
        self.last_state = state
        self.last_frame = make_frame(self.session.agenda, state, self.groups, flash=flash)
        self.state_changed.emit(state)
        self.frame_changed.emit(self.last_frame)
        self._timer.start(ms_to_next_change(state))
        return state

    def show_groups(self, cards: tuple[GroupCard, ...]) -> None:
        """Put group assignments on the projector (``()`` takes them off)."""
        self.groups = tuple(cards)
        self.tick()

    def _ring(self, crossing: Crossing) -> None:
        self.rang.emit(crossing)
        if self.chimes is not None:
            self.chimes.play(crossing.bells)  # type: ignore[attr-defined]
        else:
            self._flash = FLASH_TICKS

    def _visual_cue(self, _strokes: int) -> None:
        self._flash = FLASH_TICKS
        self.last_frame = make_frame(self.session.agenda, self.last_state, self.groups, flash=True)
        self.frame_changed.emit(self.last_frame)

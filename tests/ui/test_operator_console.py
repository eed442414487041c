"""The operator console driven by keyboard, the tick schedule, privacy and the visual chime."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from pytestqt.qtbot import QtBot

from app.participants import PersonDraft, add_participants
from app.projector_frame import ProjectorFrame
from app.run_state import Phase
from app.runs import RunSession, load_events
from app.store import Store
from app.template_model import WorkshopTemplate
from app.workshops import create_workshop, update_workshop
from tests.helpers.clock import FakeClock
from ui.dialogs import Dialogs
from ui.operator_console import OperatorConsole
from ui.run_controller import RunController, ms_to_next_change

MARKER = "秘密のこたえ-7f3a"


class RecordingChimes(QObject):
    """A chime backend that cannot play: it asks for the visual cue, like a laptop without
    audio."""

    visual_cue = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.played: list[int] = []

    def play(self, strokes: int) -> None:
        self.played.append(strokes)
        self.visual_cue.emit(strokes)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def console(
    qtbot: QtBot, store: Store, template_90: WorkshopTemplate, clock: FakeClock
) -> Iterator[OperatorConsole]:
    workshop = create_workshop(store, template_90, "本番リハーサル")
    session = RunSession(store, workshop.id, clock)
    controller = RunController(session, RecordingChimes())
    window = OperatorConsole(controller)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    controller.stop()


def key(
    qtbot: QtBot, window: OperatorConsole, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier
):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, key, modifier)


def test_keyboard_drives_the_whole_run(
    qtbot: QtBot, console: OperatorConsole, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = console.controller
    key(qtbot, console, Qt.Key.Key_Space)
    assert controller.last_state.started and controller.last_state.current == 0
    clock.advance(30)
    key(qtbot, console, Qt.Key.Key_Space)
    assert controller.last_state.paused
    assert "一時停止" in console.phase.text() or "paused" in console.phase.text()
    key(qtbot, console, Qt.Key.Key_Space)
    assert not controller.last_state.paused
    key(qtbot, console, Qt.Key.Key_PageDown)
    assert controller.last_state.current == 1
    key(qtbot, console, Qt.Key.Key_Right)
    assert controller.last_state.current == 2
    key(qtbot, console, Qt.Key.Key_PageUp)
    key(qtbot, console, Qt.Key.Key_Left)
    assert controller.last_state.current == 0
    before = controller.last_state.remaining_seconds
    key(qtbot, console, Qt.Key.Key_Plus)
    assert controller.last_state.remaining_seconds == pytest.approx(before + 60)
    key(qtbot, console, Qt.Key.Key_Minus)
    assert controller.last_state.remaining_seconds == pytest.approx(before)
    key(qtbot, console, Qt.Key.Key_B)
    assert controller.last_state.blackout
    key(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not controller.last_state.blackout
    monkeypatch.setattr(
        "ui.run_mode.RunDialogs.message", staticmethod(lambda parent, now: "ペアを作ってください")
    )
    from ui.run_mode import RunDialogs

    console.message_requested.connect(
        lambda: controller.act("show_message", RunDialogs.message(console, clock.now))
    )
    key(qtbot, console, Qt.Key.Key_M)
    assert controller.last_state.message == "ペアを作ってください"
    kinds = [e.kind for e in load_events(controller.session.store, controller.session.workshop_id)]
    assert kinds[:4] == ["start", "pause", "resume", "next"]
    assert "undo" in kinds and "message_show" in kinds


def test_the_help_lists_every_key(
    console: OperatorConsole, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        Dialogs, "info", staticmethod(lambda parent, title, text: shown.append(text))
    )
    console.actions_by_id["help"].trigger()
    assert shown and "F5" in shown[0] and "Ctrl+Z" in shown[0]


def test_overrun_offers_a_catch_up_plan_that_spares_the_declaration(
    console: OperatorConsole, clock: FakeClock
) -> None:
    controller = console.controller
    controller.act("start")
    clock.advance(25 * 60)  # the 5-minute opening ran 20 minutes over
    controller.tick()
    assert controller.last_state.phase == Phase.OVERTIME
    assert console.buttons["adaptive"].isEnabled()
    assert console.suggestion.text()
    declaration = next(
        i for i, s in enumerate(controller.session.agenda) if s.kind == "declaration"
    )
    planned = controller.last_state.stages[declaration].planned_seconds
    console.actions_by_id["adaptive"].trigger()
    assert controller.last_state.adaptive_applied
    assert controller.last_state.stages[declaration].planned_seconds == planned


def test_bells_without_sound_flash_the_projector(
    console: OperatorConsole, clock: FakeClock
) -> None:
    controller = console.controller
    frames: list[ProjectorFrame] = []
    controller.frame_changed.connect(frames.append)
    controller.act("start")
    first = controller.session.agenda[0]
    assert first.title
    stage = controller.last_state.stages[0]
    clock.advance(stage.planned_seconds - 60 + 0.5)  # past the 1-minute warning
    controller.tick()
    chimes = controller.chimes
    assert isinstance(chimes, RecordingChimes)
    assert chimes.played == [1]
    assert any(f.flash for f in frames)


def test_the_next_tick_lands_just_after_the_second_boundary(
    console: OperatorConsole, clock: FakeClock
) -> None:
    controller = console.controller
    controller.act("start")
    clock.advance(0.25)
    state = controller.tick()
    assert 750 <= ms_to_next_change(state) <= 760
    clock.advance(controller.last_state.remaining_seconds + 0.4)  # 0.4 s into overtime
    state = controller.tick()
    assert state.phase == Phase.OVERTIME
    assert 600 <= ms_to_next_change(state) <= 610


def test_a_resumed_run_says_so(
    qtbot: QtBot, store: Store, template_90: WorkshopTemplate, clock: FakeClock
) -> None:
    workshop = create_workshop(store, template_90, "再開")
    RunSession(store, workshop.id, clock).act("start")
    clock.advance(120)
    controller = RunController(RunSession(store, workshop.id, clock), RecordingChimes())
    window = OperatorConsole(controller)
    qtbot.addWidget(window)
    assert window.notice.isVisibleTo(window)
    assert "再開" in window.notice.text()
    controller.stop()


def test_the_projector_never_shows_a_participants_words(
    qtbot: QtBot, store: Store, template_90: WorkshopTemplate, clock: FakeClock, shots: Path
) -> None:
    """Everything personal carries a marker; no frame of a whole run may contain it."""
    workshop = create_workshop(store, template_90, "守秘")
    add_participants(
        store,
        workshop.id,
        [
            PersonDraft(name=f"{MARKER} {i}", reading=MARKER, department=MARKER, email=MARKER)
            for i in range(5)
        ],
    )
    update_workshop(store, workshop.id, notes=MARKER)
    controller = RunController(RunSession(store, workshop.id, clock), RecordingChimes())
    window = OperatorConsole(controller)
    qtbot.addWidget(window)
    frames: list[ProjectorFrame] = []
    controller.frame_changed.connect(frames.append)
    controller.act("start")
    for stage in controller.session.agenda:
        clock.advance(60 * 30)
        controller.tick()
        controller.act("show_message", "休憩 10:45 まで")
        controller.act("hide_message")
        controller.act("next")
        assert stage.title
    controller.act("finish")
    assert len(frames) > 20
    for frame in frames:
        texts = [frame.number, frame.title, frame.clock, frame.instructions, *frame.prompts,
                 frame.message or "", *[s.title for s in frame.strip]]  # fmt: skip
        assert all(MARKER not in text for text in texts)
    projector_texts = "\n".join(str(r) for r in window.thumbnail.text_rects())
    assert MARKER not in projector_texts
    path = shots / "console-1280x720.png"
    window.resize(1280, 720)
    assert window.grab().save(str(path))
    controller.stop()


def test_console_screenshots(console: OperatorConsole, clock: FakeClock, shots: Path) -> None:
    controller = console.controller
    controller.act("start")
    clock.advance(14 * 60)
    controller.act("next")
    clock.advance(14 * 60 + 20)
    controller.tick()
    out = Path("/tmp/ippo-shots")
    out.mkdir(exist_ok=True)
    for size in ((1920, 1080), (1280, 720)):
        console.resize(*size)
        path = shots / f"console-{size[0]}x{size[1]}.png"
        assert console.grab().save(str(path))
        shutil.copy(path, out / path.name)


def test_every_action_has_a_button_and_the_chimes_can_be_muted(
    qtbot: QtBot, store: Store, template_90: WorkshopTemplate, clock: FakeClock
) -> None:
    from ui.run_actions import RUN_ACTIONS

    class Mutable(RecordingChimes):
        def __init__(self) -> None:
            super().__init__()
            self.muted: list[bool] = []
            self.volumes: list[float] = []

        def set_muted(self, muted: bool) -> None:
            self.muted.append(muted)

        def set_volume(self, volume: float) -> None:
            self.volumes.append(volume)

    workshop = create_workshop(store, template_90, "音")
    chimes = Mutable()
    controller = RunController(RunSession(store, workshop.id, clock), chimes)
    window = OperatorConsole(controller)
    qtbot.addWidget(window)
    on_toolbar = set(window.toolbar.actions())
    with_button = {key for key in window.buttons if window.buttons[key].isVisibleTo(window)}
    assert all(
        window.actions_by_id[spec.id] in on_toolbar or spec.id in with_button
        for spec in RUN_ACTIONS
    )
    window.mute.setChecked(True)
    window.volume.setValue(30)
    assert chimes.muted == [True]
    assert chimes.volumes[-1] == pytest.approx(0.3)
    controller.stop()


def test_groups_go_to_the_projector_with_names_only(qtbot: QtBot, console: OperatorConsole) -> None:
    from app.projector_frame import GroupCard

    controller = console.controller
    frames: list[ProjectorFrame] = []
    controller.frame_changed.connect(frames.append)
    cards = (
        GroupCard("グループ 1", ("髙橋 一郎", "﨑山 花子")),
        GroupCard("グループ 2", ("① 佐藤",)),
    )
    controller.show_groups(cards)
    assert frames[-1].groups == cards
    assert console.thumbnail.group_pages() >= 1
    controller.show_groups(())
    assert frames[-1].groups == ()

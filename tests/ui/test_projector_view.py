"""The projector window: every text fits, nothing overlaps, phases are told by word and colour.

Screenshots of the main screens go to /tmp/projector-shots/ (look at them after a layout change).
"""

from __future__ import annotations

import dataclasses
import sys
from datetime import UTC, datetime, timedelta
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QRawFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.projector_frame import (
    AgendaStage,
    GroupCard,
    ProjectorFrame,
    StripItem,
    StripState,
    make_frame,
)
from app.run_clock import RunClock
from app.run_events import StagePlan
from app.run_state import Phase
from ui import projector_view
from ui.contrast import contrast
from ui.fonts import ui_font
from ui.projector_badges import Words
from ui.projector_layout import layout_frame
from ui.projector_theme import DARK, LIGHT, THEMES
from ui.projector_view import ProjectorWindow

SHOTS = Path("/tmp/projector-shots")
SIZES = [(1280, 720), (1920, 1080), (1024, 768), (3840, 2160)]

LONG_TITLE = (
    "次の一歩（小さな実験）の宣言 ― 誰が・いつまでに・何をするかを決めて、ペアの相手に宣言する"
)
LONG_INSTRUCTIONS = (
    "これまでの仕事を振り返り、印象に残っている経験をワークシートに書き出します。"
    "うまくいったことだけでなく、苦労したことや迷ったことも書いてください。"
    "まず一人で書き、残りの時間でペアになって1つずつ紹介し合います。"
    "話を聞く人は、評価やアドバイスをせず「それはなぜ？」「そのとき何を感じた？」と問いかけてください。"
)
LONG_PROMPTS = (
    "直近で一番エネルギーが上がった仕事は？その要因は何？誰と、どんな状況で、何をしていたとき？",
    "逆に、エネルギーが下がったのはどんなとき？そこから分かる、自分が大切にしたいことは？",
    "苦労したけれど、乗り越えて自信になった経験は？そのとき使った強みに名前をつけるとしたら？",
    "「自分らしかった」と思える場面は？周りの人は、あなたのどんなところを頼りにしている？",
)
STAGES = [
    ("オープニング", StripState.DONE),
    ("経験の棚卸し", StripState.DONE),
    ("強み・価値観の言語化", StripState.CURRENT),
    ("目指す状態と学びテーマの仮決め", StripState.TODO),
    ("次の一歩（小さな実験）の宣言", StripState.TODO),
    ("他部署のメンバーとの対話", StripState.TODO),
    ("クロージング", StripState.TODO),
]
STRIP = tuple(StripItem(title, state) for title, state in STAGES)
NAMES = ("佐藤 花子", "鈴木 一郎", "髙橋 﨑子", "田中 太郎", "渡辺 美咲", "伊藤 健太郎")


def frame(**changes: object) -> ProjectorFrame:
    base = ProjectorFrame(
        number="2 / 4",
        title="強み・価値観の言語化",
        clock="12:34",
        phase=Phase.CALM,
        paused=False,
        instructions=LONG_INSTRUCTIONS,
        prompts=LONG_PROMPTS,
        strip=STRIP,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def groups(count: int, members: int = 5) -> tuple[GroupCard, ...]:
    return tuple(
        GroupCard(f"グループ{i + 1}", tuple(NAMES[(i + k) % len(NAMES)] for k in range(members)))
        for i in range(count)
    )


@pytest.fixture
def window(qtbot: QtBot) -> ProjectorWindow:
    win = ProjectorWindow()
    qtbot.addWidget(win)
    return win


def check_layout(win: ProjectorWindow, expected: set[str] = frozenset()) -> dict[str, QRect]:
    """Every text inside the window, inside the box it got, and no two boxes overlapping."""
    given, needed = win.text_rects(), win.needed_rects()
    assert given.keys() == needed.keys()
    assert expected <= given.keys(), expected - given.keys()
    bounds = win.rect()
    for key, rect in given.items():
        assert bounds.contains(rect), (key, rect, bounds)
        assert not needed[key].isEmpty(), key
        assert rect.contains(needed[key]), f"{key} clipped: needs {needed[key]}, got {rect}"
    for (a, ra), (b, rb) in combinations(given.items(), 2):
        assert not ra.intersects(rb), f"{a} {ra} overlaps {b} {rb}"
    return given


def save(win: ProjectorWindow, name: str) -> Path:
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"{name}-{win.width()}x{win.height()}.png"
    assert win.grab().save(str(path))
    return path


# -- layout ------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize(
    ("clock", "phase", "paused"),
    [
        ("12:34", Phase.CALM, False),
        ("+12:34", Phase.OVERTIME, True),
        ("1:02:03", Phase.WARNING, True),
    ],
)
def test_long_texts_fit_at_every_size(
    window: ProjectorWindow, size: tuple[int, int], clock: str, phase: Phase, paused: bool
) -> None:
    window.resize(*size)
    window.set_frame(frame(title=LONG_TITLE, clock=clock, phase=phase, paused=paused))
    expected = {"number", "title", "clock", "status", "instructions"}
    expected |= {f"prompt{i}" for i in range(4)} | {f"strip{i}" for i in range(len(STAGES))}
    expected |= {"paused"} if paused else set()
    check_layout(window, expected)
    assert window.needed_rects()["clock"].height() >= size[1] / 4


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768), (384, 216)])
def test_short_and_empty_texts_fit_too(window: ProjectorWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.set_frame(frame(instructions="", prompts=("今の気分をひと言で表すと？",)))
    check_layout(window, {"title", "clock", "prompt0"})
    window.set_frame(frame(number="", title="", instructions="", prompts=(), strip=()))
    assert set(check_layout(window)) == {"clock", "status"}
    assert window.needed_rects()["clock"].height() >= size[1] / 4


def test_the_main_title_and_prompts_are_never_elided(window: ProjectorWindow) -> None:
    window.resize(1024, 768)
    window.set_frame(frame(title=LONG_TITLE))
    check_layout(window)
    # Wrapped over several lines rather than cut: the needed box is taller than one line.
    needed = window.needed_rects()
    assert needed["title"].height() > needed["number"].height()
    assert needed["prompt0"].height() > needed["strip0"].height()


def test_a_frame_built_from_a_run_clock(window: ProjectorWindow) -> None:
    moment = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    plan = [StagePlan("a", "経験の棚卸し", 900), StagePlan("b", "強み・価値観の言語化", 900)]
    clock = RunClock(plan, now=lambda: moment)
    clock.start()
    moment += timedelta(seconds=1000)
    stages = [
        AgendaStage("inventory", "経験の棚卸し", LONG_INSTRUCTIONS, LONG_PROMPTS[:2]),
        AgendaStage("strengths", "強み・価値観の言語化", "", LONG_PROMPTS[2:]),
    ]
    window.resize(1280, 720)
    window.set_frame(make_frame(stages, clock.state()))
    assert window.frame() is not None
    assert window.frame().clock == "+01:40"  # type: ignore[union-attr]
    check_layout(window, {"number", "title", "clock", "prompt0", "prompt1", "strip1"})


# -- screens ------------------------------------------------------------------------------


def test_blackout_shows_nothing_but_black(window: ProjectorWindow) -> None:
    window.resize(640, 360)
    window.set_frame(frame(blackout=True, message="休憩", groups=groups(3), flash=True))
    assert window.text_rects() == {}
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    black = QImage(image.size(), QImage.Format.Format_RGB32)
    black.fill(QColor(DARK.blackout))
    assert image == black
    assert not window.is_flashing()


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768), (384, 216)])
def test_a_message_shows_over_the_stage(window: ProjectorWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.set_frame(
        frame(message="休憩 10:45 まで。お茶とお菓子をどうぞ。戻ったらペアを作ってください。")
    )
    rects = check_layout(window, {"message", "clock", "status"})
    assert not {"title", "instructions", "prompt0", "strip0"} & rects.keys()
    # Large: a line of the message is taller than the stage screen's prompts would be.
    assert window.needed_rects()["message"].height() > size[1] / 4


def test_group_screen_pages_when_the_cards_cannot_all_be_read(window: ProjectorWindow) -> None:
    window.resize(1280, 720)
    window.set_frame(frame(groups=groups(4)))
    assert window.group_pages() == 1
    rects = check_layout(window, {"clock", "title"} | {f"group{i}.names" for i in range(4)})
    assert "prompt0" not in rects
    needed = window.needed_rects()
    assert needed["clock"].height() < 720 / 8  # small, in the corner
    assert needed["group0.names"].height() / 5 >= 720 * 0.04  # names readable from the back

    window.set_frame(frame(groups=groups(40, members=6)))
    pages = window.group_pages()
    assert pages > 1
    first = {k for k in check_layout(window, {"page", "group0.label"}) if k.endswith(".label")}
    window.set_group_page(1)
    assert window.group_page() == 1
    second = {k for k in check_layout(window, {"page"}) if k.endswith(".label")}
    assert first and second and not first & second
    window.set_group_page(99)
    assert window.group_page() == pages - 1
    assert "group39.label" in check_layout(window)
    window.set_group_page(-3)
    assert window.group_page() == 0
    # Fewer groups later: the page is clamped again.
    window.set_group_page(pages - 1)
    window.set_frame(frame(groups=groups(2)))
    assert (window.group_pages(), window.group_page()) == (1, 0)


def test_no_groups_means_no_pages(window: ProjectorWindow) -> None:
    window.resize(1280, 720)
    window.set_frame(frame())
    assert window.group_pages() == 0


def test_finished_says_so_instead_of_a_clock(window: ProjectorWindow) -> None:
    window.resize(1280, 720)
    window.set_frame(frame(phase=Phase.FINISHED, clock="00:00"))
    rects = check_layout(window, {"status", "title"})
    assert "clock" not in rects
    assert window.phase_words().status == window.tr("Finished")


# -- phases, words, colours ---------------------------------------------------------------


def test_phases_differ_in_colour_and_in_words(window: ProjectorWindow) -> None:
    window.resize(1280, 720)
    seen: dict[Phase, tuple[str, str]] = {}
    for phase in Phase:
        clock = "+01:00" if phase == Phase.OVERTIME else "05:00"
        window.set_frame(frame(phase=phase, clock=clock))
        seen[phase] = (window.phase_words().status, window.background_color().name())
        assert window.phase_words().status
    words = [w for w, _ in seen.values()]
    assert len(set(words)) == len(words), seen
    running = [Phase.CALM, Phase.WARNING, Phase.FINAL, Phase.OVERTIME]
    colours = {seen[p][1] for p in running}
    assert len(colours) == len(running), seen
    # The accent (bar, badges, markers) differs as well, so the phase shows even at a glance.
    accents = {DARK.colors(p).accent for p in running}
    assert len(accents) == len(running)


def test_time_is_up_at_zero(window: ProjectorWindow) -> None:
    window.set_frame(frame(phase=Phase.FINAL, clock="00:05"))
    final = window.phase_words().status
    window.set_frame(frame(phase=Phase.FINAL, clock="00:00"))
    assert window.phase_words().status == window.tr("Time is up") != final


def test_paused_shows_a_badge(window: ProjectorWindow) -> None:
    window.resize(1280, 720)
    window.set_frame(frame())
    assert "paused" not in window.text_rects()
    window.set_frame(frame(paused=True))
    assert "paused" in check_layout(window)
    assert window.phase_words().paused == window.tr("Paused")


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
@pytest.mark.parametrize("phase", list(Phase))
def test_every_text_has_at_least_4_5_to_1_contrast(theme, phase: Phase) -> None:  # type: ignore[no-untyped-def]
    pairs = theme.colors(phase).text_pairs()
    assert len(pairs) >= 10
    low = [(what, round(contrast(fg, bg), 2)) for what, fg, bg in pairs if contrast(fg, bg) < 4.5]
    assert low == []


def test_the_view_only_paints_with_roles_the_contrast_test_covers() -> None:
    checked = {what.split(" on ")[0] for what, _, _ in DARK.colors(Phase.CALM).text_pairs()}
    words = Words("Time left", "Paused")
    for shown in (frame(paused=True), frame(groups=groups(40)), frame(message="休憩")):
        layout = layout_frame(QSize(1280, 720), shown, words)
        assert {t.role for t in layout.texts} <= checked


def test_light_theme_switches_colours(window: ProjectorWindow) -> None:
    window.set_frame(frame())
    dark = window.background_color()
    window.set_theme(LIGHT)
    assert window.theme() is LIGHT
    assert window.background_color() != dark
    assert window.background_color() == QColor(LIGHT.colors(Phase.CALM).background)


def test_japanese_is_covered_by_the_bundled_font() -> None:
    raw = QRawFont.fromFont(ui_font(40))
    texts = [LONG_TITLE, LONG_INSTRUCTIONS, *LONG_PROMPTS, *NAMES, *(t for t, _ in STAGES)]
    missing = {ch for text in texts for ch in text if not raw.supportsCharacter(ord(ch))}
    assert missing == set()


# -- time: flash, pulse, cheap ticks ------------------------------------------------------


def test_flash_runs_once_and_ends(qtbot: QtBot, window: ProjectorWindow) -> None:
    window.resize(640, 360)
    window.set_frame(frame(flash=True))
    assert window.is_flashing()
    flashed = window.grab().toImage().pixelColor(320, 5)
    window.set_frame(frame(flash=True, clock="12:33"))  # still set on the next tick: no restart
    qtbot.waitUntil(lambda: not window.is_flashing(), timeout=3000)
    after = window.grab().toImage().pixelColor(320, 5)
    assert flashed.lightness() > after.lightness()


def test_overtime_pulses_only_while_shown_and_in_overtime(
    qtbot: QtBot, window: ProjectorWindow
) -> None:
    window.resize(640, 360)
    window.set_frame(frame(phase=Phase.OVERTIME, clock="+00:05"))
    assert not window.is_pulsing()  # hidden: nothing animates
    window.show()
    qtbot.waitExposed(window)
    assert window.is_pulsing()
    start = window.background_color()
    qtbot.waitUntil(lambda: window.background_color() != start, timeout=3000)
    window.set_frame(frame(phase=Phase.CALM))
    assert not window.is_pulsing()
    assert window.background_color() == QColor(DARK.colors(Phase.CALM).background)
    window.set_frame(frame(phase=Phase.OVERTIME, clock="+00:09"))
    assert window.is_pulsing()
    window.hide()
    assert not window.is_pulsing()


def test_a_clock_tick_does_not_lay_out_again(
    window: ProjectorWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    real = projector_view.layout_frame

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(projector_view, "layout_frame", counting)
    window.resize(1280, 720)
    window.set_frame(frame(clock="12:34"))
    window.text_rects()
    for clock in ("12:33", "12:32", "10:00", "09:59"):
        window.set_frame(frame(clock=clock))
        window.grab()
    assert len(calls) == 1
    window.set_frame(frame(clock="+00:00", phase=Phase.OVERTIME))  # new shape and phase
    window.text_rects()
    assert len(calls) == 2


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_painting_keeps_none_alive(window: ProjectorWindow) -> None:
    """PySide6 6.12.0 stole a reference to None on every void call: on Python 3.11 a ticking
    projector aborted the app within minutes ("none_dealloc"). Ippo pins 6.11; this keeps it
    honest for the next upgrade."""
    window.resize(640, 360)
    window.set_frame(frame())
    window.grab()
    before = sys.getrefcount(None)
    for second in range(20):
        window.set_frame(frame(clock=f"12:{second:02d}"))
        window.grab()
    assert sys.getrefcount(None) >= before - 5, "PySide6 steals references to None here"


# -- keys, language, privacy ---------------------------------------------------------------


def test_esc_and_f5_are_reported_not_acted_on(qtbot: QtBot, window: ProjectorWindow) -> None:
    with qtbot.waitSignal(window.escape_pressed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    with qtbot.waitSignal(window.fullscreen_requested):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.isFullScreen()


def test_a_language_change_relays_out_the_words(window: ProjectorWindow) -> None:
    window.resize(1280, 720)
    window.set_frame(frame(paused=True))
    before = window.phase_words()
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert window.phase_words() == before
    check_layout(window, {"paused", "status"})
    assert window.windowTitle()


# The window's own strings (context ProjectorWindow) and their Japanese, for the catalogue.
JAPANESE = {
    "Ippo – Projector": "Ippo – プロジェクター",
    "Starting soon": "まもなく開始",
    "Time left": "残り時間",
    "Almost time": "まもなく終了",
    "Last %1 seconds": "残り%1秒",
    "Time is up": "時間です",
    "Over time": "時間超過",
    "Finished": "おつかれさまでした",
    "Paused": "一時停止中",
}


def test_the_words_are_translated_and_render_in_japanese(window: ProjectorWindow) -> None:
    """The session runs in Japanese with the app's own catalogue (tests/ui/conftest.py)."""
    window.retranslate()
    window.resize(1920, 1080)
    window.set_frame(frame(phase=Phase.FINAL, clock="00:25", paused=True))
    assert window.phase_words() == Words("残り30秒", "一時停止中")
    check_layout(window, {"status", "paused"})
    save(window, "ja-final-paused")
    words = set()
    for phase in Phase:
        window.set_frame(frame(phase=phase, clock="+00:01" if phase == Phase.OVERTIME else "01:00"))
        words.add(window.phase_words().status)
    assert words == {
        "まもなく開始",
        "残り時間",
        "まもなく終了",
        "残り30秒",
        "時間超過",
        "おつかれさまでした",
    }
    window.set_frame(frame(phase=Phase.FINAL, clock="00:00"))
    assert window.phase_words().status == "時間です"
    assert window.windowTitle() == "Ippo – プロジェクター"


def test_the_app_title_survives_a_language_change(window: ProjectorWindow) -> None:
    window.setWindowTitle("Ippo projector — 研修A")
    window.retranslate()
    assert window.windowTitle() == "Ippo projector — 研修A"


def test_only_a_frame_is_accepted(window: ProjectorWindow) -> None:
    with pytest.raises(TypeError):
        window.set_frame({"title": "佐藤さんの回答"})  # type: ignore[arg-type]
    # Nothing else feeds it content: its public setters take a frame, a theme or a page.
    setters = {name for name in vars(ProjectorWindow) if name.startswith("set_")}
    assert setters == {"set_frame", "set_theme", "set_group_page"}


# -- screenshots ---------------------------------------------------------------------------


SCREENS = {
    "calm": frame(),
    "warning": frame(phase=Phase.WARNING, clock="01:59"),
    "final-paused": frame(phase=Phase.FINAL, clock="00:25", paused=True),
    "overtime": frame(phase=Phase.OVERTIME, clock="+12:34"),
    "message": frame(message="休憩 10:45 まで", clock="08:12", paused=True),
    "groups": frame(groups=groups(8), title="他部署のメンバーとの対話"),
}


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1024, 768)], ids=str)
def test_screenshots(window: ProjectorWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    for theme in (DARK, LIGHT):
        window.set_theme(theme)
        for name, shown in SCREENS.items():
            window.set_frame(shown)
            check_layout(window)
            assert save(window, f"{theme.name}-{name}").stat().st_size > 10_000

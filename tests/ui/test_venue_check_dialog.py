"""The venue check dialog: the core's items plus screens and sound, the buttons, and how it
looks in Japanese (with a catalogue built here from the proposed translations)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app import venue_check, venue_check_items
from app.backups import make_backup
from app.models import Workshop
from app.paths import DataDir
from app.store import Store
from app.venue_check import run_checks
from app.venue_check_items import CheckItem, make_item
from ui.chimes import Chimes
from ui.venue_check_dialog import VenueCheckDialog
from ui.venue_check_rows import CheckRow, ScreenInfo, screens_item
from ui.venue_check_texts import LEVEL_WORDS, OUTCOMES, TITLES, translated

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 3, 0, 30, tzinfo=UTC)
MOUNTS = "/dev/vda / ext4 rw 0 0\n"
TWO_SCREENS = [
    ScreenInfo("eDP-1", 1920, 1200, primary=True),
    ScreenInfo("HDMI-1", 1920, 1080),
]
MULTIMEDIA_NOISE = pytest.mark.qt_log_ignore(
    r"^Couldn't (load|resolve) .*(library|symbols)$", r"^PulseAudioService: "
)


class FakeBackend:
    def __init__(self, files: dict[int, Path], parent: QObject) -> None:
        self.files = files
        self.played: list[int] = []

    def play(self, strokes: int) -> bool:
        self.played.append(strokes)
        return True

    def set_volume(self, volume: float) -> None:
        pass

    def stop(self) -> None:
        pass

    def output_name(self) -> str:
        return "スピーカー (Realtek)"


class Factory:
    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.calls = 0
        self.backend: FakeBackend | None = None

    def __call__(self, files: dict[int, Path], parent: QObject) -> FakeBackend:
        self.calls += 1
        if not self.works:
            raise ImportError("libpulse.so.0: cannot open shared object file")
        self.backend = FakeBackend(files, parent)
        return self.backend


def _texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def _row(dialog: VenueCheckDialog, check_id: str) -> CheckRow:
    row = dialog.findChild(CheckRow, f"check-{check_id}")
    assert row is not None, check_id
    return row


@pytest.fixture
def items(store: Store, data_dir: DataDir) -> list[CheckItem]:
    make_backup(store, now=NOW - timedelta(hours=1))
    return run_checks(data_dir, store, NOW, mounts=MOUNTS)


# -- content ---------------------------------------------------------------------------------


def test_the_dialog_shows_every_item_with_detail_and_level(
    qtbot: QtBot, items: list[CheckItem]
) -> None:
    factory = Factory()
    dialog = VenueCheckDialog(
        items, chimes=Chimes(backend_factory=factory), screens=lambda: TWO_SCREENS
    )
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert [r.item.id for r in dialog.rows] == [
        "store",
        "disk",
        "fonts",
        "sounds",
        "backups",
        "location",
        "screens",
        "sound",
    ]
    for row in dialog.rows:
        title, detail, _advice = translated(row.item)
        assert title in texts and detail in texts
        assert row.level.text() == QCoreApplication.translate("VenueCheck", LEVEL_WORDS["ok"])
        assert row.icon.pixmap() is not None and not row.icon.pixmap().isNull()
        assert not row.advice.isVisible()
    screens = _row(dialog, "screens").detail.text()
    assert "HDMI-1" in screens and "1920×1080" in screens and "eDP-1" in screens
    assert "スピーカー (Realtek)" in _row(dialog, "sound").detail.text()


def test_a_problem_shows_its_word_icon_and_what_to_do(
    qtbot: QtBot,
    store: Store,
    data_dir: DataDir,
    monkeypatch: pytest.MonkeyPatch,
    shots: Path,
) -> None:
    real_access = os.access
    monkeypatch.setattr(
        venue_check.os,
        "access",
        lambda p, m, *a, **k: False if Path(p) == data_dir.root else real_access(p, m, *a, **k),
    )
    items = run_checks(data_dir, store, NOW, mounts=MOUNTS)
    dialog = VenueCheckDialog(
        items, chimes=Chimes(backend_factory=Factory()), screens=lambda: TWO_SCREENS
    )
    qtbot.addWidget(dialog)
    dialog.show()
    row = _row(dialog, "store")
    words = {level: QCoreApplication.translate("VenueCheck", w) for level, w in LEVEL_WORDS.items()}
    assert len(set(words.values())) == 3  # never colour alone: three different words
    assert row.level.text() == words["problem"]
    assert row.advice.isVisible()
    assert translated(row.item)[2] in row.advice.text()
    assert str(data_dir.root) in row.detail.text()
    assert row.accessibleName().startswith(words["problem"])
    problem = row.icon.pixmap().toImage()
    ok = _row(dialog, "disk").icon.pixmap().toImage()
    assert problem != ok
    assert dialog.summary.text() == dialog.tr(
        "Not ready: fix the problems below before the workshop."
    )
    _save(dialog, shots, "venue-check-problem.png")
    _assert_nothing_clipped(dialog)


def test_one_screen_is_a_warning_that_mentions_f5(qtbot: QtBot, items: list[CheckItem]) -> None:
    dialog = VenueCheckDialog(
        items,
        chimes=Chimes(backend_factory=Factory()),
        screens=lambda: [ScreenInfo("eDP-1", 1366, 768, primary=True)],
    )
    qtbot.addWidget(dialog)
    row = _row(dialog, "screens")
    assert (row.item.level, row.item.outcome) == ("warning", "screens.one")
    assert "1366×768" in row.detail.text()
    assert "F5" in row.advice.text()
    assert dialog.summary.text() == dialog.tr("Ready, with warnings: read what to do below.")


def test_the_real_screens_offscreen(qtbot: QtBot, items: list[CheckItem]) -> None:
    dialog = VenueCheckDialog(items, chimes=Chimes(backend_factory=Factory()))
    qtbot.addWidget(dialog)
    row = _row(dialog, "screens")
    assert row.item.outcome in {"screens.one", "screens.projector"}
    assert "×" in row.detail.text()


def test_screens_item_picks_the_non_primary_screen_as_projector() -> None:
    item = screens_item(list(reversed(TWO_SCREENS)))
    assert item.outcome == "screens.projector"
    assert item.args == ("HDMI-1", "1920×1080", "eDP-1", "1920×1200")
    assert "Projector: HDMI-1 1920×1080" in item.detail
    assert screens_item([]).outcome == "screens.none"


def test_no_sound_is_a_warning_with_the_reason(qtbot: QtBot, items: list[CheckItem]) -> None:
    chimes = Chimes(backend_factory=Factory(works=False))
    dialog = VenueCheckDialog(items, chimes=chimes, screens=lambda: TWO_SCREENS)
    qtbot.addWidget(dialog)
    row = _row(dialog, "sound")
    assert (row.item.level, row.item.outcome) == ("warning", "sound.unavailable")
    assert chimes.reason in row.detail.text()
    assert row.advice.text()


def test_muted_chimes_are_a_warning(qtbot: QtBot, items: list[CheckItem]) -> None:
    chimes = Chimes(backend_factory=Factory())
    chimes.set_muted(True)
    dialog = VenueCheckDialog(items, chimes=chimes, screens=lambda: TWO_SCREENS)
    qtbot.addWidget(dialog)
    assert _row(dialog, "sound").item.outcome == "sound.muted"


@MULTIMEDIA_NOISE
def test_the_dialog_makes_its_own_chimes_when_given_none(
    qtbot: QtBot, items: list[CheckItem]
) -> None:
    dialog = VenueCheckDialog(items, screens=lambda: TWO_SCREENS)
    qtbot.addWidget(dialog)
    assert _row(dialog, "sound").item.outcome in {"sound.ok", "sound.unavailable"}


# -- buttons ---------------------------------------------------------------------------------


def test_test_the_chime_plays_one_stroke(qtbot: QtBot, items: list[CheckItem]) -> None:
    factory = Factory()
    dialog = VenueCheckDialog(
        items, chimes=Chimes(backend_factory=factory), screens=lambda: TWO_SCREENS
    )
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QPushButton, "testChime")
    assert button is not None and button.isVisible()
    button.click()
    assert factory.backend is not None and factory.backend.played == [1]
    assert dialog.chime_status.isVisible()
    assert "スピーカー (Realtek)" in dialog.chime_status.text()


def test_test_the_chime_without_sound_cues_and_says_why(
    qtbot: QtBot, items: list[CheckItem]
) -> None:
    chimes = Chimes(backend_factory=Factory(works=False))
    dialog = VenueCheckDialog(items, chimes=chimes, screens=lambda: TWO_SCREENS)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(chimes.visual_cue) as cue:
        dialog.test_button.click()
    assert cue.args == [1]
    assert chimes.reason in dialog.chime_status.text()


def test_check_again_reruns_everything(
    qtbot: QtBot, items: list[CheckItem], data_dir: DataDir
) -> None:
    factory = Factory(works=False)
    calls: list[int] = []
    screens: list[ScreenInfo] = [TWO_SCREENS[0]]

    def rerun() -> Sequence[CheckItem]:
        calls.append(1)
        return [make_item("disk", "problem", "disk.critical", "10 MB", data_dir.root)]

    dialog = VenueCheckDialog(
        items, chimes=Chimes(backend_factory=factory), rerun=rerun, screens=lambda: screens
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.again_button.isVisible()
    assert _row(dialog, "screens").item.outcome == "screens.one"
    screens.append(TWO_SCREENS[1])  # the projector is plugged in
    factory.works = True  # and the speakers
    dialog.again_button.click()
    qtbot.waitUntil(lambda: len(dialog.findChildren(CheckRow)) == 3)
    assert calls == [1]
    assert [r.item.id for r in dialog.rows] == ["disk", "screens", "sound"]
    assert _row(dialog, "screens").item.outcome == "screens.projector"
    assert _row(dialog, "sound").item.outcome == "sound.ok"
    assert "10 MB" in _row(dialog, "disk").detail.text()


def test_a_rerun_that_raises_is_shown_not_thrown(qtbot: QtBot, items: list[CheckItem]) -> None:
    def rerun() -> Sequence[CheckItem]:
        raise RuntimeError("store closed")

    dialog = VenueCheckDialog(
        items, chimes=Chimes(backend_factory=Factory()), rerun=rerun, screens=lambda: TWO_SCREENS
    )
    qtbot.addWidget(dialog)
    dialog.check_again()
    assert "store closed" in dialog.rows[0].detail.text()


def test_without_a_rerun_there_is_no_check_again(qtbot: QtBot, items: list[CheckItem]) -> None:
    dialog = VenueCheckDialog(
        items, chimes=Chimes(backend_factory=Factory()), screens=lambda: TWO_SCREENS
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.again_button.isVisible()


# -- texts -----------------------------------------------------------------------------------


def test_the_ui_tables_hold_the_cores_english_exactly() -> None:
    for check_id, title in venue_check_items.TITLES.items():
        assert TITLES[check_id] == title
    for outcome, texts in venue_check_items.OUTCOMES.items():
        assert OUTCOMES[outcome] == texts, outcome


#: Proposed Japanese for every string of the dialog and the chimes: the lead copies them into
#: ``resources/translations/ippo_ja.ts``; here they build a catalogue to see the dialog in
#: Japanese. (context, English source) → Japanese.
JA_PREVIEW: dict[tuple[str, str], str] = {
    ("VenueCheckDialog", "Check results"): "チェック結果",
    ("Chimes", "Qt's sound module could not be loaded (%1). On Linux, install libpulse0."): (
        "Qt の音声モジュールを読み込めませんでした（%1）。"
        "Linux では libpulse0 をインストールしてください。"
    ),
    ("Chimes", "No audio output was found: no speakers or headphones are connected."): (
        "音声出力が見つかりません。スピーカーやヘッドホンが接続されていません。"
    ),
    ("Chimes", "The audio output was disconnected."): "音声出力が切断されました。",
    ("Chimes", "The chime sound files are missing: %1."): (
        "チャイムの音声ファイルがありません：%1。"
    ),
    ("Chimes", "The chime could not be played: %1."): "チャイムを再生できませんでした：%1。",
    ("VenueCheck", "Saving answers"): "回答の保存",
    ("VenueCheck", "Free disk space"): "ディスクの空き容量",
    ("VenueCheck", "Japanese fonts"): "日本語フォント",
    ("VenueCheck", "Chime sounds"): "チャイムの音源",
    ("VenueCheck", "Backups"): "バックアップ",
    ("VenueCheck", "Where the store is kept"): "データの保存場所",
    ("VenueCheck", "Screens"): "画面",
    ("VenueCheck", "Sound"): "音",
    ("VenueCheck", "Venue check"): "会場チェック",
    ("VenueCheck", "OK"): "OK",
    ("VenueCheck", "Warning"): "注意",
    ("VenueCheck", "Problem"): "問題",
    ("VenueCheck", "Ippo can save answers in %1."): "%1 に回答を保存できます。",
    ("VenueCheck", "The data folder %1 does not exist yet; Ippo will create it."): (
        "データフォルダー %1 はまだありません。Ippo が作成します。"
    ),
    ("VenueCheck", "The folder %1 is read-only: Ippo cannot save answers there."): (
        "フォルダー %1 は読み取り専用のため、回答を保存できません。"
    ),
    (
        "VenueCheck",
        "Choose a folder you can write to with --data-dir, or fix the folder's permissions.",
    ): "--data-dir で書き込めるフォルダーを指定するか、フォルダーのアクセス権を直してください。",
    ("VenueCheck", "The store %1 is read-only: Ippo cannot save answers in it."): (
        "データファイル %1 は読み取り専用のため、回答を保存できません。"
    ),
    (
        "VenueCheck",
        "Fix the file's permissions, or copy the data folder to a folder you can write to "
        "and start Ippo with --data-dir.",
    ): (
        "ファイルのアクセス権を直すか、データフォルダーを書き込めるフォルダーにコピーし、"
        "--data-dir を付けて Ippo を起動してください。"
    ),
    ("VenueCheck", "Ippo could not write a test file in %1: %2."): (
        "%1 にテスト用ファイルを書き込めませんでした：%2。"
    ),
    (
        "VenueCheck",
        "Another program is holding the store %1, so answers cannot be saved right now.",
    ): "別のプログラムがデータファイル %1 を使用中のため、今は回答を保存できません。",
    (
        "VenueCheck",
        "Close the other Ippo window or the program that opened the file, then check again.",
    ): (
        "もう一つの Ippo のウィンドウ、またはそのファイルを開いているプログラムを閉じてから、"
        "もう一度チェックしてください。"
    ),
    ("VenueCheck", "The store %1 refused a test write: %2."): (
        "データファイル %1 へのテスト書き込みが拒否されました：%2。"
    ),
    (
        "VenueCheck",
        "Restart Ippo. If this stays, restore the newest backup (ippo restore FILE).",
    ): (
        "Ippo を再起動してください。直らない場合は、最新のバックアップを復元してください"
        "（ippo restore ファイル）。"
    ),
    ("VenueCheck", "%1 free on the drive of %2."): "%2 のドライブの空き容量は %1 です。",
    ("VenueCheck", "Only %1 free on the drive of %2."): (
        "%2 のドライブの空き容量が %1 しかありません。"
    ),
    ("VenueCheck", "Only %1 free on the drive of %2: answers and backups may not be saved."): (
        "%2 のドライブの空き容量が %1 しかなく、回答やバックアップを保存できない恐れがあります。"
    ),
    (
        "VenueCheck",
        "Free at least 200 MB before the workshop: empty the recycle bin or delete large "
        "downloads.",
    ): (
        "ワークショップの前に 200 MB 以上空けてください"
        "（ごみ箱を空にする、大きなダウンロードファイルを削除するなど）。"
    ),
    ("VenueCheck", "IPAex Gothic and IPAex Mincho are installed, with their licence."): (
        "IPAexゴシックと IPAex明朝が、ライセンス文書とともにインストールされています。"
    ),
    ("VenueCheck", "Missing from %1: %2."): "%1 に次のファイルがありません：%2。",
    (
        "VenueCheck",
        "Reinstall Ippo. Without these fonts Japanese text and the printed sheets cannot be "
        "shown correctly.",
    ): (
        "Ippo を再インストールしてください。これらのフォントがないと、"
        "日本語や印刷するシートが正しく表示されません。"
    ),
    ("VenueCheck", "The three chimes (1, 2 and 3 strokes) are installed."): (
        "3 種類のチャイム（1 打・2 打・3 打）がインストールされています。"
    ),
    ("VenueCheck", "Missing or unreadable in %1: %2."): (
        "%1 に次のファイルがないか、読み込めません：%2。"
    ),
    ("VenueCheck", "Reinstall Ippo. Until then the projector flashes instead of chiming."): (
        "Ippo を再インストールしてください。"
        "それまではチャイムの代わりにプロジェクター画面が点滅します。"
    ),
    ("VenueCheck", "The newest backup was taken at %1, less than a day ago."): (
        "最新のバックアップは %1（24 時間以内）です。"
    ),
    ("VenueCheck", "The newest backup was taken at %1, and nothing has changed since."): (
        "最新のバックアップは %1 で、その後の変更はありません。"
    ),
    ("VenueCheck", "The newest backup was taken at %1, %2 days ago."): (
        "最新のバックアップは %1（%2 日前）です。"
    ),
    ("VenueCheck", "Take a backup now: File ▸ Back up now, or `ippo backup`."): (
        "今すぐバックアップしてください：［ファイル］▸［今すぐバックアップ］、"
        "または `ippo backup`。"
    ),
    ("VenueCheck", "There is no backup yet in %1."): "%1 にはまだバックアップがありません。",
    ("VenueCheck", "There is no store yet, so nothing to back up."): (
        "データファイルがまだないため、バックアップするものはありません。"
    ),
    ("VenueCheck", "The store folder %1 is on this computer's own drive."): (
        "データフォルダー %1 はこのパソコンのドライブにあります。"
    ),
    (
        "VenueCheck",
        "The store folder %1 is on a network drive (%2). "
        "WAL does not work on network file systems: answers can be lost.",
    ): (
        "データフォルダー %1 はネットワークドライブ（%2）上にあります。"
        "ネットワーク上のファイルシステムでは WAL が正しく動作せず、回答が失われる恐れがあります。"
    ),
    (
        "VenueCheck",
        "Keep the store on this computer's own drive: start Ippo without --data-dir, "
        "or choose a local folder.",
    ): (
        "データはこのパソコンのドライブに置いてください。"
        "--data-dir を付けずに Ippo を起動するか、ローカルのフォルダーを指定してください。"
    ),
    (
        "VenueCheck",
        "The store folder %1 is on a removable drive. "
        "USB sticks lose writes when pulled out while Ippo is open.",
    ): (
        "データフォルダー %1 はリムーバブルドライブ上にあります。"
        "Ippo を開いたまま USB メモリーを抜くと、書き込み途中のデータが失われます。"
    ),
    (
        "VenueCheck",
        "Copy the data folder to this computer's drive for the workshop, or never pull the "
        "stick out before Ippo is closed.",
    ): (
        "ワークショップの間はデータフォルダーをこのパソコンのドライブにコピーして使うか、"
        "Ippo を終了するまで USB メモリーを抜かないでください。"
    ),
    (
        "VenueCheck",
        "The store folder %1 is in a cloud-synced folder (%2). "
        "Syncing can copy the store half-written.",
    ): (
        "データフォルダー %1 はクラウド同期フォルダー（%2）の中にあります。"
        "同期によって書き込み途中のデータがコピーされる恐れがあります。"
    ),
    (
        "VenueCheck",
        "Keep the store outside synced folders: start Ippo without --data-dir, or choose a "
        "local folder that is not synced.",
    ): (
        "データは同期フォルダーの外に置いてください。"
        "--data-dir を付けずに Ippo を起動するか、"
        "同期されないローカルフォルダーを指定してください。"
    ),
    ("VenueCheck", "This check could not run: %1."): "このチェックを実行できませんでした：%1。",
    (
        "VenueCheck",
        "Restart Ippo and check again. If this stays, tell whoever supports Ippo.",
    ): (
        "Ippo を再起動して、もう一度チェックしてください。"
        "直らない場合は、Ippo のサポート担当者に連絡してください。"
    ),
    ("VenueCheck", "Projector: %1 %2. This screen: %3 %4."): (
        "プロジェクター：%1 %2。この画面：%3 %4。"
    ),
    ("VenueCheck", "Only one screen: %1 %2."): "画面が 1 つしかありません：%1 %2。",
    (
        "VenueCheck",
        "Connect the projector, or use F5 to show the projector on this screen. "
        "If the projector shows the same picture as this screen, switch the display to "
        "Extend (Windows: Win+P).",
    ): (
        "プロジェクターを接続するか、F5 キーでこの画面にプロジェクター表示を出してください。"
        "プロジェクターにこの画面と同じ映像が映っている場合は、"
        "表示を「拡張」に切り替えてください（Windows：Win＋P）。"
    ),
    ("VenueCheck", "No screen was found."): "画面が見つかりません。",
    ("VenueCheck", "Connect the projector, then check again."): (
        "プロジェクターを接続してから、もう一度チェックしてください。"
    ),
    ("VenueCheck", "The chimes play on %1."): "チャイムは %1 で鳴ります。",
    ("VenueCheck", "No sound: %1"): "音が出せません：%1",
    (
        "VenueCheck",
        "The projector flashes instead of chiming. To hear the chimes, connect speakers or "
        "the projector's audio, turn the volume up, then check again.",
    ): (
        "チャイムの代わりにプロジェクター画面が点滅します。音を出すには、"
        "スピーカーかプロジェクターの音声を接続して音量を上げ、もう一度チェックしてください。"
    ),
    ("VenueCheck", "The chimes are muted: no sound and no flash."): (
        "チャイムはミュート中です（音も点滅も出ません）。"
    ),
    ("VenueCheck", "Unmute the chimes if the room should hear them."): (
        "会場に聞かせる場合は、チャイムのミュートを解除してください。"
    ),
    ("VenueCheckDialog", "What to do: %1"): "対処：%1",
    ("VenueCheckDialog", "Not ready: fix the problems below before the workshop."): (
        "準備未完了：ワークショップの前に、下の問題を解決してください。"
    ),
    ("VenueCheckDialog", "Ready, with warnings: read what to do below."): (
        "準備完了（注意あり）：下の対処を確認してください。"
    ),
    ("VenueCheckDialog", "Everything is ready."): "すべて準備完了です。",
    ("VenueCheckDialog", "Venue check"): "会場チェック",
    ("VenueCheckDialog", "Test the chime"): "チャイムを試す",
    ("VenueCheckDialog", "Check again"): "もう一度チェック",
    ("VenueCheckDialog", "The chimes are muted."): "チャイムはミュート中です。",
    ("VenueCheckDialog", "One stroke is playing on %1. Can the back of the room hear it?"): (
        "%1 でチャイムを 1 回鳴らしています。会場の後ろまで聞こえますか？"
    ),
    ("VenueCheckDialog", "No sound: %1 The projector flashes instead."): (
        "音が出せません：%1 代わりにプロジェクター画面が点滅します。"
    ),
}

MY_SOURCES = (
    "ui/chimes.py",
    "ui/venue_check_dialog.py",
    "ui/venue_check_rows.py",
    "ui/venue_check_texts.py",
)


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _extract(tmp_path: Path) -> set[tuple[str, str]]:
    """What ``make translations`` would extract from these files (lupdate itself)."""
    ts = tmp_path / "extract.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", *MY_SOURCES, "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


@contextmanager
def _japanese_catalogue(tmp_path: Path) -> Iterator[QTranslator]:
    """A catalogue made from ``JA_PREVIEW``, installed over the app's own while inside."""
    ts = tmp_path / "preview_ja.ts"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="ja_JP">',
    ]
    contexts = sorted({c for c, _ in JA_PREVIEW})
    for context in contexts:
        lines.append(f"<context><name>{escape(context)}</name>")
        for (c, source), japanese in JA_PREVIEW.items():
            if c == context:
                lines.append(
                    f"<message><source>{escape(source)}</source>"
                    f"<translation>{escape(japanese)}</translation></message>"
                )
        lines.append("</context>")
    lines.append("</TS>")
    ts.write_text("\n".join(lines), encoding="utf-8")
    qm = tmp_path / "preview_ja.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def japanese_preview(tmp_path: Path) -> Iterator[QTranslator]:
    with _japanese_catalogue(tmp_path) as translator:
        yield translator


def test_every_string_has_a_proposed_japanese_text(tmp_path: Path) -> None:
    extracted = _extract(tmp_path)
    assert extracted, "lupdate found nothing"
    assert extracted - set(JA_PREVIEW) == set()
    assert set(JA_PREVIEW) - extracted == set()


def _assert_nothing_clipped(dialog: VenueCheckDialog) -> None:
    assert dialog.scroll_area.verticalScrollBar().maximum() == 0  # every row in view
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            hint = label.sizeHint()
            assert label.width() >= hint.width() and label.height() >= hint.height(), label.text()
    for button in dialog.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()


def _save(dialog: VenueCheckDialog, shots: Path, name: str) -> Path:
    path = shots / name
    assert dialog.grab().save(str(path))
    extra = os.environ.get("IPPO_SCREENSHOTS")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(extra) / name)
    return path


@pytest.fixture
def short_store() -> Iterator[Store]:
    """A store at a short path: the details quote it, and pytest's own folders (longer under
    xdist) would otherwise decide how many lines they wrap to on the 800 px offscreen screen."""
    folder = Path(tempfile.mkdtemp(prefix="ippo", dir="/tmp"))
    try:
        with Store.open(DataDir(folder / "d")) as opened:
            yield opened
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_dialog_in_japanese_at_its_natural_size(
    qtbot: QtBot,
    short_store: Store,
    shots: Path,
    japanese_preview: QTranslator,
) -> None:
    """Look at the screenshot when this layout changes (IPPO_SCREENSHOTS=/tmp/venue-shots)."""
    store, data_dir = short_store, short_store.data_dir
    now = datetime.now(UTC)
    make_backup(store, now=now - timedelta(days=3))
    with store.session() as session:  # and something changed since that old backup
        session.add(Workshop(title="バックアップ後の変更"))
    items = run_checks(data_dir, store, now, mounts=f"nas:/ippo {data_dir.root} nfs4 rw 0 0\n")
    items[1] = make_item("disk", "warning", "disk.low", "150 MB", data_dir.root)
    dialog = VenueCheckDialog(
        items,
        chimes=Chimes(backend_factory=Factory(works=False)),
        rerun=lambda: items,
        screens=lambda: TWO_SCREENS,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.windowTitle() == "会場チェック"
    assert dialog.test_button.text() == "チャイムを試す"
    assert _row(dialog, "backups").level.text() == "注意"
    assert "プロジェクター：HDMI-1 1920×1080" in _row(dialog, "screens").detail.text()
    assert _save(dialog, shots, "venue-check-ja.png").stat().st_size > 0
    _assert_nothing_clipped(dialog)
    dialog.test_button.click()
    QApplication.processEvents()
    assert "代わりにプロジェクター画面が点滅します" in dialog.chime_status.text()
    _save(dialog, shots, "venue-check-ja-tested.png")
    _assert_nothing_clipped(dialog)


def test_a_language_switch_retranslates_the_open_dialog(
    qtbot: QtBot, items: list[CheckItem], tmp_path: Path
) -> None:
    dialog = VenueCheckDialog(
        items, chimes=Chimes(backend_factory=Factory()), screens=lambda: TWO_SCREENS
    )
    qtbot.addWidget(dialog)
    before = _row(dialog, "store").title.text()
    with _japanese_catalogue(tmp_path):
        QApplication.processEvents()
        assert dialog.windowTitle() == "会場チェック"
        assert _row(dialog, "store").title.text() == "回答の保存"
    QApplication.processEvents()
    assert _row(dialog, "store").title.text() == before

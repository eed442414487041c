"""The worksheet editor against a real store: typing is stored by the autosave, read back from
a second SQLite connection, and never lost (failed saves, switching people, a killed process)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import ui.autosave
from app.errors import StoreError
from app.models import Participant
from app.participants import PersonDraft, add_participants
from app.paths import DataDir
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import clean_text, get_worksheet, save_fields, too_long
from app.workshops import WorkshopDetail, create_workshop, get_workshop
from ui.autosave import SaveState
from ui.dialogs import Dialogs
from ui.i18n import fill
from ui.worksheet_editor import WorksheetEditor, find_person, search_key

ROOT = Path(__file__).resolve().parents[2]
SHOTS_COPY = Path("/tmp/worksheet-shots")
NOW_MS = 1_780_000_000_000.0  # a fixed wall clock for "saved at"
PEOPLE = [
    PersonDraft("佐藤 花子", "さとう はなこ", "営業部"),
    PersonDraft("髙橋 美咲", "タカハシ ミサキ", "人事部"),
    PersonDraft("田中 太郎", "たなか たろう", "開発部"),
    PersonDraft("渡邉 健一", "わたなべ けんいち", "経理部"),
    PersonDraft("山﨑 蓮", "やまさき れん", "企画部"),
]


def stored(store: Store, participant_id: uuid.UUID) -> dict[str, Any] | None:
    """The worksheet row as another program sees it (a second connection), lists decoded."""
    with sqlite3.connect(store.path) as other:
        other.row_factory = sqlite3.Row
        row = other.execute(
            "SELECT * FROM worksheet WHERE participant_id = ?", (participant_id.hex,)
        ).fetchone()
    if row is None:
        return None
    data = dict(row)
    for name in ("experiences", "strengths", "values", "themes"):
        data[name] = json.loads(data[name])
    return data


def type_in(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as on a Japanese keyboard: ASCII key by key (qtbot.keyClicks), Japanese as the
    input method commits it, a phrase at a time (QTest cannot click non-ASCII keys)."""
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QCoreApplication.sendEvent(widget, event)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def fill_realistic(store: Store, participant_id: uuid.UUID) -> None:
    """A worksheet as a participant of a real workshop would fill it."""
    rows = [
        ("2023年春", "新規顧客向けオンボーディングの仕組みづくり", "プロジェクトリーダー", 2,
         "自分で仕組みを考えて任された。お客様の声が直接届いた",
         "小さく試して直すと、周りも巻き込みやすい"),
        ("2022年", "部署統合に伴う業務フローの見直し", "調整役", 1,
         "立場の違う人たちの意見をまとめられた", "先に相手の困りごとを聞く"),
        ("2021年秋", "大型案件の納期遅延への対応", "担当者", -2,
         "自分では決められないことばかりで消耗した", "早めに相談し、判断を仰ぐ大切さ"),
        ("2024年", "後輩2名のOJT担当", "指導役", 2,
         "成長していく姿を見るのがうれしかった", "教えることで自分の理解も深まる"),
        ("2020年", "社内勉強会の立ち上げ", "発起人", 1,
         "部署を越えたつながりができた", "場をつくると人が動く"),
    ]  # fmt: skip
    keys = ("when", "what", "role", "energy", "why", "learned")
    save_fields(
        store,
        participant_id,
        experiences=[dict(zip(keys, row, strict=True)) for row in rows],
        strengths="傾聴\n段取り\n巻き込み力\n仕組み化",
        values="公正さ\n人の成長\n挑戦できる環境",
        expectations="新任マネージャーとして、チームの目標達成とメンバーの育成を両立すること。"
        "他部署との調整役も期待されている。",
        partner_noticed="話を聞くときに相手の言葉を言い換えて確かめている。"
        "困っている人に最初に気づくのはいつもあなただ、と言われた。",
        identity="人と仕組みをつないで、チームが動きやすい場をつくる人",
        target_state="1年後、メンバー一人ひとりが自分で考えて動けるチームになっていて、"
        "自分はその土台となる仕組みと対話の場を整えている。",
        horizon="1y",
        themes=["コーチング", "データを使った業務改善", "ファシリテーション"],
        tentative=True,
        step_what="来週の1on1で、メンバー2名に「最近いちばんエネルギーが上がった仕事は？」と聞いてみる",
        step_by=dt.date(2026, 6, 30),
        step_supporter="上司の佐々木さん",
        checkin_date=dt.date(2026, 7, 7),
    )


@pytest.fixture
def detail(store: Store, template_90: WorkshopTemplate) -> WorkshopDetail:
    workshop = create_workshop(store, template_90, "キャリアオーナーシップ研修")
    add_participants(store, workshop.id, PEOPLE)
    return get_workshop(store, workshop.id)


@pytest.fixture
def editor(qtbot: QtBot, store: Store, detail: WorkshopDetail) -> WorksheetEditor:
    widget = WorksheetEditor(store, now_ms=lambda: NOW_MS, background=False)
    qtbot.addWidget(widget)
    widget.set_workshop(detail)
    return widget


def fire_debounce(editor: WorksheetEditor) -> None:
    """What the pause in typing does (the timer is armed; no test sleeps for it)."""
    assert editor.autosaver.timer.isActive()
    editor.autosaver.timer.timeout.emit()


def test_typing_is_stored_when_the_pause_in_typing_fires(
    qtbot: QtBot, editor: WorksheetEditor, store: Store, detail: WorkshopDetail
) -> None:
    person = detail.participants[0].id
    field = editor.form.texts["identity"]
    type_in(qtbot, field, "人と人をつなぐ人")
    assert stored(store, person) is None  # not yet: typing goes on
    assert editor.autosaver.state is SaveState.DIRTY
    assert editor.autosaver.timer.interval() <= 500
    with qtbot.waitSignal(editor.saved) as saved:
        fire_debounce(editor)
    assert saved.args == [person]
    assert stored(store, person)["identity"] == "人と人をつなぐ人"
    moment = QDateTime.fromMSecsSinceEpoch(int(NOW_MS)).toString("HH:mm:ss")
    assert editor.status.text() == fill(tr("Autosave", "Saved %1"), moment)


def test_phrases_one_per_line_are_stored_as_lists(
    qtbot: QtBot, editor: WorksheetEditor, store: Store, detail: WorkshopDetail
) -> None:
    field = editor.form.texts["strengths"]
    type_in(qtbot, field, "傾聴")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    type_in(qtbot, field, "段取り")
    fire_debounce(editor)
    assert stored(store, detail.participants[0].id)["strengths"] == ["傾聴", "段取り"]
    assert "・傾聴" in editor.form.target.shown_strengths.text()  # shown beside stage 3


def test_the_pause_never_waits_longer_than_half_a_second_while_typing(
    editor: WorksheetEditor, qtbot: QtBot
) -> None:
    clock = [100.0]
    editor.autosaver._monotonic = lambda: clock[0]
    field = editor.form.texts["identity"]
    for _ in range(4):
        type_in(qtbot, field, "あ")
        clock[0] += 0.15
    assert editor.autosaver.timer.interval() <= 500 - 450


def test_leaving_a_field_stores_it_at_once(
    qtbot: QtBot, editor: WorksheetEditor, store: Store, detail: WorkshopDetail
) -> None:
    field = editor.form.texts["target_state"]
    type_in(qtbot, field, "1年後、チームの土台をつくる")
    QCoreApplication.sendEvent(field, QFocusEvent(QEvent.Type.FocusOut))
    assert stored(store, detail.participants[0].id)["target_state"] == "1年後、チームの土台をつくる"
    assert editor.autosaver.state is SaveState.SAVED


def test_switching_participant_stores_the_old_one_first(
    qtbot: QtBot, editor: WorksheetEditor, store: Store, detail: WorkshopDetail
) -> None:
    first, second = detail.participants[0].id, detail.participants[1].id
    save_fields(store, second, identity="二人目の言葉")
    type_in(qtbot, editor.form.texts["identity"], "一人目の言葉")
    editor.show_participant(second)
    assert stored(store, first)["identity"] == "一人目の言葉"
    assert editor.current_participant() == second
    assert editor.form.texts["identity"].text() == "二人目の言葉"
    assert editor.heading.text() == "髙橋 美咲"
    assert editor.people.currentRow() == 1
    editor.show_participant(first)
    assert editor.form.texts["identity"].text() == "一人目の言葉"


def test_a_failed_save_keeps_the_text_and_retries(
    qtbot: QtBot,
    editor: WorksheetEditor,
    store: Store,
    detail: WorkshopDetail,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = detail.participants[0].id, detail.participants[1].id

    def broken(*_args: object, **_fields: object) -> None:
        raise StoreError("The disk is full.", "Free some space.")

    monkeypatch.setattr(ui.autosave, "save_fields", broken)
    field = editor.form.texts["step_what"]
    type_in(qtbot, field, "来週の1on1で相談する")
    with qtbot.waitSignal(editor.failed) as failed:
        fire_debounce(editor)
    assert failed.args[0].message == "The disk is full."
    assert editor.autosaver.state is SaveState.FAILED
    assert editor.status.text() == fill(
        tr("Autosave", "Could not save: %1 What you typed is kept."), "The disk is full."
    )
    assert editor.autosaver.retry_timer.isActive()
    assert field.toPlainText() == "来週の1on1で相談する"
    assert stored(store, first) is None
    with qtbot.assertNotEmitted(editor.failed):  # the retry fails too: said once is enough
        editor.autosaver.retry_timer.timeout.emit()
    assert editor.autosaver.state is SaveState.FAILED
    # Going to another person and back shows what was typed, not the stale store.
    editor.show_participant(second)
    editor.show_participant(first)
    assert editor.form.texts["step_what"].toPlainText() == "来週の1on1で相談する"
    editor.form.texts["step_what"].moveCursor(QTextCursor.MoveOperation.End)

    monkeypatch.setattr(ui.autosave, "save_fields", save_fields)  # the disk has space again
    type_in(qtbot, editor.form.texts["step_what"], "。")
    fire_debounce(editor)
    assert stored(store, first)["step_what"] == "来週の1on1で相談する。"
    assert editor.autosaver.state is SaveState.SAVED
    assert not editor.autosaver.retry_timer.isActive()


def test_a_refused_field_does_not_hold_back_the_others(
    editor: WorksheetEditor, store: Store, detail: WorkshopDetail
) -> None:
    person = detail.participants[0].id
    editor.autosaver.note(person, identity="私は", horizon="10y")  # a bug's value
    editor.autosaver.flush()
    assert stored(store, person)["identity"] == "私は"
    assert editor.autosaver.state is SaveState.FAILED
    assert editor.autosaver.unsaved(person) == {"horizon": "10y"}


def test_typing_for_a_person_removed_meanwhile_is_dropped(
    qtbot: QtBot, editor: WorksheetEditor, store: Store, detail: WorkshopDetail
) -> None:
    gone = detail.participants[0].id
    type_in(qtbot, editor.form.texts["identity"], "消える前")
    with store.session() as session:
        session.delete(session.get(Participant, gone))
    fire_debounce(editor)
    assert editor.autosaver.unsaved(gone) == {}
    assert editor.autosaver.state is not SaveState.FAILED


def test_undo_in_a_field_still_works_after_an_autosave(
    qtbot: QtBot, editor: WorksheetEditor, store: Store, detail: WorkshopDetail
) -> None:
    person = detail.participants[0].id
    field = editor.form.texts["expectations"]
    type_in(qtbot, field, "育成と")
    type_in(qtbot, field, "成果の両立")
    fire_debounce(editor)
    assert stored(store, person)["expectations"] == "育成と成果の両立"
    assert field.document().isUndoAvailable()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == "育成と"
    fire_debounce(editor)
    assert stored(store, person)["expectations"] == field.toPlainText()
    field.redo()
    assert field.toPlainText() == "育成と成果の両立"
    fire_debounce(editor)
    assert stored(store, person)["expectations"] == "育成と成果の両立"


def test_a_long_paste_is_kept_whole_and_flagged(
    editor: WorksheetEditor, store: Store, detail: WorkshopDetail
) -> None:
    person = detail.participants[0].id
    typed = ("対話を通じて強みに気づく。\n" * 800)[:10_000]
    pasted = typed.replace("\n", "\r\n\x07")  # from a program that adds control characters
    QApplication.clipboard().setText(pasted)
    field = editor.form.texts["partner_noticed"]
    field.paste()
    fire_debounce(editor)
    saved = stored(store, person)["partner_noticed"]
    assert saved == clean_text(pasted) == typed == field.toPlainText()
    assert len(saved) == 10_000
    counter = editor.form.counters["partner_noticed"]
    assert counter.over
    assert tr("Worksheet", "shortened when printed") in counter.text()
    assert "partner_noticed" in too_long(get_worksheet(store, person))


def test_ctrl_page_down_and_up_move_between_participants(
    qtbot: QtBot, editor: WorksheetEditor, detail: WorkshopDetail
) -> None:
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    field = editor.form.texts["identity"]
    field.setFocus()
    ids = [p.id for p in detail.participants]
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(field, Qt.Key.Key_PageDown, ctrl)
    assert editor.current_participant() == ids[1]
    qtbot.keyClick(editor.form.texts["identity"], Qt.Key.Key_PageDown, ctrl)
    qtbot.keyClick(editor.form.texts["identity"], Qt.Key.Key_PageUp, ctrl)
    assert editor.current_participant() == ids[1]
    editor.step_participant(-1)
    editor.step_participant(-1)  # stays at the first
    assert editor.current_participant() == ids[0]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("たか", "髙橋 美咲"), ("髙橋", "髙橋 美咲"), ("高橋", "髙橋 美咲"), ("タカハシ", "髙橋 美咲"),
     ("みさき", "髙橋 美咲"), ("わたなべ", "渡邉 健一"), ("渡辺", "渡邉 健一"), ("山崎", "山﨑 蓮"),
     ("たな", "田中 太郎"), ("た", "髙橋 美咲"), ("さ", "佐藤 花子")],
)  # fmt: skip
def test_typing_a_name_or_reading_jumps_to_the_person(
    qtbot: QtBot, editor: WorksheetEditor, typed: str, expected: str
) -> None:
    type_in(qtbot, editor.search, typed)
    assert editor.heading.text() == expected
    assert editor.people.currentItem().text() == expected


def test_search_keys() -> None:
    assert search_key("ﾀｶﾊｼ　ミサキ") == "たかはしみさき"
    keys = [(search_key(p.name), search_key(p.reading)) for p in PEOPLE]
    assert find_person(keys, "") == -1
    assert find_person(keys, "鈴木") == -1


def test_experiences_are_added_edited_moved_and_removed(
    editor: WorksheetEditor, store: Store, detail: WorkshopDetail, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = detail.participants[0].id
    table = editor.form.experiences.table
    table.add_button.click()
    table.commit_edit()
    model = table.model
    assert model.setData(model.index(0, 1), "新規事業の立ち上げ")
    assert model.setData(model.index(0, 3), 2)
    assert stored(store, person)["experiences"][0]["what"] == "新規事業の立ち上げ"
    table.add_button.click()
    table.commit_edit()
    model.setData(model.index(1, 1), "部署統合")
    table.view.setCurrentIndex(model.index(1, 0))
    table.up_button.click()
    assert [e["what"] for e in stored(store, person)["experiences"]] == [
        "部署統合",
        "新規事業の立ち上げ",
    ]
    assert model.data(model.index(1, 3)) == "+2"
    monkeypatch.setattr(Dialogs, "confirm", staticmethod(lambda *_a: False))
    table.remove_button.click()
    assert len(stored(store, person)["experiences"]) == 2
    monkeypatch.setattr(Dialogs, "confirm", staticmethod(lambda *_a: True))
    table.remove_button.click()
    assert [e["what"] for e in stored(store, person)["experiences"]] == ["新規事業の立ち上げ"]
    for _ in range(25):
        table.add_button.click()
        table.commit_edit()
    assert model.rowCount() == 20 and not table.add_button.isEnabled()
    assert len(stored(store, person)["experiences"]) == 20


def test_a_cell_being_typed_is_kept_when_switching_person(
    qtbot: QtBot, editor: WorksheetEditor, store: Store, detail: WorkshopDetail
) -> None:
    table = editor.form.experiences.table
    editor.show()
    qtbot.waitExposed(editor)
    editor.form.setCurrentIndex(0)
    table.add_button.click()
    type_in(qtbot, table.view.indexWidget(table.model.index(0, 0)), "2024年")
    editor.step_participant(1)
    assert stored(store, detail.participants[0].id)["experiences"][0]["when"] == "2024年"


def test_choices_and_dates_are_stored_at_once(
    editor: WorksheetEditor, store: Store, detail: WorkshopDetail
) -> None:
    person = detail.participants[0].id
    target, step = editor.form.target, editor.form.step
    target.horizon.setCurrentIndex(target.horizon.findData("3y"))
    target.tentative.setChecked(False)
    step.step_by.none.setChecked(False)  # a date: starts at today
    row = stored(store, person)
    assert (row["horizon"], row["tentative"]) == ("3y", 0)
    step.step_by.edit.setDate(dt.date(2026, 7, 1))
    editor.autosaver.flush()
    assert stored(store, person)["step_by"] == "2026-07-01"
    step.step_by.none.setChecked(True)
    assert stored(store, person)["step_by"] is None
    assert stored(store, person)["checkin_date"] is None


def test_themes_and_counters(
    qtbot: QtBot, editor: WorksheetEditor, store: Store, detail: WorkshopDetail
) -> None:
    themes = editor.form.target.themes
    type_in(qtbot, themes[0], "コーチング")
    type_in(qtbot, themes[2], "ファシリテーション")
    fire_debounce(editor)
    assert stored(store, detail.participants[0].id)["themes"] == [
        "コーチング",
        "ファシリテーション",
    ]
    assert "・コーチング" in editor.form.step.shown_themes.text()
    assert editor.form.target.theme_counters[0].text() == "5 / 30"
    assert not editor.form.target.theme_counters[0].over


def test_closing_and_quitting_store_what_is_pending(
    qtbot: QtBot, editor: WorksheetEditor, store: Store, detail: WorkshopDetail
) -> None:
    person = detail.participants[0].id
    editor.show()
    type_in(qtbot, editor.form.texts["identity"], "閉じる前")
    editor.close()
    assert stored(store, person)["identity"] == "閉じる前"
    type_in(qtbot, editor.form.texts["identity"], "、終了前")
    QCoreApplication.instance().aboutToQuit.emit()
    assert stored(store, person)["identity"] == "閉じる前、終了前"


def test_saving_on_the_worker_thread(qtbot: QtBot, store: Store, detail: WorkshopDetail) -> None:
    editor = WorksheetEditor(store)  # the app's way: saves off the GUI thread
    qtbot.addWidget(editor)
    editor.set_workshop(detail)
    person = detail.participants[0].id
    type_in(qtbot, editor.form.texts["identity"], "別スレッドで保存")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        fire_debounce(editor)
    assert stored(store, person)["identity"] == "別スレッドで保存"
    type_in(qtbot, editor.form.texts["identity"], "。")
    editor.autosaver.flush()  # in flight…
    type_in(qtbot, editor.form.texts["identity"], "続き")  # …while typing goes on
    assert editor.autosaver.unsaved(person)["identity"] == "別スレッドで保存。続き"
    assert editor.autosaver.flush_and_wait()
    assert stored(store, person)["identity"] == "別スレッドで保存。続き"
    assert not editor.autosaver.busy()


def test_a_refreshed_workshop_keeps_the_person_and_the_typing(
    qtbot: QtBot, editor: WorksheetEditor, store: Store, detail: WorkshopDetail
) -> None:
    editor.show_participant(detail.participants[2].id)
    field = editor.form.texts["identity"]
    type_in(qtbot, field, "途中まで")
    add_participants(store, detail.workshop.id, [PersonDraft("鈴木 一郎", "すずき いちろう")])
    editor.set_workshop(get_workshop(store, detail.workshop.id))  # e.g. a late arrival
    assert editor.current_participant() == detail.participants[2].id
    assert editor.people.count() == 6 and editor.people.currentRow() == 2
    assert field.text() == "途中まで" and field.isUndoAvailable()


def test_no_participants(qtbot: QtBot, editor: WorksheetEditor) -> None:
    editor.set_workshop(None)
    assert editor.current_participant() is None
    assert not editor.form.isEnabled()
    assert editor.heading.text() == tr("WorksheetEditor", "No participants yet")


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=["1080p", "720p"])
def test_screenshots(
    qtbot: QtBot,
    editor: WorksheetEditor,
    store: Store,
    detail: WorkshopDetail,
    shots: Path,
    size: tuple[int, int],
) -> None:
    person = detail.participants[1].id
    fill_realistic(store, person)
    editor.show_participant(person)
    editor.resize(*size)
    editor.show()
    qtbot.waitExposed(editor)
    SHOTS_COPY.mkdir(parents=True, exist_ok=True)
    for tab in range(4):
        editor.form.setCurrentIndex(tab)
        QApplication.processEvents()  # scroll bars and layouts settle
        name = f"worksheet-{size[0]}x{size[1]}-{tab + 1}.png"
        image = editor.grab()
        assert (image.width(), image.height()) == size
        assert image.save(str(shots / name))
        shutil.copy(shots / name, SHOTS_COPY / name)


CHILD = r"""
import sys, time, uuid
from pathlib import Path
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from app.paths import DataDir
from app.store import Store
from app.workshops import get_workshop
from ui.worksheet_editor import WorksheetEditor

app = QApplication([])
store = Store.open(DataDir(Path(sys.argv[1])))
# The pause in typing is ours to fire: it never comes by itself.
editor = WorksheetEditor(store, debounce_ms=3_600_000)
editor.set_workshop(get_workshop(store, uuid.UUID(sys.argv[2])))
field = editor.form.texts["target_state"]
for n in range(1, 10_000):
    for char in f"[{n:03d}]一歩ずつ進む。":
        event = QInputMethodEvent("", [])
        event.setCommitString(char)  # what a Japanese input method sends
        QApplication.sendEvent(field, event)
        time.sleep(0.002)
    editor.autosaver.timer.timeout.emit()  # the debounce fires for this chunk
    while editor.autosaver.busy():
        app.processEvents()
        time.sleep(0.001)
    print(f"typed {n}", flush=True)
"""


@pytest.mark.slow
def test_a_killed_process_loses_at_most_the_uncommitted_tail(
    data_dir: DataDir, template_90: WorkshopTemplate
) -> None:
    with Store.open(data_dir) as store:
        workshop = create_workshop(store, template_90, "停電テスト")
        person = add_participants(store, workshop.id, [PersonDraft("髙橋 美咲")])[0]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir.root), workshop.id.hex],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
        text=True,
    )
    assert child.stdout is not None
    committed = 0
    try:
        while committed < 5:
            line = child.stdout.readline()
            assert line, child.stderr.read() if child.stderr else "the child died"
            committed = int(line.split()[1])
        child.send_signal(signal.SIGKILL)  # in the middle of typing chunk 6
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
        if child.stderr:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    typed = "".join(f"[{n:03d}]一歩ずつ進む。" for n in range(1, 20))
    must_have = "".join(f"[{n:03d}]一歩ずつ進む。" for n in range(1, committed + 1))
    with Store.open(data_dir) as store:
        text = get_worksheet(store, person.id).target_state
    assert text.startswith(must_have)  # every chunk whose pause had come
    assert typed.startswith(text)  # and only whole, in-order typing beyond it

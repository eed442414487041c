"""The kiosk: one participant's own worksheet, nobody else's name anywhere, left with a PIN."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenuBar,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.participants import PersonDraft, add_participants
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import save_fields
from app.workshops import create_workshop
from ui.i18n import fill
from ui.kiosk import KioskWindow

SHOTS_COPY = Path("/tmp/worksheet-shots")
PIN = "2468"
PEOPLE = [
    PersonDraft("髙橋 美咲", "たかはし みさき", "人事部"),
    PersonDraft("小鳥遊 ひなた", "たかなし ひなた", "営業部"),
    PersonDraft("勅使河原 蓮", "てしがわら れん", "開発部"),
    PersonDraft("五月女 葵", "そおとめ あおい", "企画部"),
    PersonDraft("Ｏ'Brien 𠮷男", "おぶらいえん よしお", "法務部"),
]


@pytest.fixture
def people(store: Store, template_90: WorkshopTemplate) -> list[uuid.UUID]:
    workshop = create_workshop(store, template_90, "キャリア研修（第2回）")
    return [p.id for p in add_participants(store, workshop.id, PEOPLE)]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The PINs the facilitator will type, in order (None: cancel); what was asked is popped."""
    answers: list[str | None] = []

    def ask_pin(parent: QWidget) -> str | None:
        assert answers, "the kiosk asked for a PIN the test did not expect"
        return answers.pop(0)

    monkeypatch.setattr(KioskWindow, "ask_pin", staticmethod(ask_pin))
    return answers


@pytest.fixture
def kiosk(
    qtbot: QtBot, store: Store, people: list[uuid.UUID], asked: list[str | None]
) -> KioskWindow:
    save_fields(
        store,
        people[0],
        identity="人と仕組みをつなぐ人",
        strengths=["傾聴", "段取り"],
        values=["公正さ"],
        themes=["コーチング"],
        step_what="来週の1on1で相談する",
        step_supporter="上司の佐々木さん",
        step_by=dt.date(2026, 6, 30),
        experiences=[{"when": "2023年", "what": "新規事業の立ち上げ", "role": "リーダー",
                      "energy": 2, "why": "任された", "learned": "巻き込み方"}],
    )  # fmt: skip
    window = KioskWindow(store, people[0], lambda pin: pin == PIN, background=False)
    # The test's end is not a participant leaving: pytest-qt closes it before fixtures end.
    qtbot.addWidget(window, before_close_func=lambda w: w.allow_close())
    return window


def stored(store: Store, participant_id: uuid.UUID, field: str) -> object:
    with sqlite3.connect(store.path) as other:
        (value,) = other.execute(
            f"SELECT {field} FROM worksheet WHERE participant_id = ?", (participant_id.hex,)
        ).fetchone()
    return json.loads(value) if field in ("strengths", "values", "themes") else value


def texts_in(widget: QWidget) -> list[str]:
    """Every text the widget tree holds, shown or not."""
    found = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    for child in [widget, *widget.findChildren(QWidget)]:
        found += [child.windowTitle(), child.toolTip(), child.accessibleName(),
                  child.accessibleDescription(), child.statusTip(), child.whatsThis()]  # fmt: skip
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
        if isinstance(child, QLineEdit):
            found += [child.text(), child.placeholderText()]
        if isinstance(child, QPlainTextEdit):
            found += [child.toPlainText(), child.placeholderText()]
        if isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        found.append(str(model.data(index, role) or ""))
            for column in range(model.columnCount()):
                found.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    return found


def test_the_kiosk_shows_no_one_else(
    kiosk: KioskWindow, qtbot: QtBot, store: Store, people: list[uuid.UUID]
) -> None:
    kiosk.present()
    qtbot.waitExposed(kiosk)
    assert kiosk.isFullScreen()
    for tab in range(kiosk.form.count()):  # every section built and shown
        kiosk.form.setCurrentIndex(tab)
    everything = "\n".join(texts_in(kiosk))
    assert "髙橋 美咲" in everything and "人と仕組みをつなぐ人" in everything
    others = PEOPLE[1:]
    for person in others:
        for part in (*person.name.split(), *person.reading.split(), person.department):
            assert part not in everything, part
    assert not kiosk.findChildren(QMenuBar)
    assert not kiosk.findChildren(QListWidget)  # no participant list or picker
    assert fill(QCoreApplication.translate("Kiosk", "%1's worksheet"), "髙橋 美咲") in (
        kiosk.windowTitle()
    )


def test_typing_in_the_kiosk_is_saved(
    kiosk: KioskWindow, store: Store, people: list[uuid.UUID]
) -> None:
    field = kiosk.form.texts["identity"]
    field.end(False)
    event = QInputMethodEvent("", [])
    event.setCommitString("です")
    QCoreApplication.sendEvent(field, event)
    assert kiosk.autosaver.timer.isActive()
    kiosk.autosaver.timer.timeout.emit()
    assert stored(store, people[0], "identity") == "人と仕組みをつなぐ人です"


def test_a_wrong_pin_keeps_the_kiosk_and_the_right_one_closes_it(
    kiosk: KioskWindow, qtbot: QtBot, asked: list[str | None], store: Store,
    people: list[uuid.UUID],
) -> None:  # fmt: skip
    kiosk.show()
    qtbot.waitExposed(kiosk)
    asked += ["1111"]
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible()
    assert kiosk.pin_message.text() == QCoreApplication.translate("Kiosk", "Wrong PIN.")
    asked += [None]  # cancelled
    kiosk.leave_button.click()
    assert kiosk.isVisible()
    asked += [None]
    assert not kiosk.close()  # the window's close button, Alt+F4: refused without the PIN
    assert kiosk.isVisible()
    kiosk.form.texts["step_supporter"].setText("同期の仲間")  # typed just before leaving
    asked += [PIN]
    with qtbot.waitSignal(kiosk.left):
        kiosk.leave_button.click()
    assert not kiosk.isVisible()
    assert asked == []
    assert stored(store, people[0], "step_supporter") == "同期の仲間"


def test_quitting_the_app_closes_the_kiosk_without_a_pin(
    kiosk: KioskWindow, qtbot: QtBot, asked: list[str | None]
) -> None:
    kiosk.show()
    qtbot.waitExposed(kiosk)
    # What QApplication.quit() sends to the application before it closes every window.
    kiosk.eventFilter(QApplication.instance(), QEvent(QEvent.Type.Quit))
    assert kiosk.close()
    assert asked == []


def test_screenshot(kiosk: KioskWindow, qtbot: QtBot, shots: Path) -> None:
    kiosk.resize(1280, 720)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    SHOTS_COPY.mkdir(parents=True, exist_ok=True)
    for tab in (0, 1, 3):
        kiosk.form.setCurrentIndex(tab)
        QApplication.processEvents()  # scroll bars and layouts settle
        name = f"kiosk-1280x720-{tab + 1}.png"
        image = kiosk.grab()
        assert (image.width(), image.height()) == (1280, 720)
        assert image.save(str(shots / name))
        shutil.copy(shots / name, SHOTS_COPY / name)

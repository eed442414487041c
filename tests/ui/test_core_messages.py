"""The core's errors reach the facilitator in the running language, with their values filled:
real refusals from the store, the workshops and the roster, shown as the window shows them."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.errors import NotFound, StoreLocked, UserError
from app.paths import DataDir
from app.roster import read_roster
from app.roster_import import import_roster
from app.store import Store
from app.template_model import WorkshopTemplate
from app.workshops import create_workshop, get_workshop
from ui.dialogs import Dialogs, show_user_error
from ui.i18n import install_language, user_error_text
from ui.workshop_details import WorkshopDetails

Shown = list[tuple[str, str, str]]


@pytest.fixture
def japanese() -> Iterator[None]:
    """Japanese for this test, whatever a test before left installed; Japanese after it."""
    install_language("ja")
    yield
    install_language("ja")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """What the error dialog would show: (title, message, advice)."""
    seen: Shown = []

    def error(_parent: object, title: str, message: str, advice: str = "") -> None:
        seen.append((title, message, advice))

    monkeypatch.setattr(Dialogs, "error", staticmethod(error))
    return seen


def _refusal(action: Callable[[], object]) -> UserError:
    with pytest.raises(UserError) as info:
        action()
    return info.value


def test_a_locked_store_is_told_in_japanese_with_its_file(
    japanese: None, shown: Shown, data_dir: DataDir
) -> None:
    with Store.open(data_dir):
        error = _refusal(lambda: Store.open(data_dir))
    assert isinstance(error, StoreLocked)
    show_user_error(None, error)
    assert shown == [
        (
            "Ippo",
            f"データファイル {data_dir.database} は、起動中の別の Ippo が使っています。",
            "もう一方の Ippo のウィンドウを閉じて（または実行中のコマンドが終わるのを待って）から、"
            "もう一度お試しください。",
        )
    ]
    assert error.message == f"The store {data_dir.database} is in use by another running Ippo."


def test_a_missing_workshop_is_told_in_japanese_with_its_id(
    japanese: None, shown: Shown, store: Store
) -> None:
    missing = uuid.uuid4()
    error = _refusal(lambda: get_workshop(store, missing))
    assert isinstance(error, NotFound)
    show_user_error(None, error)
    assert [s[1:] for s in shown] == [
        (f"ID が {missing} のワークショップは見つかりません。", "削除された可能性があります。")
    ]


def test_a_roster_with_errors_is_told_in_japanese_with_the_file_and_lines(
    japanese: None, shown: Shown, store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    workshop = create_workshop(store, template_90, "新任管理職研修")
    roster = tmp_path / "名簿%201.csv"  # a downloaded name: its %2 is not a placeholder
    roster.write_text("氏名,部署\n佐藤 花子,人事部\n,営業部\n髙橋 一郎,開発部\n,総務部\n", "utf-8")
    preview = read_roster(roster)
    error = _refusal(lambda: import_roster(store, workshop.id, preview))
    show_user_error(None, error)
    assert [s[1:] for s in shown] == [
        (
            "名簿%201.csv の 3, 5 行目にエラーがあるため、何も取り込んでいません。",
            "ファイルのその行を直してもう一度取り込むか、その行を飛ばして残りを取り込んでください。",
        )
    ]
    assert error.message == "名簿%201.csv has errors on lines 3, 5; nothing was imported."


def test_an_empty_roster_file_is_named(japanese: None, tmp_path: Path) -> None:
    empty = tmp_path / "roster.csv"
    empty.write_bytes(b"\r\n")
    message, advice = user_error_text(_refusal(lambda: read_roster(empty)))
    assert message == "ファイル roster.csv は空です。"
    assert advice == "空のファイルではなく、書き出した名簿のファイルを選んでください。"


def test_an_inline_error_is_japanese_too(japanese: None, qtbot: QtBot, store: Store) -> None:
    details = WorkshopDetails()
    qtbot.addWidget(details)
    details.show_error(_refusal(lambda: get_workshop(store, uuid.UUID(int=1))))
    assert details.error.text() == (
        "ID が 00000000-0000-0000-0000-000000000001 のワークショップは見つかりません。"
        " 削除された可能性があります。"
    )


def test_english_shows_the_core_english_and_hand_made_errors_pass_through(
    japanese: None, store: Store
) -> None:
    error = _refusal(lambda: get_workshop(store, uuid.UUID(int=2)))
    install_language("en")
    assert user_error_text(error) == (error.message, error.advice)
    install_language("ja")
    texts = ("保存できませんでした：100% の %1", "もう一度お試しください。")
    assert user_error_text(UserError(*texts)) == texts

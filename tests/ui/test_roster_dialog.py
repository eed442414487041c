"""The roster import dialog: the preview as parsed, overrides, refusals, skipping and re-import.

Assertions use the core's values and ``QCoreApplication.translate`` of the dialog's English
sources, so they hold with or without the Japanese catalogue.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app import workshops
from app.errors import UserError
from app.roster import read_roster
from app.store import Store
from app.template_model import WorkshopTemplate
from ui import tones
from ui.i18n import user_error_text
from ui.roster_dialog import RosterImportDialog

SHOTS = Path("/tmp/roster-shots")
CP932_ROSTER = (
    "社員番号,氏名,ふりがな,所属\r\n"
    "E001,髙橋 一郎,たかはし いちろう,営業部\r\n"
    "E002,﨑山 花子,さきやま はなこ,開発部\r\n"
    "E003,山田 ①,やまだ,人事部\r\n"
    "E004,ｶﾀｶﾅ ﾀﾛｳ,かたかな たろう,経理部\r\n"
)


def tr(text: str) -> str:
    return QCoreApplication.translate("RosterImportDialog", text)


@pytest.fixture
def workshop_id(store: Store, template_90: WorkshopTemplate) -> uuid.UUID:
    return workshops.create_workshop(store, template_90, "名簿テスト").id


def open_dialog(
    qtbot: QtBot, store: Store, workshop_id: uuid.UUID, path: Path
) -> RosterImportDialog:
    dialog = RosterImportDialog(store, workshop_id, path)
    qtbot.addWidget(dialog)
    return dialog


def table_column(dialog: RosterImportDialog, column: int) -> list[str]:
    table = dialog.table
    return [table.item(r, column).text() for r in range(table.rowCount())]


def painted_colours(table: QTableWidget, row: int, column: int) -> set[str]:
    """The colours painted in one cell (the theme's item style would hide a foreground role)."""
    table.show()
    QApplication.processEvents()
    image = table.viewport().grab(table.visualItemRect(table.item(row, column))).toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width())
            for y in range(image.height())}  # fmt: skip


def names_in_store(store: Store, workshop_id: uuid.UUID) -> list[str]:
    return [p.name for p in workshops.get_workshop(store, workshop_id).participants]


def choose(combo_owner: RosterImportDialog, index: int, field: str) -> None:
    combo = combo_owner.column_combos[index]
    combo.setCurrentIndex(combo.findData(field))


def test_cp932_names_are_shown_and_imported_as_written(
    qtbot: QtBot, store: Store, workshop_id: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "名簿.csv"
    path.write_bytes(CP932_ROSTER.encode("cp932"))
    dialog = open_dialog(qtbot, store, workshop_id, path)
    assert dialog.preview is not None and dialog.preview.encoding == "cp932"
    expected = ["髙橋 一郎", "﨑山 花子", "山田 ①", "カタカナ タロウ"]  # half-width widened
    assert [row.name for row in dialog.preview.rows] == expected
    assert table_column(dialog, 1) == expected  # columns: line, name, reading, department, code
    assert table_column(dialog, 0) == ["2", "3", "4", "5"]
    assert "cp932" in dialog.encoding_label.text()
    assert dialog.file_label.text() == "名簿.csv"
    assert dialog.dry_run is not None and dialog.dry_run.added == 4
    assert "4" in dialog.counts.text()
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.result() == RosterImportDialog.DialogCode.Accepted
    assert dialog.import_result is not None and dialog.import_result.added == 4
    people = workshops.get_workshop(store, workshop_id).participants
    assert [p.name for p in people] == expected
    assert [p.department for p in people] == ["営業部", "開発部", "人事部", "経理部"]


def test_choosing_the_encoding_parses_again(
    qtbot: QtBot, store: Store, workshop_id: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(CP932_ROSTER.encode("cp932"))
    dialog = open_dialog(qtbot, store, workshop_id, path)
    combo = dialog.encoding_combo
    combo.setCurrentIndex(combo.findData("utf-8"))
    assert dialog.preview is None and dialog.refusal is not None
    assert "utf-8" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    combo.setCurrentIndex(combo.findData("cp932"))
    assert dialog.preview is not None and dialog.preview.encoding_reason == "chosen by you"
    assert tr("chosen by you") in dialog.encoding_label.text()
    assert table_column(dialog, 1)[0] == "髙橋 一郎"
    assert dialog.message.isHidden()
    assert dialog.import_button.isEnabled()


def test_an_excel_workbook_is_refused_inline(
    qtbot: QtBot, store: Store, workshop_id: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "名簿.xlsx"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + b"[Content_Types].xml xl/workbook.xml" * 4)
    with pytest.raises(UserError) as refused:
        read_roster(path)
    dialog = open_dialog(qtbot, store, workshop_id, path)
    dialog.show()
    assert dialog.message.isVisible()
    message, advice = user_error_text(refused.value)  # in the running language
    assert message in dialog.message.text() and advice in dialog.message.text()
    assert "名簿.xlsx は CSV やテキストのファイルではなく" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.table.rowCount() == 0 and dialog.column_combos == []
    assert dialog.encoding_combo.isEnabled()  # another encoding may still be tried
    dialog.import_button.click()
    assert dialog.import_result is None and names_in_store(store, workshop_id) == []


def test_lines_with_errors_block_the_import_until_skipped(
    qtbot: QtBot, store: Store, workshop_id: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "roster.csv"
    text = "氏名,社員番号,メール\n髙橋 一郎,E1,takahashi@\n,E2,\n﨑山 花子,E3,\n"
    path.write_text(text, encoding="utf-8")
    dialog = open_dialog(qtbot, store, workshop_id, path)
    assert dialog.error_count() == 1
    problems = dialog.problems
    rows = [[problems.item(r, c).text() for c in range(3)] for r in range(problems.rowCount())]
    assert rows == [["2", tr("Warning"), "メール"], ["3", tr("Error"), "氏名"]]  # words, too
    assert painted_colours(problems, 0, 1) >= {tones.current().warning}  # amber, as drawn
    assert painted_colours(problems, 1, 1) >= {tones.current().error}  # red
    assert tones.current().error not in painted_colours(problems, 0, 1)
    assert not dialog.import_button.isEnabled()
    assert dialog.skip.isEnabled()
    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.import_result is not None
    assert dialog.import_result.skipped_lines == (3,)
    assert names_in_store(store, workshop_id) == ["髙橋 一郎", "﨑山 花子"]


def test_mapping_an_unknown_column_to_the_name(
    qtbot: QtBot, store: Store, workshop_id: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("お名前（漢字）,所属\n髙橋 一郎,営業部\n﨑山 花子,開発部\n", encoding="utf-8")
    dialog = open_dialog(qtbot, store, workshop_id, path)
    assert dialog.preview is not None and dialog.preview.needs_mapping
    assert dialog.preview.unknown_columns == ("お名前（漢字）",)
    assert dialog.table.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert not dialog.message.isHidden()  # the hint to choose the name column
    assert dialog.column_combos[0].parentWidget().property("notice") == "true"  # highlighted
    choose(dialog, 0, "name")
    assert dialog.preview is not None and not dialog.preview.needs_mapping
    assert table_column(dialog, 1) == ["髙橋 一郎", "﨑山 花子"]
    assert table_column(dialog, 2) == ["営業部", "開発部"]
    assert dialog.column_combos[0].currentData() == "name"
    assert dialog.import_button.isEnabled()
    # a second column chosen for the name takes it over; the first is no longer used
    choose(dialog, 1, "name")
    assert dialog.column_combos[0].currentData() == "ignore"
    assert table_column(dialog, 1) == ["営業部", "開発部"]


def test_importing_again_updates_instead_of_adding(
    qtbot: QtBot, store: Store, workshop_id: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(CP932_ROSTER.encode("cp932"))
    first = open_dialog(qtbot, store, workshop_id, path)
    first.import_button.click()
    path.write_bytes(CP932_ROSTER.replace("営業部", "営業企画部").encode("cp932"))
    second = open_dialog(qtbot, store, workshop_id, path)
    assert second.dry_run is not None
    assert (second.dry_run.added, second.dry_run.updated, second.dry_run.unchanged) == (0, 1, 3)
    second.import_button.click()
    people = workshops.get_workshop(store, workshop_id).participants
    assert len(people) == 4
    assert people[0].department == "営業企画部"


def test_run_asks_for_a_file_and_returns_the_result(
    qtbot: QtBot,
    store: Store,
    workshop_id: uuid.UUID,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(RosterImportDialog, "ask_file", classmethod(lambda cls, parent: None))
    assert RosterImportDialog.run(None, store, workshop_id) is None
    path = tmp_path / "roster.csv"
    path.write_bytes(CP932_ROSTER.encode("cp932"))
    monkeypatch.setattr(RosterImportDialog, "ask_file", classmethod(lambda cls, parent: path))

    def exec_(self: RosterImportDialog) -> int:
        self.import_button.click()
        return self.result()

    monkeypatch.setattr(RosterImportDialog, "exec", exec_)
    parent = QWidget()
    qtbot.addWidget(parent)
    result = RosterImportDialog.run(parent, store, workshop_id)
    assert result is not None and result.added == 4


def test_screenshots(qtbot: QtBot, store: Store, workshop_id: uuid.UUID, tmp_path: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    lines = [f"E{i:03},社員 {i}号,しゃいん,{'営業部' if i % 2 else '開発部'}" for i in range(5, 40)]
    roster = CP932_ROSTER + "E006,,なし,総務部\r\n" + "\r\n".join(lines) + "\r\n"
    path = tmp_path / "2026年度_新任管理職研修_名簿.csv"
    path.write_bytes(roster.encode("cp932"))
    dialog = open_dialog(qtbot, store, workshop_id, path)
    dialog.resize(1280, 720)
    dialog.show()
    assert dialog.grab().save(str(SHOTS / "roster-preview.png"))
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("お名前（漢字）,所属,メモ\n髙橋 一郎,営業部,x\n", encoding="utf-8")
    mapping = open_dialog(qtbot, store, workshop_id, unknown)
    mapping.resize(1280, 720)
    mapping.show()
    assert mapping.grab().save(str(SHOTS / "roster-mapping.png"))
    choose(mapping, 0, "name")
    assert mapping.grab().save(str(SHOTS / "roster-mapped.png"))
    refused = tmp_path / "名簿.xlsx"
    refused.write_bytes(b"PK\x03\x04" + b"xl/workbook.xml" * 8)
    refusal = open_dialog(qtbot, store, workshop_id, refused)
    refusal.resize(1280, 720)
    refusal.show()
    assert refusal.grab().save(str(SHOTS / "roster-refused.png"))


def test_problems_with_values_are_in_the_running_language(
    qtbot: QtBot, store: Store, workshop_id: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "roster.csv"
    text = (
        "研修名簿\n"
        "氏名,社員番号,メール,名前\n"
        "髙橋 一郎,E1,email,x\n"
        "﨑山 花子,E1,,y\n"
        "田中 太郎,1.23E+05,,z,extra\n"
    )
    path.write_text(text, encoding="utf-8")
    dialog = open_dialog(qtbot, store, workshop_id, path)
    assert dialog.preview is not None
    messages = [dialog.problems.item(r, 3).text() for r in range(dialog.problems.rowCount())]
    assert "1 行目は見出しより上にあるため、読み込みません。" in messages
    assert "別の列がすでに「氏名」として読まれています。この列は使いません。" in messages
    assert "社員番号 E1 は 3 行目にもあります。" in messages
    assert "「email」はメールアドレスの形ではありません。" in messages  # a value, not the field
    assert any(m.startswith("値が 5 個ありますが、見出しは 4 個です。") for m in messages)
    english = {p.message for p in dialog.preview.problems}
    assert "Employee code E1 is also on line 3." in english  # the CLI's words stay English
    assert not english & set(messages)

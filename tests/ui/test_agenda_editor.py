"""The agenda editor against a real store: every edit is stored, undone and redone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QUndoStack
from pytestqt.qtbot import QtBot

from app.models import Stage
from app.store import Store
from app.template_model import WorkshopTemplate
from app.workshops import WorkshopDetail, create_workshop, get_workshop
from ui.agenda_editor import AgendaEditor
from ui.agenda_model import Column, format_minutes, kind_label
from ui.i18n import fill

SHOTS_COPY = Path("/tmp/agenda-shots")


@pytest.fixture
def detail(store: Store, template_90: WorkshopTemplate) -> WorkshopDetail:
    workshop = create_workshop(store, template_90, "新任管理職研修")
    return get_workshop(store, workshop.id)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def editor(qtbot: QtBot, store: Store, stack: QUndoStack, detail: WorkshopDetail) -> AgendaEditor:
    widget = AgendaEditor(store, stack)
    qtbot.addWidget(widget)
    widget.set_workshop(detail)
    return widget


def stored(store: Store, detail: WorkshopDetail) -> WorkshopDetail:
    return get_workshop(store, detail.workshop.id)


def fields(stage: Stage) -> dict[str, object]:
    return stage.model_dump(exclude={"updated_at"})


def test_format_minutes_shows_a_decimal_only_when_not_whole() -> None:
    assert format_minutes(900) == "15"
    assert format_minutes(450) == "7.5"


def test_minutes_edited_in_the_table_are_stored_and_undone(
    qtbot: QtBot, editor: AgendaEditor, store: Store, detail: WorkshopDetail, stack: QUndoStack
) -> None:
    index = editor.model.index(1, Column.MINUTES)
    before = detail.stages[1].planned_seconds
    with qtbot.waitSignal(editor.changed):
        assert editor.model.setData(index, 20.5)
    assert stored(store, detail).stages[1].planned_seconds == 1230
    assert editor.model.data(index) == "20.5"

    with qtbot.waitSignal(editor.changed):
        stack.undo()
    assert stored(store, detail).stages[1].planned_seconds == before
    stack.redo()
    assert stored(store, detail).stages[1].planned_seconds == 1230


def test_protected_checkbox_is_stored(
    editor: AgendaEditor, store: Store, detail: WorkshopDetail, stack: QUndoStack
) -> None:
    index = editor.model.index(0, Column.PROTECTED)
    assert editor.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert stored(store, detail).stages[0].protected
    stack.undo()
    assert not stored(store, detail).stages[0].protected


def test_title_edit_in_the_detail_pane(
    editor: AgendaEditor, store: Store, detail: WorkshopDetail, stack: QUndoStack
) -> None:
    editor.table.selectRow(2)
    assert editor.form.title_edit.text() == detail.stages[2].title
    editor.form.title_edit.setText("  強みを言葉にする  ")
    editor.form.title_edit.editingFinished.emit()
    assert stored(store, detail).stages[2].title == "強みを言葉にする"
    assert editor.model.data(editor.model.index(2, Column.TITLE)) == "強みを言葉にする"

    stack.undo()
    assert stored(store, detail).stages[2].title == detail.stages[2].title
    assert editor.form.title_edit.text() == detail.stages[2].title
    stack.redo()
    assert stored(store, detail).stages[2].title == "強みを言葉にする"


def test_consecutive_edits_of_one_field_merge(
    editor: AgendaEditor, store: Store, detail: WorkshopDetail, stack: QUndoStack
) -> None:
    editor.table.selectRow(0)
    for text in ("オープ", "オープニング（10分）"):
        editor.form.title_edit.setText(text)
        editor.form.title_edit.editingFinished.emit()
    assert stack.count() == 1
    stack.undo()
    assert stored(store, detail).stages[0].title == detail.stages[0].title


def test_texts_prompts_and_settings_of_the_detail_pane(
    editor: AgendaEditor, store: Store, detail: WorkshopDetail, stack: QUndoStack
) -> None:
    editor.table.selectRow(1)
    editor.form.instructions_edit.setPlainText("ペアで話します。")
    editor.form.prompts_edit.setPlainText("問い1\n\n問い2\n")
    editor.commit_details()  # what the debounce timer or leaving the field would do
    editor.form.warning_spin.setValue(3)
    editor.form.at_zero_combo.setCurrentIndex(editor.form.at_zero_combo.findData("advance"))
    editor.form.chimes_check.setChecked(False)

    stage = stored(store, detail).stages[1]
    assert stage.instructions == "ペアで話します。"
    assert stage.prompts == ["問い1", "問い2"]
    assert (stage.warning_seconds, stage.at_zero, stage.chimes) == (180, "advance", False)
    assert stack.count() == 5

    while stack.canUndo():
        stack.undo()
    assert fields(stored(store, detail).stages[1]) == fields(detail.stages[1])
    assert editor.form.instructions_edit.toPlainText() == detail.stages[1].instructions


def test_move_up_and_down_with_undo(
    editor: AgendaEditor, store: Store, detail: WorkshopDetail, stack: QUndoStack
) -> None:
    ids = [s.id for s in detail.stages]
    editor.table.selectRow(2)
    editor.move_up()
    assert [s.id for s in stored(store, detail).stages][1:3] == [ids[2], ids[1]]
    assert editor.selected_stage().id == ids[2]  # the moved stage stays selected
    editor.move_down()
    editor.move_down()
    assert [s.id for s in stored(store, detail).stages][2:4] == [ids[3], ids[2]]
    while stack.canUndo():
        stack.undo()
    assert [s.id for s in stored(store, detail).stages] == ids


def test_keyboard_moves_and_removes(
    qtbot: QtBot,
    editor: AgendaEditor,
    store: Store,
    detail: WorkshopDetail,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(AgendaEditor, "confirm_remove", classmethod(lambda cls, p, t: True))
    ids = [s.id for s in detail.stages]
    editor.table.selectRow(1)
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert stored(store, detail).stages[0].id == ids[1]
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert ids[1] not in [s.id for s in stored(store, detail).stages]


def test_remove_asks_and_undo_restores_the_same_stage(
    editor: AgendaEditor,
    store: Store,
    detail: WorkshopDetail,
    stack: QUndoStack,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    answer = False

    def confirm(cls: type, parent: object, title: str) -> bool:
        asked.append(title)
        return answer

    monkeypatch.setattr(AgendaEditor, "confirm_remove", classmethod(confirm))
    editor.table.selectRow(3)
    removed = detail.stages[3]
    editor.remove_stage()
    assert asked == [removed.title]
    assert len(stored(store, detail).stages) == len(detail.stages)  # declined: nothing happened

    answer = True
    editor.remove_stage()
    assert removed.id not in [s.id for s in stored(store, detail).stages]
    stack.undo()
    back = stored(store, detail).stages
    assert back[3].id == removed.id
    assert back[3].title == removed.title
    assert editor.selected_stage().id == removed.id


def test_add_stage_after_the_selected_one(
    editor: AgendaEditor, store: Store, detail: WorkshopDetail, stack: QUndoStack
) -> None:
    editor.table.selectRow(0)
    editor.add_stage()
    stages = stored(store, detail).stages
    assert len(stages) == len(detail.stages) + 1
    assert stages[1].kind == "custom"
    assert stages[1].planned_seconds == 600
    assert editor.selected_stage().id == stages[1].id
    stack.undo()
    assert len(stored(store, detail).stages) == len(detail.stages)
    stack.redo()
    assert stored(store, detail).stages[1].id == stages[1].id


@pytest.mark.parametrize(
    ("field", "bad"), [("minutes", 0), ("title", "   ")], ids=["zero minutes", "empty title"]
)
def test_a_bad_value_shows_the_error_inline_and_changes_nothing(
    editor: AgendaEditor,
    store: Store,
    detail: WorkshopDetail,
    stack: QUndoStack,
    field: str,
    bad: object,
) -> None:
    editor.show()
    editor.table.selectRow(1)
    if field == "minutes":
        assert not editor.model.setData(editor.model.index(1, Column.MINUTES), bad)
    else:
        editor.form.title_edit.setText(str(bad))
        editor.form.title_edit.editingFinished.emit()
        assert editor.form.title_edit.text() == detail.stages[1].title  # the stored value again
    assert editor.error_label.isVisible()
    assert editor.error_label.text()
    assert stack.count() == 0
    assert stored(store, detail).stages == detail.stages

    editor.model.setData(editor.model.index(1, Column.MINUTES), 16)
    assert not editor.error_label.isVisible()  # a stored change clears the old error


def test_total_against_the_template(editor: AgendaEditor, detail: WorkshopDetail) -> None:
    minutes = detail.workshop.template_minutes
    assert f" {minutes} " in editor.total_label.text()
    assert not editor.total_label.property("tone")
    first = detail.stages[0].planned_seconds // 60
    editor.model.setData(editor.model.index(0, Column.MINUTES), first + 5)
    text = editor.total_label.text()
    expected = QCoreApplication.translate("AgendaEditor", "(%1 min)")
    assert fill(expected, "+5") in text
    assert str(minutes + 5) in text
    assert editor.total_label.property("tone") == "error"  # the warning colour


def test_japanese_titles_and_kind_labels(editor: AgendaEditor, detail: WorkshopDetail) -> None:
    titles = [editor.model.data(editor.model.index(r, Column.TITLE)) for r in range(7)]
    assert "経験の棚卸し" in titles
    kinds = [editor.model.data(editor.model.index(r, Column.KIND)) for r in range(7)]
    assert kind_label("inventory") in kinds


def test_no_workshop_shows_an_empty_disabled_editor(qtbot: QtBot, store: Store) -> None:
    widget = AgendaEditor(store, QUndoStack())
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    assert not widget.isEnabled()
    widget.add_stage()
    widget.remove_stage()
    widget.move_up()


def test_language_change_retranslates(editor: AgendaEditor) -> None:
    editor.add_button.setText("")
    QCoreApplication.sendEvent(editor, QEvent(QEvent.Type.LanguageChange))
    assert editor.add_button.text() == QCoreApplication.translate("AgendaEditor", "Add stage")


def test_controls_have_accessible_names(editor: AgendaEditor) -> None:
    controls = [editor.table, editor.up_button, editor.down_button, editor.add_button]
    controls += [editor.remove_button, *editor.form.fields, editor.form.chimes_check]
    assert all(control.accessibleName() for control in controls)
    assert not editor.table.tabKeyNavigation()  # Tab leaves the table


def test_typing_is_stored_after_a_pause_or_on_leaving_the_field(
    editor: AgendaEditor, store: Store, detail: WorkshopDetail
) -> None:
    editor.table.selectRow(1)
    editor.form.instructions_edit.setPlainText("一人で書きます。")
    timer = editor.form._timer
    assert timer.isActive()
    assert stored(store, detail).stages[1].instructions == detail.stages[1].instructions
    timer.timeout.emit()  # the pause in typing, without waiting for it
    assert stored(store, detail).stages[1].instructions == "一人で書きます。"

    editor.form.prompts_edit.setPlainText("問い")
    QCoreApplication.sendEvent(editor.form.prompts_edit, QFocusEvent(QEvent.Type.FocusOut))
    assert stored(store, detail).stages[1].prompts == ["問い"]


def test_typing_is_kept_when_another_stage_is_selected(
    editor: AgendaEditor, store: Store, detail: WorkshopDetail, stack: QUndoStack
) -> None:
    editor.table.selectRow(1)
    editor.form.title_edit.setText("棚卸し")
    editor.form.instructions_edit.setPlainText("書き出します。")
    editor.table.selectRow(3)
    stage = stored(store, detail).stages[1]
    assert (stage.title, stage.instructions) == ("棚卸し", "書き出します。")
    assert editor.selected_stage().id == detail.stages[3].id
    assert editor.form.title_edit.text() == detail.stages[3].title

    stack.undo()  # brings the edited stage back into view
    assert editor.selected_stage().id == detail.stages[1].id


def test_a_refused_title_keeps_its_error_when_other_text_is_stored(
    editor: AgendaEditor, store: Store, detail: WorkshopDetail
) -> None:
    editor.show()
    editor.table.selectRow(1)
    editor.form.title_edit.setText("")
    editor.form.instructions_edit.setPlainText("書き出します。")
    editor.commit_details()
    assert stored(store, detail).stages[1].instructions == "書き出します。"
    assert stored(store, detail).stages[1].title == detail.stages[1].title
    assert editor.error_label.isVisible()


def test_refreshing_the_same_workshop_keeps_the_selection(
    editor: AgendaEditor, store: Store, detail: WorkshopDetail
) -> None:
    editor.table.selectRow(4)
    editor.set_workshop(stored(store, detail))
    assert editor.selected_stage().id == detail.stages[4].id


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["720p", "1080p"])
def test_screenshots(editor: AgendaEditor, shots: Path, size: tuple[int, int]) -> None:
    editor.resize(*size)
    editor.show()
    editor.table.selectRow(1)
    editor.model.setData(editor.model.index(1, Column.MINUTES), 20)  # a difference to show
    name = f"agenda-{size[0]}x{size[1]}.png"
    image = editor.grab()
    assert (image.width(), image.height()) == size
    assert image.save(str(shots / name))
    SHOTS_COPY.mkdir(parents=True, exist_ok=True)
    shutil.copy(shots / name, SHOTS_COPY / name)

"""The Export dialog: every kind end to end into ``tmp_path``, options, cancel, errors.

The seams (``ask_save_path``, ``ask_folder``, ``open_folder``) are replaced; the worker runs
synchronously except in one test. Assertions compare with ``QCoreApplication.translate`` of the
English sources, so they hold whichever catalogue is installed.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.demo import create_demo
from app.participants import update_participant
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import save_fields
from app.workshops import get_workshop
from reports.exports import KINDS, ExportResult, default_name
from ui.export_dialog import ExportDialog

PEOPLE = 4


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def filled(template: str, *values: object) -> str:
    """``tr(template)`` with its placeholders filled (as ``ui.i18n.fill`` does)."""
    text = tr(template)
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


class Seams:
    """What the replaced file dialogs were asked and answered, and the folders opened."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.suggested: list[tuple[str, str]] = []
        self.opened: list[Path] = []
        self.answer: Path | None = None  # None: the suggested name in ``out``


@pytest.fixture
def demo(store: Store, template_90: WorkshopTemplate) -> tuple[uuid.UUID, list[uuid.UUID]]:
    workshop = create_demo(store, template_90, participants=PEOPLE)
    return workshop.id, [p.id for p in get_workshop(store, workshop.id).participants]


@pytest.fixture
def seams(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Seams:
    answers = Seams(tmp_path / "out")
    answers.out.mkdir()

    def ask_path(cls: type, parent: QWidget | None, kind: str, suggested: str) -> Path:
        answers.suggested.append((kind, suggested))
        return answers.answer or answers.out / suggested

    monkeypatch.setattr(ExportDialog, "ask_save_path", classmethod(ask_path))
    monkeypatch.setattr(ExportDialog, "ask_folder", classmethod(lambda cls, p: answers.out))
    monkeypatch.setattr(ExportDialog, "open_folder", staticmethod(answers.opened.append))
    return answers


def open_dialog(
    qtbot: QtBot, store: Store, workshop_id: uuid.UUID, *, synchronous: bool = True
) -> ExportDialog:
    dialog = ExportDialog(store, workshop_id, synchronous=synchronous)
    qtbot.addWidget(dialog)
    return dialog


def export(dialog: ExportDialog, kind: str) -> ExportResult:
    dialog.choose(kind)
    dialog.export_button.click()
    assert dialog.export_result is not None, dialog.status.text()
    assert not dialog.running and dialog.export_button.isEnabled()
    return dialog.export_result


def shown(widget: QWidget) -> bool:
    return not widget.isHidden()


@pytest.mark.parametrize("kind", ["summary-pdf", "guides-pdf", "slips-pdf"])
def test_a_pdf_kind_end_to_end(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], seams: Seams, kind: str
) -> None:
    dialog = open_dialog(qtbot, store, demo[0])
    result = export(dialog, kind)

    workshop = get_workshop(store, demo[0]).workshop
    name = default_name(workshop.title, workshop.date, kind, False, False)
    assert seams.suggested == [(kind, name)]
    path = seams.out / name
    assert result.files == [path] and not result.cancelled
    assert [p.name for p in seams.out.iterdir()] == [name]  # no .part left
    assert len(PdfReader(path).pages) >= (PEOPLE if kind == "guides-pdf" else 1)
    assert dialog.summary.text() == filled("Written to %1.", path)
    assert shown(dialog.summary) and shown(dialog.open_button)
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.findings.isHidden()  # the demo prints as written
    dialog.open_button.click()
    assert seams.opened == [seams.out]


def test_csv_in_shift_jis_lists_what_it_cannot_hold(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], seams: Seams
) -> None:
    update_participant(store, demo[1][1], name="𠮷田 太郎")
    dialog = open_dialog(qtbot, store, demo[0])
    assert dialog.encoding_row.isHidden()
    dialog.choose("csv")
    assert shown(dialog.encoding_row) and dialog.ics_row.isHidden()
    dialog.encoding.setCurrentIndex(1)
    result = export(dialog, "csv")

    text = result.files[0].read_bytes().decode("cp932")
    assert len(text.splitlines()) == PEOPLE + 1 and "〓田 太郎" in text
    assert dialog.unencodable_table.rows()[0][0::2] == ("𠮷田 太郎", "𠮷")
    assert shown(dialog.unencodable_table)
    assert dialog.notes.text() == tr(
        "These characters cannot be written in Shift_JIS and are written as 〓. "
        "Export in UTF-8 to keep them."
    )


def test_anonymised_csv_has_no_names(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], seams: Seams
) -> None:
    names = [p.name for p in get_workshop(store, demo[0]).participants]
    dialog = open_dialog(qtbot, store, demo[0])
    dialog.choose("csv")
    dialog.anonymize.setChecked(True)
    result = export(dialog, "csv")

    assert seams.suggested[0][1].endswith("_anonymized.csv")
    text = result.files[0].read_text(encoding="utf-8-sig")
    assert "P01" in text and not any(name in text for name in names)


def test_json_is_never_anonymised(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], seams: Seams
) -> None:
    dialog = open_dialog(qtbot, store, demo[0])
    dialog.anonymize.setChecked(True)
    assert dialog.anonymize.isEnabled() and dialog.anonymize_reason.isHidden()
    dialog.choose("json")
    assert not dialog.anonymize.isEnabled() and shown(dialog.anonymize_reason)
    assert dialog.anonymize_rules.isHidden() and not dialog.build_request(seams.out).anonymize
    result = export(dialog, "json")

    assert result.files[0].name.endswith("_archive.json")
    archive = json.loads(result.files[0].read_text(encoding="utf-8"))
    assert str(demo[0]) in json.dumps(archive)
    assert dialog.summary.text() == filled("Written to %1.", result.files[0])


def test_one_calendar_for_everyone_names_people_without_dates(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], seams: Seams
) -> None:
    save_fields(store, demo[1][2], step_by=None, checkin_date=None)
    undated = get_workshop(store, demo[0]).participants[2].name
    dialog = open_dialog(qtbot, store, demo[0])
    dialog.choose("ics")
    assert shown(dialog.ics_row) and dialog.encoding_row.isHidden()
    result = export(dialog, "ics")

    path = result.files[0]
    assert path.suffix == ".ics" and path.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    events = result.details["events"]
    assert events >= PEOPLE - 1
    assert dialog.summary.text() == filled("%1 events written to %2.", events, path)
    assert undated in dialog.notes.text() and shown(dialog.notes)


def test_one_calendar_per_person_into_a_new_folder(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], seams: Seams
) -> None:
    dialog = open_dialog(qtbot, store, demo[0])
    dialog.choose("ics")
    dialog.ics_each.setChecked(True)
    result = export(dialog, "ics")

    folders = list(seams.out.iterdir())
    assert len(folders) == 1 and folders[0].is_dir() and folders[0].name.endswith("follow-up")
    assert sorted(result.files) == sorted(folders[0].iterdir()) and len(result.files) == PEOPLE
    dialog.open_button.click()
    assert seams.opened == [folders[0]]


def test_cancel_mid_way_leaves_no_file(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], seams: Seams
) -> None:
    dialog = open_dialog(qtbot, store, demo[0])

    def cancel_at_first_page(done: int) -> None:
        if done == 1:
            assert dialog.cancel_button.isEnabled()
            dialog.cancel_button.click()

    dialog.progress.valueChanged.connect(cancel_at_first_page)
    result = export(dialog, "guides-pdf")

    assert result.cancelled and result.files == []
    assert list(seams.out.iterdir()) == []  # neither the PDF nor its .part
    assert dialog.summary.text() == tr("Cancelled: no file was written.")
    assert dialog.open_button.isHidden()


def test_closing_mid_export_cancels_it(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], seams: Seams
) -> None:
    dialog = open_dialog(qtbot, store, demo[0])
    ended: list[object] = []
    dialog.export_done.connect(ended.append)

    def close_at_first_page(done: int) -> None:
        if done == 1:
            dialog.reject()

    dialog.progress.valueChanged.connect(close_at_first_page)
    dialog.export_button.click()

    assert len(ended) == 1 and isinstance(ended[0], ExportResult) and ended[0].cancelled
    assert list(seams.out.iterdir()) == []


def test_a_folder_that_is_gone_is_an_error_in_the_dialog(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], seams: Seams
) -> None:
    blocker = seams.out / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    seams.answer = blocker / "summary.pdf"
    dialog = open_dialog(qtbot, store, demo[0])
    ended: list[object] = []
    dialog.export_done.connect(ended.append)
    dialog.export_button.click()

    assert dialog.export_result is None and not dialog.running
    assert len(ended) == 1 and isinstance(ended[0], Exception)
    assert shown(dialog.status) and "#8e1c1c" in dialog.status.styleSheet()  # red
    assert "summary.pdf" in dialog.status.text() and "\n" in dialog.status.text()  # + advice
    assert dialog.summary.isHidden() and dialog.export_button.isEnabled()
    assert list(seams.out.iterdir()) == [blocker]


def test_no_target_chosen_changes_nothing(
    qtbot: QtBot,
    store: Store,
    demo: tuple[uuid.UUID, list[uuid.UUID]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ExportDialog, "ask_save_path", classmethod(lambda cls, p, k, s: None))
    dialog = open_dialog(qtbot, store, demo[0])
    dialog.export_button.click()
    assert dialog.request is None and dialog.export_result is None and dialog.status.isHidden()


def test_every_kind_has_a_name_and_a_line(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]]
) -> None:
    dialog = open_dialog(qtbot, store, demo[0])
    assert list(dialog.kind_buttons) == list(KINDS)
    assert all(dialog.kind_buttons[k].text() and dialog.kind_notes[k].text() for k in KINDS)


def test_the_export_runs_in_a_worker_thread(
    qtbot: QtBot, store: Store, demo: tuple[uuid.UUID, list[uuid.UUID]], seams: Seams
) -> None:
    dialog = open_dialog(qtbot, store, demo[0], synchronous=False)
    with qtbot.waitSignal(dialog.export_done, timeout=60_000) as done:
        dialog.export_button.click()
        assert dialog.running and dialog.cancel_button.isEnabled()
        assert not dialog.close_button.isEnabled() and not dialog.kind_box.isEnabled()
    assert isinstance(done.args[0], ExportResult)
    assert dialog.export_result is not None and dialog.export_result.files[0].exists()
    assert dialog.close_button.isEnabled() and not dialog.cancel_button.isEnabled()

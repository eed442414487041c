"""The Import-archive dialog: a dry run that changes nothing, the merge, refusals, repeats.

The archive comes from a second store (another laptop) in ``tmp_path / "other"``. The worker
runs synchronously except in one test. Texts are compared with ``QCoreApplication.translate``
of the English sources.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app.archive import write_archive
from app.archive_report import Conflict, Winner
from app.backups import make_backup
from app.demo import create_demo
from app.erasure import erase_participant
from app.participants import update_participant
from app.paths import DataDir
from app.store import Store
from app.template_model import WorkshopTemplate
from app.workshops import get_workshop, list_workshops
from ui.i18n import user_error_text
from ui.import_dialog import ImportDialog
from ui.import_tables import TABLE_TEXTS, conflict_reason, conflict_what

PEOPLE = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    """The facilitator's laptop the archive comes from."""
    with Store.open(DataDir(tmp_path / "other")) as opened:
        yield opened


@pytest.fixture
def source(other: Store, template_90: WorkshopTemplate) -> uuid.UUID:
    return create_demo(other, template_90, participants=PEOPLE).id


@pytest.fixture
def chosen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The file the replaced open dialog answers (the last one put in the list)."""
    answers: list[Path] = []

    def ask(cls: type, parent: QWidget | None) -> Path | None:
        return answers[-1] if answers else None

    monkeypatch.setattr(ImportDialog, "ask_open_path", classmethod(ask))
    return answers


def archive_of(store: Store, workshop_id: uuid.UUID, path: Path) -> Path:
    return write_archive(store, workshop_id, path)


def open_dialog(qtbot: QtBot, store: Store, *, synchronous: bool = True) -> ImportDialog:
    dialog = ImportDialog(store, synchronous=synchronous)
    qtbot.addWidget(dialog)
    return dialog


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def counts(dialog: ImportDialog, section: str) -> list[int]:
    row = list(TABLE_TEXTS).index(section)
    return [int(cell(dialog.counts, row, column)) for column in range(4)]


def shown(widget: QWidget) -> bool:
    return not widget.isHidden()


def test_a_dry_run_shows_what_would_change_and_changes_nothing(
    qtbot: QtBot,
    store: Store,
    other: Store,
    source: uuid.UUID,
    chosen: list[Path],
    tmp_path: Path,
) -> None:
    chosen.append(archive_of(other, source, tmp_path / "a.json"))
    dialog = open_dialog(qtbot, store)
    assert not dialog.import_button.isEnabled() and dialog.workshop_box.isHidden()
    dialog.choose_button.click()

    workshop = get_workshop(other, source).workshop
    assert dialog.preview is not None and dialog.preview.dry_run
    assert dialog.title_value.text() == workshop.title
    assert dialog.date_value.text() == str(workshop.date)
    assert dialog.facilitator_value.text() == workshop.facilitator
    assert dialog.exported_value.text()[:2] == "20"
    assert counts(dialog, "workshop") == [1, 0, 0, 0]
    assert counts(dialog, "participants") == [PEOPLE, 0, 0, 0]
    assert counts(dialog, "worksheets") == [PEOPLE, 0, 0, 0]
    assert dialog.outcome.text() == tr("Nothing has been changed yet. Import to merge it.")
    assert dialog.conflicts.isHidden() and dialog.status.isHidden()
    assert dialog.import_button.isEnabled()
    assert list_workshops(store) == []  # nothing was written


def test_import_merges_and_tells_the_main_window(
    qtbot: QtBot,
    store: Store,
    other: Store,
    source: uuid.UUID,
    chosen: list[Path],
    tmp_path: Path,
) -> None:
    chosen.append(archive_of(other, source, tmp_path / "a.json"))
    dialog = open_dialog(qtbot, store)
    dialog.choose_button.click()
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()

    assert signal.args == [source]
    assert [summary.id for summary in list_workshops(store)] == [source]
    assert len(get_workshop(store, source).participants) == PEOPLE
    assert dialog.report is not None and not dialog.report.dry_run
    assert counts(dialog, "participants") == [PEOPLE, 0, 0, 0]
    title = get_workshop(other, source).workshop.title
    expected = tr("Imported: “%1” is now in the list of workshops.").replace("%1", title)
    assert dialog.outcome.text() == expected
    assert not dialog.import_button.isEnabled()  # done; a second click would add nothing


def test_a_second_import_says_nothing_is_new(
    qtbot: QtBot,
    store: Store,
    other: Store,
    source: uuid.UUID,
    chosen: list[Path],
    tmp_path: Path,
) -> None:
    chosen.append(archive_of(other, source, tmp_path / "a.json"))
    first = open_dialog(qtbot, store)
    first.choose_button.click()
    first.import_button.click()

    again = open_dialog(qtbot, store)
    again.choose_button.click()
    assert again.outcome.text() == tr("Everything in this archive is already here.")
    assert counts(again, "participants") == [0, 0, PEOPLE, 0]
    assert not again.import_button.isEnabled()


def test_a_newer_copy_in_the_archive_is_listed_as_a_conflict(
    qtbot: QtBot,
    store: Store,
    other: Store,
    source: uuid.UUID,
    chosen: list[Path],
    tmp_path: Path,
) -> None:
    chosen.append(archive_of(other, source, tmp_path / "a.json"))
    dialog = open_dialog(qtbot, store)
    dialog.choose_button.click()
    dialog.import_button.click()
    person = get_workshop(other, source).participants[0]
    update_participant(other, person.id, name="髙橋 﨑子")
    chosen.append(archive_of(other, source, tmp_path / "b.json"))

    dialog.choose_button.click()
    assert counts(dialog, "participants") == [0, 1, PEOPLE - 1, 0]
    assert dialog.conflicts.rowCount() == 1 and shown(dialog.conflicts)
    what, copy, why = (cell(dialog.conflicts, 0, column) for column in range(3))
    assert what == f"{tr('Participants')}: 髙橋 﨑子"
    assert copy == tr("The archive's copy") and why == tr("The archive's copy is newer.")
    assert get_workshop(store, source).participants[0].name == person.name  # not yet
    dialog.import_button.click()
    assert get_workshop(store, source).participants[0].name == "髙橋 﨑子"


def test_a_malformed_file_is_refused_with_its_reason(
    qtbot: QtBot, store: Store, chosen: list[Path], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "ippo-archive", "version": 1, "work', encoding="utf-8")
    chosen.append(broken)
    dialog = open_dialog(qtbot, store)
    dialog.choose_button.click()

    assert dialog.error is not None and dialog.error.advice
    assert dialog.status.text() == "\n".join(user_error_text(dialog.error))  # in Japanese
    assert dialog.status.text().startswith("このファイルは正しい JSON ではありません")
    assert shown(dialog.status) and "#8e1c1c" in dialog.status.styleSheet()
    assert dialog.workshop_box.isHidden() and dialog.counts.isHidden()
    assert dialog.outcome.isHidden() and not dialog.import_button.isEnabled()
    assert list_workshops(store) == []


def test_no_file_chosen_does_nothing(qtbot: QtBot, store: Store, chosen: list[Path]) -> None:
    dialog = open_dialog(qtbot, store)
    dialog.choose_button.click()
    assert dialog.path is None and dialog.status.isHidden()
    assert dialog.file_label.text() == tr("No file chosen yet.")


def test_reading_and_importing_run_in_a_worker_thread(
    qtbot: QtBot,
    store: Store,
    other: Store,
    source: uuid.UUID,
    chosen: list[Path],
    tmp_path: Path,
) -> None:
    chosen.append(archive_of(other, source, tmp_path / "a.json"))
    dialog = open_dialog(qtbot, store, synchronous=False)
    dialog.choose_button.click()
    assert dialog.running and not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert [summary.id for summary in list_workshops(store)] == [source]


T1 = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
T2 = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("table", "local", "archive", "winner", "fields", "reason"),
    [
        ("participants", T1, T2, "archive", ("name",), "The archive's copy is newer."),
        ("participants", T2, T1, "local", ("name",), "The copy here is newer."),
        ("worksheets", T1, T1, "local", ("values",),
         "Both were changed at the same moment: the copy here is kept."),
        ("workshop", T2, T1, "local", (),
         "This workshop's personal data was erased here: the archive's details, people and "
         "worksheets are left out."),
        ("run_events", T2, T1, "local", ("seq",),
         "Two different runs of this workshop: the run log here is kept whole."),
        ("group_rounds", T1, T2, "local", ("groups",),
         "Different group rounds with the same numbers: the rounds here are kept."),
    ],
)  # fmt: skip
def test_why_a_copy_is_kept_comes_from_the_conflict_not_its_english(
    table: str,
    local: datetime,
    archive: datetime,
    winner: Winner,
    fields: tuple[str, ...],
    reason: str,
) -> None:
    conflict = Conflict(table, uuid.uuid4(), "x", local, archive, winner, "core words", fields)
    assert conflict_reason(conflict) == tr(reason)


def test_a_case_the_dialog_does_not_know_shows_the_cores_reason() -> None:
    conflict = Conflict("stages", uuid.uuid4(), "x", T1, T2, "local", "a new rule", ("title",))
    assert conflict_reason(conflict) == "a new rule"


def test_the_rows_are_named_in_the_facilitators_words() -> None:
    def what(table: str, label: str) -> str:
        return conflict_what(Conflict(table, uuid.uuid4(), label, T1, T2, "archive", ""))

    assert what("worksheets", "worksheet of 髙橋 﨑子") == f"{tr('Worksheets')}: 髙橋 﨑子"
    assert what("group_rounds", "group round 2") == f"{tr('Group rounds')}: " + tr(
        "Round %1"
    ).replace("%1", "2")
    assert what("workshop", "研修") == "研修"


def test_an_erasure_from_the_archive_says_which_backups_were_rewritten(
    qtbot: QtBot,
    store: Store,
    other: Store,
    source: uuid.UUID,
    chosen: list[Path],
    tmp_path: Path,
) -> None:
    first = open_dialog(qtbot, store)
    chosen.append(archive_of(other, source, tmp_path / "a.json"))
    first.choose_button.click()
    first.import_button.click()
    backup = make_backup(store, "manual")  # this laptop's backup holds everyone
    gone = get_workshop(other, source).participants[0]
    erase_participant(other, gone.id)  # erased on the facilitator's laptop
    chosen.append(archive_of(other, source, tmp_path / "b.json"))

    dialog = open_dialog(qtbot, store)
    dialog.choose_button.click()
    dialog.import_button.click()

    assert dialog.report is not None and dialog.report.backups_rewritten == [backup]
    lines = dialog.outcome.text().splitlines()
    assert tr("They were also removed from %1 backups.").replace("%1", "1") in lines
    assert gone.name.encode() not in backup.read_bytes()
    assert [p.id for p in get_workshop(store, source).participants if p.id == gone.id] == []

"""Sheets in bulk: from the store, to one combined PDF or a file per person; progress and
cancel; file names every system accepts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest

from app.demo import create_demo
from app.errors import UserError
from app.participants import set_checked_in, update_participant
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import save_fields
from app.workshops import get_workshop
from reports.one_sheet import SheetContent, SheetPerson
from reports.sheets import (
    contents_for,
    safe_file_name,
    sheet_label,
    write_combined,
    write_separate,
)

DAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j"),
        ("tab\there\x00\x1f\x7f", "tab_here___"),
        ("髙橋 一郎", "髙橋 一郎"),
        ("𠮷田 太郎", "𠮷田 太郎"),
        ("① 﨑山", "① 﨑山"),  # never normalised
        ("name. . ", "name"),
        ("  padded  ", "padded"),
        ("CON", "_CON"),
        ("con.pdf", "_con.pdf"),
        ("Nul", "_Nul"),
        ("LPT1", "_LPT1"),
        ("COM9.txt", "_COM9.txt"),
        ("COM10", "COM10"),
        ("CONSOLE", "CONSOLE"),
        ("", "_"),
        ("...", "_"),
        ("///", "___"),
    ],
)
def test_safe_file_name(text: str, expected: str) -> None:
    assert safe_file_name(text) == expected


def test_safe_file_name_is_short_enough_everywhere() -> None:
    name = safe_file_name("キャリアオーナーシップ研修" * 20)
    assert len(name) <= 120
    assert len(name.encode("utf-8")) <= 240
    assert name.startswith("キャリア")
    assert len(safe_file_name("a" * 500)) == 120
    assert not safe_file_name("a" * 119 + " .x").endswith((" ", "."))


@pytest.fixture
def workshop(store: Store, template_90: WorkshopTemplate) -> dt.date:
    return create_demo(store, template_90, participants=6, today=DAY).id


def test_contents_come_from_the_store_in_the_workshop_order(store: Store, workshop) -> None:
    detail = get_workshop(store, workshop)
    contents = contents_for(store, workshop)
    assert [c.person.id for c in contents if c.person] == [p.id for p in detail.participants]
    assert all(c.worksheet is not None and c.worksheet.step_what for c in contents)
    assert {c.workshop for c in contents} == {detail.workshop.title}
    assert all(c.date == detail.workshop.date for c in contents)


def test_blank_and_chosen_and_checked_in_and_nameless(store: Store, workshop) -> None:
    people = get_workshop(store, workshop).participants
    assert all(c.worksheet is None for c in contents_for(store, workshop, blank=True))
    chosen = contents_for(store, workshop, participant_ids=[people[3].id, people[1].id])
    assert [c.person.id for c in chosen if c.person] == [people[1].id, people[3].id]
    set_checked_in(store, people[2].id, True)
    present = contents_for(store, workshop, checked_in_only=True)
    assert [c.person.id for c in present if c.person] == [people[2].id]
    walk_in = contents_for(store, workshop, participant_ids=[], nameless_blank=True)
    assert len(walk_in) == 1 and walk_in[0].person is None and walk_in[0].worksheet is None


def test_the_print_name_and_a_missing_worksheet(store: Store, workshop) -> None:
    people = get_workshop(store, workshop).participants
    update_participant(store, people[0].id, print_name="吉田 花子")
    first = contents_for(store, workshop)[0]
    assert first.display_name == "吉田 花子"
    assert first.person is not None and first.person.name == people[0].name


def test_a_combined_pdf_has_a_page_per_sheet(store: Store, workshop, tmp_path: Path) -> None:
    contents = contents_for(store, workshop, nameless_blank=True)
    calls: list[tuple[int, int]] = []
    path = tmp_path / "sheets.pdf"
    report = write_combined(path, contents, progress=lambda d, t: calls.append((d, t)) or True)
    assert report.files == (path,) and report.sheets == 7 and not report.cancelled
    assert len(pypdf.PdfReader(path).pages) == 7
    assert calls == [(i, 7) for i in range(8)]
    assert not list(tmp_path.glob("*.part"))


def test_cancelling_removes_the_partial_file(store: Store, workshop, tmp_path: Path) -> None:
    contents = contents_for(store, workshop)
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "sheets.pdf"
    report = write_combined(path, contents, progress=lambda done, total: done < 2)
    assert report.cancelled and report.files == () and report.sheets == 2
    assert not path.exists() and not list(folder.iterdir())


def test_cancelling_keeps_an_earlier_file(store: Store, workshop, tmp_path: Path) -> None:
    path = tmp_path / "sheets.pdf"
    path.write_bytes(b"%PDF earlier")
    write_combined(path, contents_for(store, workshop), progress=lambda done, total: done < 1)
    assert path.read_bytes() == b"%PDF earlier"


def test_cuts_and_missing_characters_are_collected(store: Store, workshop, tmp_path: Path) -> None:
    people = get_workshop(store, workshop).participants
    update_participant(store, people[0].id, name="𠮷田 太郎")
    save_fields(store, people[1].id, target_state="長い文章です。" * 1500)
    report = write_combined(tmp_path / "s.pdf", contents_for(store, workshop))
    assert [(m.participant, m.field, m.codepoint) for m in report.missing] == [
        ("𠮷田 太郎", "name", "U+20BB7")
    ]
    assert report.cut == ((people[1].name, ("target_state",)),)


def test_separate_files_are_named_by_date_workshop_and_name(tmp_path: Path) -> None:
    def sheet(name: str | None) -> SheetContent:
        person = SheetPerson(None, name, "", "営業部") if name else None
        return SheetContent("研修: 春/夏", DAY, person, None)

    contents = [sheet("佐藤 陽菜"), sheet("佐藤 陽菜"), sheet(None), sheet("CON")]
    report = write_separate(tmp_path / "out", contents)
    assert [p.name for p in report.files] == [
        "2026-12-03_研修_ 春_夏_佐藤 陽菜.pdf",
        "2026-12-03_研修_ 春_夏_佐藤 陽菜 (2).pdf",
        "2026-12-03_研修_ 春_夏_記入用.pdf",
        "2026-12-03_研修_ 春_夏_CON.pdf",
    ]
    for path in report.files:
        assert len(pypdf.PdfReader(path).pages) == 1
    assert sheet_label(sheet(None)) == "記入用"
    undated = write_separate(tmp_path / "u", [SheetContent("研修", None, None, None, "en")])
    assert [p.name for p in undated.files] == ["研修_blank.pdf"]


def test_separate_files_can_be_cancelled(tmp_path: Path) -> None:
    contents = [
        SheetContent("研修", DAY, SheetPerson(None, f"人 {i}", "", ""), None) for i in range(5)
    ]
    folder = tmp_path / "out"
    report = write_separate(folder, contents, progress=lambda done, total: done < 2)
    assert report.cancelled and len(report.files) == 2 and report.sheets == 2
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in report.files)


def test_nothing_to_print_and_unwritable_places_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        write_combined(tmp_path / "x.pdf", [])
    blocker = tmp_path / "file"
    blocker.write_text("")
    sheet = SheetContent("研修", DAY, None, None)
    with pytest.raises(UserError):
        write_combined(blocker / "x.pdf", [sheet])
    with pytest.raises(UserError):
        write_separate(blocker / "folder", [sheet])

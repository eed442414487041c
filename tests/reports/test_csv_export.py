"""The CSV export: read back as Excel would get it (utf-8-sig, CRLF, quoted line breaks),
names exactly as stored, formulas neutralised, cp932 with 〓 reported, anonymised without
a trace of a name."""

from __future__ import annotations

import csv
import datetime as dt
import os
import uuid
from pathlib import Path

import pytest

from app.demo import create_demo
from app.errors import UserError
from app.participants import PersonDraft, add_participants, update_participant
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import save_fields
from app.workshop_record import load_record
from app.workshops import get_workshop, update_workshop
from reports.csv_export import GETA, WORDS, csv_rows, neutralise, write_csv

TODAY = dt.date(2026, 11, 26)
NAMES = ("髙橋 一郎", "𠮷田 太郎", "山﨑 ①", "佐藤 スマイル😀")
FORMULA = '=HYPERLINK("http://example.invalid","click")'
TWO_LINES = "一行目：仲間を増やす\n二行目：月に1回は社外の勉強会へ"


def _workshop(store: Store, template: WorkshopTemplate) -> uuid.UUID:
    """Six demo people (four with awkward names), one without a sheet, one with 7 experiences."""
    workshop = create_demo(store, template, participants=6, today=TODAY)
    people = get_workshop(store, workshop.id).participants
    for person, name in zip(people, NAMES, strict=False):
        update_participant(store, person.id, name=name, attended=True)
    save_fields(
        store,
        people[0].id,
        step_what=FORMULA,
        identity="-2から+2まで、どれも大事",
        strengths=["+α の提案", "@メンション"],
        target_state=TWO_LINES,
        step_supporter="𠮷田さん〜上司",  # another participant's name, and a WAVE DASH
        horizon="1y",
        tentative=False,
        experiences=[
            {"when": f"{2010 + n}年", "what": f"経験{n}", "energy": n % 5 - 2} for n in range(7)
        ],
    )
    add_participants(store, workshop.id, [PersonDraft(name="中村 新人")])  # no worksheet
    return workshop.id


def _read(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    with open(path, encoding=encoding, newline="") as stream:
        return list(csv.reader(stream))


def test_reads_back_as_utf8_sig_with_names_exactly_as_stored(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = _workshop(store, template_90)
    record = load_record(store, wid)
    report = write_csv(tmp_path / "out.csv", record)

    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _read(report.path)
    header, body = rows[0], rows[1:]
    assert header[:6] == ["氏名", "ふりがな", "部署", "社員番号", "メール", "出席"]
    assert header[-1] == "参加者ID"
    assert report.rows == len(body) == 7
    assert report.unencodable == []
    assert [row[0] for row in body][:4] == list(NAMES)
    assert {len(row) for row in body} == {len(header)}
    by_id = {row[-1]: row for row in body}
    for person in record.people:
        assert by_id[str(person.id)][0] == person.label
        assert by_id[str(person.id)][4] == person.email
    assert not (tmp_path / "out.csv.part").exists()


def test_crlf_line_ends_and_a_line_break_stays_inside_its_quoted_cell(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = _workshop(store, template_90)
    write_csv(tmp_path / "out.csv", load_record(store, wid))
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.endswith(b"\r\n")
    assert raw.count(b"\r\n") == 1 + 7  # header and one line per person
    inner = raw.replace(b"\r\n", b"")
    assert inner.count(b"\n") == 1  # the one inside 目指す状態
    assert b'"' + TWO_LINES.encode() + b'"' in raw
    rows = _read(tmp_path / "out.csv")
    assert rows[1][rows[0].index("目指す状態")] == TWO_LINES


def test_every_field_flattened_in_columns_excel_reads(
    store: Store, template_90: WorkshopTemplate
) -> None:
    wid = _workshop(store, template_90)
    record = load_record(store, wid)
    header, rows = csv_rows(record)
    cell = dict(zip(header, rows[0], strict=True))
    sheet = record.people[0].sheet
    assert sheet is not None

    # seven experiences → seven column groups of six, for everyone
    assert [h for h in header if h.startswith("経験7")] == [
        "経験7 時期",
        "経験7 内容",
        "経験7 役割",
        "経験7 エネルギー",
        "経験7 理由",
        "経験7 学び",
    ]
    assert not any(h.startswith("経験8") for h in header)
    assert cell["経験1 エネルギー"] == -2 and cell["経験5 エネルギー"] == 2  # numbers
    assert cell["経験1 時期"] == "2010年"
    others = dict(zip(header, rows[1], strict=True))
    assert others["経験7 時期"] == "" and others["経験7 エネルギー"] == ""

    assert cell["出席"] == "はい"
    assert cell["強み"] == "'+α の提案、@メンション"  # one cell, joined with 、
    assert cell["価値観"] == "、".join(sheet.values)
    assert cell["学びテーマ"] == "、".join(sheet.themes)
    assert cell["目指す時期"] == "1年後"
    assert cell["仮／確定"] == "確定"
    assert others["仮／確定"] == "仮"
    assert cell["いつまでに"] == sheet.step_by.isoformat()  # type: ignore[union-attr]
    assert cell["ふりかえりの1on1"] == sheet.checkin_date.isoformat()  # type: ignore[union-attr]
    assert dt.date.fromisoformat(str(cell["いつまでに"])) == sheet.step_by

    newcomer = dict(zip(header, rows[-1], strict=True))
    assert newcomer["氏名"] == "中村 新人"
    assert newcomer["出席"] == "いいえ"
    sheet_columns = header[header.index("経験1 時期") : header.index("参加者ID")]
    assert all(newcomer[h] == "" for h in sheet_columns)


def test_formula_cells_are_neutralised_numbers_are_not(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = _workshop(store, template_90)
    write_csv(tmp_path / "out.csv", load_record(store, wid))
    rows = _read(tmp_path / "out.csv")
    cell = dict(zip(rows[0], rows[1], strict=True))
    assert cell["やってみること"] == "'" + FORMULA
    assert cell["私は…"] == "'-2から+2まで、どれも大事"
    assert cell["強み"] == "'+α の提案、@メンション"
    assert cell["経験1 エネルギー"] == "-2"  # a number, written as a number
    raw = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert ",-2," in raw
    for text, expected in [
        ("=1+1", "'=1+1"),
        ("+81", "'+81"),
        ("-", "'-"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a=b", "a=b"),
        ("", ""),
        ("＝全角", "＝全角"),
    ]:
        assert neutralise(text) == expected


def test_cp932_writes_what_it_cannot_hold_as_geta_and_reports_it(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = _workshop(store, template_90)
    report = write_csv(tmp_path / "sjis.csv", load_record(store, wid), encoding="cp932")

    raw = (tmp_path / "sjis.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"?" not in raw  # nothing silently became "?"
    rows = _read(report.path, encoding="cp932")
    names = [row[0] for row in rows[1:5]]
    assert names == ["髙橋 一郎", f"{GETA}田 太郎", "山﨑 ①", f"佐藤 スマイル{GETA}"]
    found = {(u.person, u.column, u.char, u.code) for u in report.unencodable}
    assert ("𠮷田 太郎", "氏名", "𠮷", "U+20BB7") in found
    assert ("佐藤 スマイル😀", "氏名", "😀", "U+1F600") in found
    # the supporter text names 𠮷田 too; 〜 (WAVE DASH) is written as cp932's ～, as Excel does
    assert ("髙橋 一郎", "応援してくれる人", "𠮷", "U+20BB7") in found
    supporter = rows[1][rows[0].index("応援してくれる人")]
    assert supporter == f"{GETA}田さん～上司"
    assert len(found) == len(report.unencodable) == 3


def test_cp932_handles_every_header_and_the_ibm_extensions() -> None:
    for language in ("ja", "en"):
        for word in WORDS[language].values():
            word.encode("cp932")  # raises if a header could not be written
    for char in ("髙", "﨑", "①", "㈱", GETA):
        assert char.encode("cp932").decode("cp932") == char
    for char in ("𠮷", "😀"):
        with pytest.raises(UnicodeEncodeError):
            char.encode("cp932")


def test_anonymised_csv_holds_no_name_and_no_personal_columns(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = _workshop(store, template_90)
    everyone = get_workshop(store, wid).participants
    record = load_record(store, wid, anonymize=True)
    report = write_csv(tmp_path / "anon.csv", record)
    text = (tmp_path / "anon.csv").read_text(encoding="utf-8-sig")
    rows = _read(report.path)
    header = rows[0]

    assert header[:3] == ["参加者", "部署", "出席"]
    for gone in ("氏名", "ふりがな", "社員番号", "メール", "参加者ID"):
        assert gone not in header
    experience_columns = [h for h in header if h.startswith("経験")]
    assert experience_columns == [f"経験{n} エネルギー" for n in range(1, 8)]
    assert [row[0] for row in rows[1:]] == [p.label for p in record.people]
    assert all(row[0].startswith("P") for row in rows[1:])

    checked = 0
    for person in everyone:
        pieces = {person.name, person.name.replace(" ", "")}
        pieces |= {part for part in person.name.split() if len(part) >= 2}
        for piece in pieces:
            assert piece not in text, piece
            checked += 1
        for personal in (person.email, person.employee_code, str(person.id)):
            if personal:
                assert personal not in text
    assert checked >= 2 * len(everyone)
    # rows follow the labels, not the roster; the supporter named another participant
    supporters = [row[header.index("応援してくれる人")] for row in rows[1:]]
    assert (
        [s for s in supporters if s.endswith("さん〜上司")]
        == [s for s in supporters if s.startswith("P") and s.endswith("さん〜上司")]
        != []
    )


def test_english_headers_and_words(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = _workshop(store, template_90)
    update_workshop(store, wid, language="en")
    report = write_csv(tmp_path / "en.csv", load_record(store, wid))
    rows = _read(report.path)
    header = rows[0]
    assert header[:6] == ["Name", "Reading", "Department", "Employee code", "E-mail", "Attended"]
    assert "Experience 1 energy" in header and "Experience 7 learned" in header
    cell = dict(zip(header, rows[1], strict=True))
    assert cell["Attended"] == "yes"
    assert cell["Horizon"] == "1 year"
    assert cell["Tentative or final"] == "final"
    assert cell["Strengths"] == "'+α の提案; @メンション"
    assert dict(zip(header, rows[-1], strict=True))["Attended"] == "no"


def test_a_write_error_is_a_user_error_and_leaves_no_part_file(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wid = _workshop(store, template_90)
    record = load_record(store, wid)
    with pytest.raises(UserError) as missing:
        write_csv(tmp_path / "no such folder" / "out.csv", record)
    assert "writable" in missing.value.advice

    target = tmp_path / "out.csv"
    target.write_bytes(b"older export")

    def disk_full(source: object, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(UserError) as full:
        write_csv(target, record)
    assert "No space left" in full.value.message
    assert target.read_bytes() == b"older export"
    assert list(tmp_path.glob("*.part")) == []


def test_an_empty_workshop_gives_a_header_only(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    workshop = create_demo(store, template_90, participants=0, today=TODAY)
    report = write_csv(tmp_path / "empty.csv", load_record(store, workshop.id))
    assert report.rows == 0
    rows = _read(report.path)
    assert len(rows) == 1 and rows[0][0] == "氏名"
    assert not any(h.startswith("経験") for h in rows[0])
    assert report.path.read_bytes()[:3] == b"\xef\xbb\xbf"

"""Parsing rosters as Japanese Excel and HR systems export them: encodings, headers, problems."""

from __future__ import annotations

import csv
import io
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.errors import UserError
from app.names import clean_name
from app.roster import parse_roster, read_roster
from app.roster_check import code_key
from app.roster_decode import decode_roster
from app.roster_model import RosterPreview

ROSTERS = Path(__file__).resolve().parents[1] / "data" / "rosters"


def fixture(name: str) -> bytes:
    return (ROSTERS / name).read_bytes()


def names(preview: RosterPreview) -> list[str]:
    return [row.name for row in preview.rows]


def problems(preview: RosterPreview) -> list[tuple[int, str, str]]:
    return [(p.line, p.severity, p.field) for p in preview.problems]


# -- fixtures match their generator ------------------------------------------------------------


def test_fixture_files_are_what_the_generator_writes() -> None:
    from tests.data.rosters.make_rosters import FILES

    for name, data in FILES.items():
        assert fixture(name) == data, f"run tests/data/rosters/make_rosters.py ({name})"


# -- encodings ---------------------------------------------------------------------------------


def test_japanese_excel_csv_is_read_as_cp932_keeping_every_character() -> None:
    data = fixture("excel_cp932.csv")
    with pytest.raises(UnicodeDecodeError):
        data.decode("shift_jis")  # the trap: shift_jis cannot read ① ㈱ 髙 﨑 ～
    preview = parse_roster(data, source="excel_cp932.csv")
    assert preview.encoding == "cp932"
    assert "not valid UTF-8" in preview.encoding_reason
    assert names(preview) == ["髙橋　一郎", "﨑山 花子", "① 山田"]
    first, second, third = preview.rows
    assert first.reading == "タカハシ イチロウ"  # half-width katakana widened
    assert first.department == "営業部,東日本"
    assert first.employee_code == "00123"
    assert second.department == "㈱イッポ出向"
    assert third.department == "人事部～研修課"
    assert preview.problems == ()
    assert preview.delimiter == ","
    assert (preview.total_lines, preview.records) == (5, 3)  # the ",,,," row is blank


def test_excel_unicode_text_is_utf16_le_with_tabs() -> None:
    preview = parse_roster(fixture("excel_unicode.txt"))
    assert preview.encoding == "utf-16"
    assert "little-endian byte order mark" in preview.encoding_reason
    assert preview.delimiter == "\t"
    assert names(preview) == ["髙橋 一郎", "﨑山 花子"]
    assert preview.rows[0].department == "営業部\n東日本"
    assert [r.line for r in preview.rows] == [2, 4]  # the first record spans lines 2-3
    assert [r.employee_code for r in preview.rows] == ["E001", "E002"]


def test_utf8_with_bom_drops_the_bom_and_keeps_what_cp932_cannot_hold() -> None:
    preview = parse_roster(fixture("utf8_bom.csv"))
    assert preview.encoding == "utf-8-sig"
    assert preview.headers[0] == "Employee ID"  # no BOM glued to the first header
    assert names(preview) == ["𠮷田 太郎", "佐藤 😀"]
    assert preview.mapped_fields == {"name", "reading", "department", "employee_code", "email"}


def test_utf8_without_bom() -> None:
    preview = parse_roster("氏名\n𠮷田\n".encode())
    assert (preview.encoding, names(preview)) == ("utf-8", ["𠮷田"])
    assert preview.encoding_reason == "valid UTF-8, no byte order mark"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("氏名\t部署\r\n一ノ瀬\t営業\r\n".encode("utf-16-le"), "utf-16-le"),
        ("氏名\t部署\r\n一ノ瀬\t営業\r\n".encode("utf-16-be"), "utf-16-be"),
        (b"\xfe\xff" + "氏名,部署\n一ノ瀬,営業\n".encode("utf-16-be"), "utf-16"),
    ],
)
def test_utf16_is_found_with_or_without_a_bom(data: bytes, encoding: str) -> None:
    preview = parse_roster(data)
    assert preview.encoding == encoding
    assert names(preview) == ["一ノ瀬"]  # 一 is U+4E00: a NUL byte that is not ASCII's
    assert preview.rows[0].department == "営業"


def test_an_encoding_can_be_forced() -> None:
    forced = parse_roster("name\n山田\n".encode(), encoding="cp932")
    assert forced.encoding == "cp932"
    assert forced.encoding_reason == "chosen by you"
    assert names(forced) == ["螻ア逕ー"]  # mojibake (widened): seen in the preview, and fixed
    data = "氏名\n髙橋\n".encode()
    assert parse_roster("氏名\n髙橋\n".encode("cp932"), encoding="Shift_JIS").encoding == "cp932"
    assert names(parse_roster(b"\xef\xbb\xbf" + data, encoding="utf-8")) == ["髙橋"]
    utf16 = "氏名\n髙橋\n".encode("utf-16-le")
    assert names(parse_roster(utf16, encoding="utf-16")) == ["髙橋"]


def test_a_forced_encoding_that_does_not_fit_is_refused_with_the_line() -> None:
    data = "name\nYamada\n髙橋\n".encode("cp932")
    with pytest.raises(UserError) as caught:
        parse_roster(data, encoding="utf-8", source="名簿.csv")
    assert "名簿.csv" in caught.value.message
    assert "line 3" in caught.value.message
    assert caught.value.advice


def test_a_broken_file_behind_a_bom_is_refused_with_the_line() -> None:
    data = b"\xff\xfe" + "氏名\r\n山田\r\n".encode("utf-16-le") + b"\x00\xdc"  # a lone surrogate
    with pytest.raises(UserError, match=r"cannot be read as utf-16 \(starts with .*line 3"):
        parse_roster(data)


def test_an_unknown_encoding_name_is_refused() -> None:
    with pytest.raises(UserError, match="euc-jp"):
        parse_roster(b"name\nA\n", encoding="euc-jp")


def test_bytes_neither_utf8_nor_cp932_are_refused() -> None:
    with pytest.raises(UserError) as caught:
        parse_roster(b"name\nA\n\x81 B\n", source="x.csv")
    assert "line 3" in caught.value.message
    assert "CSV UTF-8" in caught.value.advice


# -- not a roster ------------------------------------------------------------------------------


def xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


def test_an_excel_workbook_is_refused_with_what_to_do() -> None:
    with pytest.raises(UserError) as caught:
        parse_roster(xlsx_bytes(), source="名簿.xlsx")
    message = caught.value.message
    assert "名簿.xlsx" in message
    assert "this looks like an Excel workbook (.xlsx): save it as CSV (UTF-8) in Excel first" in (
        message
    )


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), r"older Excel workbook \(\.xls\)"),
        (b"PK\x03\x04" + bytes(30), "ZIP archive"),
        (b"%PDF-1.7\n", "PDF"),
        (b"name\nA\x00B\x00\x01", "binary"),
        (bytes(range(1, 9)) * 20, "binary"),
    ],
)
def test_binary_files_are_refused(data: bytes, says: str) -> None:
    with pytest.raises(UserError, match=says):
        parse_roster(data, source="roster.csv")


@pytest.mark.parametrize("data", [b"", b" \r\n\r\n", b"\xef\xbb\xbf", b",,,\r\n,,\r\n"])
def test_an_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(UserError, match=r"roster\.csv (is empty|has no rows)"):
        parse_roster(data, source="roster.csv")


def test_a_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot read"):
        read_roster(tmp_path / "nope.csv")
    path = tmp_path / "名簿.csv"
    path.write_bytes(fixture("excel_cp932.csv"))
    assert read_roster(path).source == "名簿.csv"


# -- headers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        *((h, "name") for h in ("氏名", "名前", "お名前", "Name", "Full name", "FULL NAME")),
        *((h, "reading") for h in ("ふりがな", "フリガナ", "ﾌﾘｶﾞﾅ", "よみ", "よみがな", "カナ")),
        *((h, "reading") for h in ("Kana", "Reading")),
        *((h, "department") for h in ("部署", "所属", "部門", "部署名", "Department", "dept")),
        *((h, "employee_code") for h in ("社員番号", "従業員番号", "社員ID", "ID", "ｉｄ")),
        *((h, "employee_code") for h in ("Employee ID", "employee_code", "Employee Code")),
        *((h, "email") for h in ("メール", "メールアドレス", "Eメール", "E-mail", "Email")),
        *((h, "email") for h in ("Ｅ－ｍａｉｌ", "ｅメール", " EMAIL ")),
    ],
)
def test_headers_are_recognised_in_japanese_and_english(header: str, field: str) -> None:
    other = "氏名" if field != "name" else "メモ"
    preview = parse_roster(f"{other},{header}\nA,B\n".encode())
    assert preview.columns[1] == field
    assert header.strip() in preview.headers


def test_full_width_headers() -> None:
    preview = parse_roster("ＮＡＭＥ，ｘ\n".replace("，", ",").encode() + "山田,1\n".encode())
    assert preview.columns == ("name", None)
    assert preview.unknown_columns == ("ｘ",)
    assert names(preview) == ["山田"]


def test_unknown_columns_are_listed_and_can_be_mapped() -> None:
    data = "Nom,Service,備考\nDupont,Vente,メモ\n".encode()
    preview = parse_roster(data)
    assert preview.needs_mapping
    assert preview.rows == ()
    assert preview.unknown_columns == ("Nom", "Service", "備考")
    mapped = parse_roster(data, mapping={"Nom": "name", "service": "department", "備考": "ignore"})
    assert not mapped.needs_mapping
    assert mapped.columns == ("name", "department", None)
    assert mapped.unknown_columns == ()
    assert (mapped.rows[0].name, mapped.rows[0].department) == ("Dupont", "Vente")


def test_a_mapping_overrides_a_recognised_header() -> None:
    data = "ID,氏名,社員番号\nx1,山田,E1\n".encode()
    assert parse_roster(data).rows[0].employee_code == "x1"
    assert parse_roster(data).problems[0].column == "社員番号"  # a second code column: warned
    preview = parse_roster(data, mapping={"ID": "ignore", "社員番号": "employee_code"})
    assert preview.rows[0].employee_code == "E1"
    assert preview.problems == ()


def test_a_bad_mapping_is_refused() -> None:
    with pytest.raises(UserError, match="birthday"):
        parse_roster(b"name\nA\n", mapping={"name": "birthday"})


def test_title_rows_above_the_header_are_passed_over() -> None:
    data = "2026年度 新任管理職研修 参加者名簿,,\n作成: 人事部,,\n\n氏名,部署,メール\n山田,営業,\n"
    preview = parse_roster(data.encode("cp932"))
    assert preview.header_line == 4
    assert names(preview) == ["山田"]
    assert [(p.line, p.severity) for p in preview.problems] == [(1, "info")]


# -- delimiters, quoting, line ends ------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_the_delimiter_is_found(delimiter: str) -> None:
    rows = [
        ["氏名", "部署", "メール"],
        ["山田, 太郎", "営業;東", "y@example.jp"],
        ["佐藤", "人事", ""],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    preview = parse_roster(buffer.getvalue().encode())
    assert preview.delimiter == delimiter
    assert [(r.name, r.department) for r in preview.rows] == [
        ("山田, 太郎", "営業;東"),
        ("佐藤", "人事"),
    ]


def test_tabs_win_over_commas_inside_values() -> None:
    data = "氏名\t部署\n山田\t営業,東日本,第一課\n佐藤\t人事,研修\n".encode()
    preview = parse_roster(data)
    assert preview.delimiter == "\t"
    assert preview.rows[0].department == "営業,東日本,第一課"


def test_semicolons_win_over_commas_in_names() -> None:
    data = b"Name;Department\nSmith, John;Sales\nDoe, Jane;HR\n"
    preview = parse_roster(data)
    assert preview.delimiter == ";"
    assert names(preview) == ["Smith, John", "Doe, Jane"]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_line_ends_blank_lines_and_quoted_line_breaks(newline: str) -> None:
    lines = [
        "氏名,部署",
        "",
        '"山田 太郎","営業部, 東',
        '日本"',
        "",
        "",
        '"佐藤 ""サト"" 花子",人事',
        "",
    ]
    preview = parse_roster(newline.join(lines).encode())
    assert names(preview) == ["山田 太郎", '佐藤 "サト" 花子']
    assert preview.rows[0].department == f"営業部, 東{newline}日本"
    assert [r.line for r in preview.rows] == [3, 7]
    assert preview.total_lines == 7


# -- names are sacred --------------------------------------------------------------------------


def test_names_are_kept_exactly_only_trimmed_and_katakana_widened() -> None:
    typed = [
        "髙橋",
        "﨑山",
        "① 山田",
        "𠮷田",
        "ｶﾀｶﾅ ﾀﾛｳ",
        "\ufa19田",
        "佐藤 😀",
        "　田中　",
        "ＴＡＮＡＫＡ",
    ]
    data = "氏名,部署\n" + "".join(f"{n},ｴｲｷﾞｮｳ 部\n" for n in typed)
    preview = parse_roster(data.encode())
    kept = ["髙橋", "﨑山", "① 山田", "𠮷田", "カタカナ タロウ", "\ufa19田", "佐藤 😀", "田中"]
    assert names(preview) == [*kept, "ＴＡＮＡＫＡ"]
    assert {r.department for r in preview.rows} == {"エイギョウ 部"}


# -- problems ----------------------------------------------------------------------------------


def test_problems_are_listed_by_line() -> None:
    data = (
        "社員番号,氏名,部署,メール\r\n"  # 1
        "0012,山田,営業,yamada@example.jp\r\n"  # 2
        "\r\n"  # 3 (blank)
        "13,,人事,nobody@example.jp\r\n"  # 4: no name
        "12,佐藤,営業,sato@example.jp\r\n"  # 5: code 12 = 0012 (Excel drops zeros)
        "14,鈴木,営業,YAMADA@example.jp\r\n"  # 6: the same e-mail as line 2
        "15,高木,営業,takagi@example.jp,extra\r\n"  # 7: more values than headers
        "16,田中\r\n"  # 8: fewer values (info)
        "17,中村,営業,nakamura(at)example.jp\r\n"  # 9: not an e-mail (warning)
        "1.23E+11,小林,営業,\r\n"  # 10: a code Excel turned into a number (warning)
        "18,木村,営業,,,\r\n"  # 11: empty trailing values are fine
    )
    preview = parse_roster(data.encode("cp932"))
    assert problems(preview) == [
        (4, "error", "name"),
        (5, "error", "employee_code"),
        (6, "error", "email"),
        (7, "error", ""),
        (8, "info", ""),
        (9, "warning", "email"),
        (10, "warning", "employee_code"),
    ]
    assert preview.error_lines == (4, 5, 6, 7)
    assert [r.line for r in preview.rows] == [2, 8, 9, 10, 11]
    duplicate = preview.problems[1]
    assert duplicate.column == "社員番号"
    assert "line 2" in duplicate.message
    assert preview.has_errors
    assert len(preview.warnings) == 2


def test_an_unclosed_quote_is_an_error_on_its_line() -> None:
    preview = parse_roster('氏名,部署\n山田,営業\n"佐藤,人事\n鈴木,総務\n'.encode())
    assert names(preview) == ["山田"]
    assert [(p.line, p.severity) for p in preview.problems] == [(3, "error")]
    assert "never closed" in preview.problems[0].message


def test_a_name_with_a_line_break_is_imported_with_a_warning() -> None:
    preview = parse_roster('氏名\n"山田\n太郎"\n'.encode())
    assert names(preview) == ["山田\n太郎"]
    assert problems(preview) == [(2, "warning", "name")]


def test_codes_match_across_widths_and_leading_zeros() -> None:
    assert code_key("00123") == code_key("123") == code_key("１２３")
    assert code_key("A-01") != code_key("A-1")
    assert code_key("000") == "0"


def test_decode_reports_its_reason() -> None:
    text, codec, reason = decode_roster(b"\xef\xbb\xbfname\r\n")
    assert (text, codec) == ("name\r\n", "utf-8-sig")
    assert "byte order mark" in reason


# -- size and speed ----------------------------------------------------------------------------


def test_a_5000_row_roster_parses_well_under_a_second() -> None:
    rows = ["社員番号,氏名,フリガナ,部署,メール"]
    rows += [f"E{i:05d},髙橋 {i},ﾀｶﾊｼ,営業部 第{i % 9}課,u{i}@example.co.jp" for i in range(5000)]
    data = "\r\n".join(rows).encode("cp932")
    started = time.perf_counter()
    preview = parse_roster(data)
    elapsed = time.perf_counter() - started
    assert len(preview.rows) == 5000
    assert elapsed < 1.0, elapsed  # about 0.1 s here (bench/roster_import.py)


# -- property: any names round-trip ------------------------------------------------------------

NAME_TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=12)


@given(st.lists(NAME_TEXT, min_size=1, max_size=20), st.sampled_from([",", "\t", ";"]))
@example(["0,"], "\t")  # a one-column file: the delimiter is the one its values do not split on
@example(["Smith; John", "Doe; Jane"], ",")
def test_any_names_round_trip_through_a_utf8_csv(typed: list[str], delimiter: str) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["氏名"])
    writer.writerows([name] for name in typed)
    preview = parse_roster(buffer.getvalue().encode("utf-8"))
    assert names(preview) == [clean_name(n) for n in typed if clean_name(n)]
    assert not preview.has_errors


@given(st.lists(st.tuples(NAME_TEXT, NAME_TEXT, NAME_TEXT), min_size=1, max_size=10))
def test_any_names_and_departments_round_trip_through_a_cp932_excel_csv(
    typed: list[tuple[str, str, str]],
) -> None:
    cp932 = [tuple(v.encode("cp932", "ignore").decode("cp932") for v in t) for t in typed]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["社員番号", "氏名", "所属"])
    writer.writerows((f"E{i}", name, dept) for i, (name, dept, _) in enumerate(cp932))
    preview = parse_roster(buffer.getvalue().encode("cp932"))
    expected = [(clean_name(n), clean_name(d)) for n, d, _ in cp932 if clean_name(n)]
    assert [(r.name, r.department) for r in preview.rows] == expected

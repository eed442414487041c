"""Writes the roster fixtures in this folder, byte for byte as Excel and HR systems export them.

Run it from the repository root (``.venv/bin/python tests/data/rosters/make_rosters.py``) after
changing a fixture; the tests read the written files and check them against what is here.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

#: Japanese Excel's "CSV (comma delimited)": cp932, CRLF, a quoted value holding a comma, the
#: empty row Excel leaves below a table, and characters shift_jis cannot read (①, ㈱, 髙, 﨑, ～).
EXCEL_CP932 = (
    "社員番号,氏名,フリガナ,所属,メールアドレス\r\n"
    '00123,髙橋　一郎,ﾀｶﾊｼ ｲﾁﾛｳ,"営業部,東日本",takahashi@example.co.jp\r\n'
    "00124,﨑山 花子,サキヤマ ハナコ,㈱イッポ出向,sakiyama@example.co.jp\r\n"
    "00125,① 山田,ヤマダ,人事部～研修課,yamada@example.co.jp\r\n"
    ",,,,\r\n"
)

#: Excel's "Unicode text": UTF-16 LE with a BOM, tab-delimited, CRLF, a cell with a line break.
EXCEL_UNICODE = (
    "氏名\tふりがな\t部署\t社員ID\r\n"
    '髙橋 一郎\tたかはし いちろう\t"営業部\n東日本"\tE001\r\n'
    "﨑山 花子\tさきやま はなこ\t人事部\tE002\r\n"
)

#: Excel's "CSV UTF-8": a BOM, English headers, a name cp932 cannot hold (𠮷) and an emoji.
UTF8_BOM = (
    "Employee ID,Full name,Kana,Department,E-mail\r\n"
    "A-1,𠮷田 太郎,よしだ たろう,Sales,yoshida@example.com\r\n"
    "A-2,佐藤 😀,さとう,R&D,sato@example.com\r\n"
)

FILES = {
    "excel_cp932.csv": EXCEL_CP932.encode("cp932"),
    "excel_unicode.txt": b"\xff\xfe" + EXCEL_UNICODE.encode("utf-16-le"),
    "utf8_bom.csv": b"\xef\xbb\xbf" + UTF8_BOM.encode("utf-8"),
}


def main() -> None:
    for name, data in FILES.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()

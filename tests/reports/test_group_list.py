"""The printable group list: real PDF, parsed back, fonts embedded, missing glyphs reported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf

from reports.fonts import missing_characters
from reports.group_list import GroupLine, PrintedRound, write_group_list


def _rounds(groups: int) -> list[PrintedRound]:
    members = (GroupLine("髙橋 一郎", "営業部"), GroupLine("﨑山 花子", "開発部"),
               GroupLine("① 佐藤", "人事部"))  # fmt: skip
    return [
        PrintedRound(
            f"ラウンド {r}", tuple((f"グループ {g}", members) for g in range(1, groups + 1))
        )
        for r in (1, 2)
    ]


def test_the_list_prints_names_and_embeds_the_font(tmp_path: Path) -> None:
    path = tmp_path / "groups.pdf"
    missing = write_group_list(path, "新任管理職研修", date(2026, 12, 3), _rounds(6))
    assert missing == []
    reader = pypdf.PdfReader(path)
    text = "".join(page.extract_text() for page in reader.pages)
    for expected in (
        "新任管理職研修",
        "ラウンド 2",
        "グループ 6",
        "髙橋 一郎",
        "﨑山 花子",
        "① 佐藤",
    ):
        assert expected in text
    fonts = [
        font.get_object() for page in reader.pages for font in page["/Resources"]["/Font"].values()
    ]
    assert fonts
    for font in fonts:  # only the bundled face, embedded as a TrueType subset
        assert str(font["/BaseFont"]).endswith("+IPAexGothic")
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    if "PDFTOPPM" in __import__("os").environ:
        import shutil
        import subprocess

        out = Path(__import__("os").environ["PDFTOPPM"])
        out.mkdir(exist_ok=True)
        shutil.copy(path, out / "groups.pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(out / "groups")], check=True)


def test_characters_the_font_cannot_draw_are_reported(tmp_path: Path) -> None:
    assert missing_characters("𠮷田 😀 髙橋") == ["😀", "𠮷"]
    rounds = [PrintedRound("R1", (("G1", (GroupLine("𠮷田 太郎", "営業部"),)),))]
    assert write_group_list(tmp_path / "g.pdf", "x", None, rounds) == ["𠮷"]

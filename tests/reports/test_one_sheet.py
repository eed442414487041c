"""The one-sheet: always exactly one page, the name and the declaration printed, fonts embedded,
long text cut visibly and reported, characters no font has reported and never printed as tofu.
Real PDFs, parsed back with pypdf."""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4, LETTER

from app.demo import demo_worksheet
from app.errors import UserError
from app.models import WorksheetRow
from app.worksheets import SOFT_LIMITS
from reports.one_sheet import MissingChar, SheetContent, SheetPerson, SheetReport, write_sheet

DAY = dt.date(2026, 12, 3)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
#: Set SHEET_SHOTS=/tmp/sheet-shots to keep the rendered pages for a look.
SHOTS = os.environ.get("SHEET_SHOTS", "")


def worksheet(**fields: Any) -> WorksheetRow:
    return WorksheetRow(participant_id=uuid.uuid4(), workshop_id=uuid.uuid4(), **fields)


def demo(seed: int = 3, **changes: Any) -> WorksheetRow:
    return worksheet(**{**demo_worksheet(random.Random(seed), DAY), **changes})


def person(
    name: str = "髙橋 陽菜", print_name: str = "", department: str = "営業部"
) -> SheetPerson:
    return SheetPerson(uuid.uuid4(), name, print_name, department)


def content(ws: WorksheetRow | None, who: SheetPerson | None = None, **kw: Any) -> SheetContent:
    return SheetContent(
        kw.pop("workshop", "キャリアオーナーシップ研修"),
        kw.pop("date", DAY),
        who if who is not None else person(),
        ws,
        **kw,
    )


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def write(
    tmp_path: Path, sheet: SheetContent, name: str = "sheet.pdf", **kw: Any
) -> tuple[SheetReport, pypdf.PdfReader]:
    path = tmp_path / name
    report = write_sheet(path, sheet, **kw)
    return report, pypdf.PdfReader(path)


def assert_fonts_embedded(reader: pypdf.PdfReader) -> list[str]:
    """Every font of every page is an embedded TrueType subset; no Helvetica anywhere."""
    names = []
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for font in (f.get_object() for f in fonts.values()):
            name = str(font["/BaseFont"])
            assert re.fullmatch(r"/[A-Z]{6}\+\S+", name), name
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
            names.append(name)
    assert names
    assert not any("Helvetica" in name for name in names)
    return names


def test_a_typical_sheet_prints_everything_on_one_page(tmp_path: Path) -> None:
    ws = demo()
    report, reader = write(tmp_path, content(ws))
    assert report == SheetReport((), ())
    assert len(reader.pages) == 1
    assert reader.pages[0].mediabox.width == pytest.approx(A4[0])
    text = squash(reader.pages[0].extract_text())
    for expected in (
        "キャリアオーナーシップ研修",
        "2026年12月3日（木）",
        "髙橋陽菜",
        "営業部",
        "経験の棚卸し",
        "強み・価値観",
        "目指す状態と学びテーマ（仮）",
        "次の一歩の宣言",
        ws.step_what,
        ws.step_supporter,
        *ws.strengths,
        *ws.values,
        *ws.themes,
        ws.expectations,
        ws.partner_noticed,
        ws.identity,
        ws.target_state,
        *(e["what"] for e in ws.experiences),
        "モチベーショングラフ",
        "Ippo",
    ):
        assert squash(expected) in text, expected
    names = assert_fonts_embedded(reader)
    assert all(name.endswith(("+IPAexGothic", "+IPAexMincho")) for name in names)


def test_the_print_name_is_printed_instead_of_the_name(tmp_path: Path) -> None:
    who = person(name="𠮷田 花子", print_name="吉田 花子")
    report, reader = write(tmp_path, content(demo(), who))
    text = reader.pages[0].extract_text()
    assert "吉田 花子" in text and "𠮷" not in text
    assert report.missing == ()


def test_a_name_is_printed_exactly_as_stored(tmp_path: Path) -> None:
    _, reader = write(tmp_path, content(demo(), person(name="① 﨑山 神")))  # no NFKC
    assert "① 﨑山 神" in reader.pages[0].extract_text()


def test_characters_no_font_has_are_reported_and_shown_as_a_placeholder(tmp_path: Path) -> None:
    who = person(name="𠮷田 太郎")
    report, reader = write(tmp_path, content(demo(step_what="毎朝😀を描く"), who))
    assert MissingChar("𠮷田 太郎", "name", "𠮷", "U+20BB7") in report.missing
    assert MissingChar("𠮷田 太郎", "step_what", "😀", "U+1F600") in report.missing
    text = reader.pages[0].extract_text()
    assert "〓田 太郎" in text and "毎朝〓を描く" in text
    assert_fonts_embedded(reader)


def test_invisible_joiners_are_dropped_not_reported(tmp_path: Path) -> None:
    report, _ = write(tmp_path, content(demo(identity="家族👨\u200d👩\u200d👧と\ufe0f")))
    assert {m.char for m in report.missing} == {"👨", "👩", "👧"}


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans is not installed")
def test_a_fallback_font_draws_what_ipaex_lacks(tmp_path: Path) -> None:
    ws = demo(step_what="笑顔で☺話す✔", identity="𠮷")
    report, reader = write(tmp_path, content(ws), fallback_fonts=[DEJAVU])
    assert [m.char for m in report.missing] == ["𠮷"]  # DejaVu has ☺ and ✔ but no 𠮷
    names = assert_fonts_embedded(reader)
    assert any(name.endswith("+DejaVuSans") for name in names), names
    assert "笑顔で☺話す✔" in squash(reader.pages[0].extract_text())


def test_a_fallback_font_that_is_not_truetype_is_a_user_error(tmp_path: Path) -> None:
    bogus = tmp_path / "font.ttf"
    bogus.write_text("not a font")
    with pytest.raises(UserError):
        write_sheet(tmp_path / "x.pdf", content(demo()), fallback_fonts=[bogus])


def test_a_long_target_state_is_cut_at_a_sentence_with_a_visible_marker(tmp_path: Path) -> None:
    sentence = "自分の強みを生かして、小さなチームをまとめている。"
    report, reader = write(tmp_path, content(demo(target_state=sentence * 400)))  # 10,000 chars
    assert report.cut_fields == ("target_state",)
    text = squash(reader.pages[0].extract_text())
    assert "続きは記録に保存" in text
    assert "いる。…（続きは記録に保存）" in text  # cut after 。, not mid-sentence
    assert len(reader.pages) == 1


def test_the_marker_is_in_english_on_an_english_sheet(tmp_path: Path) -> None:
    ws = demo(expectations="Lead the weekly planning. " * 400)
    report, reader = write(tmp_path, content(ws, language="en"))
    assert "expectations" in report.cut_fields
    text = reader.pages[0].extract_text()
    assert "(the rest is kept in the record)" in " ".join(text.split())
    assert "My next step" in text and "次の一歩" not in text


@pytest.mark.parametrize(
    "field",
    ["expectations", "partner_noticed", "identity", "target_state", "step_what", "step_supporter"],
)
def test_a_field_at_its_soft_limit_prints_in_full(tmp_path: Path, field: str) -> None:
    text = ("伝える力を磨く。" * 40)[: SOFT_LIMITS[field]]
    report, reader = write(tmp_path, content(demo(**{field: text})))
    assert report.cut_fields == ()
    assert text in squash(reader.pages[0].extract_text())


def test_many_experiences_stay_on_the_page_and_the_chart_shows_all(tmp_path: Path) -> None:
    items = [
        {
            "when": f"{2000 + i}年",
            "what": f"経験{i}",
            "role": "",
            "energy": i % 5 - 2,
            "why": "",
            "learned": "",
        }
        for i in range(20)
    ]
    report, reader = write(tmp_path, content(demo(experiences=items)))
    assert len(reader.pages) == 1
    text = squash(reader.pages[0].extract_text())
    assert "経験0" in text and "経験19" in text  # all 20 rows fit (the first stage grows)
    assert report.cut_fields == ()


def test_thirty_strengths_end_with_a_count_of_the_rest(tmp_path: Path) -> None:
    ws = demo(strengths=[f"とても長い強みのフレーズ{i}" for i in range(30)])
    report, reader = write(tmp_path, content(ws))
    assert "strengths" in report.cut_fields
    assert re.search(r"ほか\d+件", reader.pages[0].extract_text())


def test_a_blank_sheet_has_the_name_and_the_form(tmp_path: Path) -> None:
    report, reader = write(tmp_path, content(None))
    assert report == SheetReport((), ())
    text = squash(reader.pages[0].extract_text())
    assert "髙橋陽菜" in text and "次の一歩の宣言" in text and "やってみること" in text


def test_a_nameless_blank_sheet_has_an_empty_name_line(tmp_path: Path) -> None:
    nameless = SheetContent("キャリアオーナーシップ研修", DAY, None, None)
    report, reader = write(tmp_path, nameless)
    assert report == SheetReport((), ())
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "キャリアオーナーシップ研修" in text and "氏名" in text and "髙橋" not in text


def test_letter_paper(tmp_path: Path) -> None:
    report, reader = write(tmp_path, content(demo()), paper=LETTER)
    assert len(reader.pages) == 1
    assert reader.pages[0].mediabox.height == pytest.approx(LETTER[1])
    assert report.cut_fields == ()


# -- generated extreme content ---------------------------------------------------------------

_MIXED = "あいう漢字髙﨑アイウ。、「」（）！？ー・…abcXYZ 019-\n😀𠮷①☺\u200d"
_SAFE = "あいう漢字髙﨑山田アイウ花子太郎abcXYZ"


def _huge(unit: str) -> str:
    return (unit * (10_000 // len(unit) + 1))[:10_000]


_FIELD = st.one_of(
    st.just(""),
    st.text(alphabet=_MIXED, max_size=300),
    st.sampled_from(
        [_huge("長い文章が続きます。"), _huge("x"), _huge("Supercalifragilistic "), _huge("𠮷😀あ")]
    ),
)
_PHRASE = st.one_of(st.text(alphabet=_MIXED, min_size=1, max_size=30), st.just("x" * 200))
_EXPERIENCE = st.fixed_dictionaries(
    {
        "when": _FIELD,
        "what": _FIELD,
        "role": _FIELD,
        "energy": st.integers(-2, 2),
        "why": _FIELD,
        "learned": st.just(""),
    }
)
_WORKSHEET = st.builds(
    worksheet,
    experiences=st.lists(_EXPERIENCE, max_size=20),
    strengths=st.lists(_PHRASE, max_size=30),
    values=st.lists(_PHRASE, max_size=30),
    expectations=_FIELD,
    partner_noticed=_FIELD,
    identity=_FIELD,
    target_state=_FIELD,
    horizon=st.sampled_from(["", "6m", "1y", "3y"]),
    themes=st.lists(_PHRASE, max_size=3),
    tentative=st.booleans(),
    step_what=st.one_of(st.text(alphabet=_SAFE, min_size=1, max_size=40), _FIELD),
    step_by=st.one_of(st.none(), st.dates()),
    step_supporter=_FIELD,
    checkin_date=st.one_of(st.none(), st.dates()),
)


def _origins(page: pypdf.PageObject) -> list[tuple[float, float, str]]:
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            found.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text))

    page.extract_text(visitor_text=visit)
    return found


@settings(
    max_examples=int(os.environ.get("SHEET_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    ws=st.one_of(st.none(), _WORKSHEET),
    name=st.text(alphabet=_SAFE + " ", min_size=1, max_size=12).filter(str.strip),
    department=_FIELD,
    workshop=_FIELD,
    language=st.sampled_from(["ja", "en"]),
    paper=st.sampled_from([A4, LETTER]),
)
def test_any_content_prints_on_exactly_one_page(
    tmp_path_factory: pytest.TempPathFactory,
    ws: WorksheetRow | None,
    name: str,
    department: str,
    workshop: str,
    language: str,
    paper: tuple[float, float],
) -> None:
    folder = tmp_path_factory.mktemp("sheet")
    sheet = SheetContent(workshop, DAY, person(name, department=department), ws, language)
    report, reader = write(folder, sheet, paper=paper)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    text = squash(page.extract_text())
    if "name" not in report.cut_fields:
        assert squash(name) in text
    if ws is not None and set(ws.step_what) <= set(_SAFE):
        assert "step_what" not in report.cut_fields
        assert squash(ws.step_what) in text
    for missing in report.missing:
        assert missing.char not in text
        assert missing.codepoint == f"U+{ord(missing.char):04X}"
    if report.missing:
        assert "〓" in text
    assert_fonts_embedded(reader)
    width, height = paper
    for x, y, piece in _origins(page):  # every line starts inside the margins
        assert 30 <= x <= width - 30 and 20 <= y <= height - 20, (x, y, piece)


# -- the pages, rendered for a look ----------------------------------------------------------


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_render_pages_for_review(tmp_path: Path) -> None:
    """Renders the fullest, a typical, a blank named, a nameless and an English sheet to PNG
    (poppler must read every one); with $SHEET_SHOTS set, the PNGs are kept there to look at."""
    long = "私は、人の話をじっくり聴き、相手の考えを引き出すことが得意です。" * 300
    fullest = demo(
        experiences=[
            {
                "when": f"{2005 + i}年",
                "what": "新人研修の企画を任された" * (i % 3 + 1),
                "role": "企画リーダー",
                "energy": i % 5 - 2,
                "why": "表情が変わった",
                "learned": "",
            }
            for i in range(20)
        ],
        strengths=[f"強み{i}" for i in range(30)],
        values=[f"価値観{i}" for i in range(30)],
        expectations=long,
        partner_noticed="Supercalifragilistic" * 300,
        identity=long,
        target_state=long,
        themes=["ファシリテーション" * 3, "データ分析", "英語😀"],
        step_what="来週の1on1で、やってみたい仕事を上司に伝える。" * 20,
        step_supporter=long,
    )
    english = demo(
        experiences=[
            {
                "when": "2019",
                "what": "Ran onboarding for new hires",
                "role": "Lead",
                "energy": 2,
                "why": "People grew",
                "learned": "",
            },
            {
                "when": "2021",
                "what": "Lost a major pitch",
                "role": "Support",
                "energy": -2,
                "why": "We started late",
                "learned": "",
            },
        ],
        strengths=["listening", "structuring work"],
        values=["honesty", "growth"],
        expectations="Lead the weekly planning.",
        partner_noticed="You let people finish.",
        identity="someone who connects people",
        target_state="I lead a small team.",
        themes=["facilitation"],
        step_what="Ask my manager for a project I can lead.",
        step_supporter="my manager",
    )
    sheets = {
        "fullest": content(fullest, person("𠮷田 太郎" * 2, department="カスタマーサクセス部")),
        "typical": content(demo()),
        "blank-named": content(None),
        "blank-nameless": SheetContent("キャリアオーナーシップ研修", DAY, None, None),
        "english": content(
            english,
            person("Emily Carter", department="Sales"),
            workshop="Career Ownership Workshop",
            language="en",
        ),
    }
    shots = Path(SHOTS) if SHOTS else tmp_path
    shots.mkdir(parents=True, exist_ok=True)
    for name, sheet in sheets.items():
        path = tmp_path / f"{name}.pdf"
        write_sheet(path, sheet)
        assert len(pypdf.PdfReader(path).pages) == 1
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(path), str(shots / name)],
            check=True,
            capture_output=True,
        )
        assert (shots / f"{name}.png").stat().st_size > 10_000

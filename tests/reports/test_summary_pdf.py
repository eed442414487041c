"""The session summary PDF: real files, parsed back with pypdf and rendered with poppler.

Every declaration is in it; the anonymised one names nobody and says so on every page; the
charts carry their labels and counts; fonts are embedded; a cancel leaves no file.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pypdf
import pytest

from app.demo import create_demo
from app.errors import UserError
from app.models import Stage
from app.participants import PersonDraft, add_participants, set_checked_in
from app.store import Store
from app.summary_stats import declarations, energy_distribution, top_phrases
from app.template_model import WorkshopTemplate
from app.worksheets import save_fields
from app.workshop_record import WorkshopRecord, load_record
from app.workshops import create_workshop, get_workshop, insert_stage, update_workshop
from reports.sheet_text import MissingChar
from reports.summary_layout import clock, short_day
from reports.summary_pdf import SummaryReport, write_summary
from tests.helpers.runs import run_through

TODAY = date(2026, 11, 26)
EXTRA = [0, 120, -60, 300]  # stage 2 runs 2 min over, stage 4 five
#: Set SUMMARY_SHOTS=/tmp/summary-shots to keep the rendered pages for a look.
SHOTS = os.environ.get("SUMMARY_SHOTS", "")
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="no pdftoppm")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def demo_record(
    store: Store, template: WorkshopTemplate, people: int, *, anonymize: bool = False
) -> WorkshopRecord:
    """A demo workshop of ``people``, every other one checked in, with a finished run."""
    workshop = create_demo(store, template, participants=people, today=TODAY)
    for person in get_workshop(store, workshop.id).participants[::2]:
        set_checked_in(store, person.id, True)
    finish = run_through(store, workshop.id, EXTRA)
    return load_record(store, workshop.id, anonymize=anonymize, now=finish.now)


@pytest.fixture
def record40(store: Store, template_90: WorkshopTemplate) -> WorkshopRecord:
    return demo_record(store, template_90, 40)


def names_in(store: Store, workshop_id: uuid.UUID) -> list[str]:
    return [p.name for p in get_workshop(store, workshop_id).participants]


def assert_fonts_embedded(path: Path) -> None:
    """Every font of every page is an embedded IPAex subset; no Helvetica anywhere."""
    names = []
    for page in pypdf.PdfReader(path).pages:
        for font in (f.get_object() for f in page["/Resources"]["/Font"].values()):
            name = str(font["/BaseFont"])
            assert re.fullmatch(r"/[A-Z]{6}\+IPAexGothic", name), name
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
            names.append(name)
    assert names and not any("Helvetica" in n for n in names)


def test_every_declaration_is_in_the_summary(tmp_path: Path, record40: WorkshopRecord) -> None:
    path = tmp_path / "summary.pdf"
    report = write_summary(path, record40)
    assert report == SummaryReport(path, report.pages, (), False)
    texts = pages_text(path)
    assert len(texts) == report.pages >= 3
    text = squash("".join(texts))
    rows = declarations(record40.people)
    assert len(rows) == 40
    for row in rows:
        for value in (row.label, row.department, row.what, short_day(row.by, "ja")):
            assert squash(value) in text, (row, value)
    assert text.count(squash("直属の上司")) == 40
    for expected in (
        "ワークショップ実施サマリー", "サンプル：キャリアオーナーシップ研修", "2026年12月3日（木）",
        "本社12階大会議室", "人事部研修担当", "workshop-90（標準90分）", "終了",
        "40名20名40名40名", "登録出席ワークシート宣言記入",
        "サンプルのワークショップです。自由に編集・削除できます。",
    ):  # fmt: skip
        assert squash(expected) in text, expected
    assert "匿名化済み" not in text
    for number, page in enumerate(texts, start=1):
        assert f"{number} / {len(texts)}" in page
        assert "作成日 2026年12月3日" in page  # made at the run's end (02:36 UTC, 11:36 JST)
    assert_fonts_embedded(path)


def test_the_charts_carry_their_labels_and_counts(tmp_path: Path, record40: WorkshopRecord) -> None:
    path = tmp_path / "summary.pdf"
    write_summary(path, record40)
    text = squash("".join(pages_text(path)))
    timings = record40.timings()
    assert [round(t.overtime_seconds) for t in timings][:4] == [0, 120, 0, 300]
    for timing in timings:
        assert squash(timing.title) in text
        assert squash(clock(timing.planned_seconds)) in text
    for over in ("+2:00", "+5:00"):  # overtime in words, not by colour alone
        assert text.count(over) == 1
    for legend in ("予定", "実績", "超過"):
        assert legend in text
    for field, title in (("strengths", "強み"), ("values", "価値観"), ("themes", "学びテーマ")):
        assert f"{title}（上位10）" in text
        for phrase, count in top_phrases(record40.people, field):
            assert f"{squash(phrase)}{count}" in text, (phrase, count)
    energies = energy_distribution(record40.people)
    assert f"エネルギーの分布（経験{sum(energies.values())}件）" in text
    ticks = {-2: "−2", -1: "−1", 0: "0", 1: "+1", 2: "+2"}
    assert "".join(f"{energies[level]}{tick}" for level, tick in ticks.items()) in text


@pytest.mark.slow  # 200 people, 2 PDFs, every name looked for in both
def test_the_anonymised_summary_names_nobody(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    workshop = create_demo(store, template_90, participants=200, today=TODAY)
    people = get_workshop(store, workshop.id).participants
    # names written inside free texts are scrubbed by load_record: the PDF must not bring them back
    save_fields(store, people[0].id, step_what=f"{people[1].name}さんと週1回の勉強会を開く")
    update_workshop(
        store, workshop.id, notes=f"{people[2].name}さんが遅れて参加。\n{people[3].name}さん早退。"
    )
    finish = run_through(store, workshop.id, EXTRA)
    plain = tmp_path / "plain.pdf"
    write_summary(plain, load_record(store, workshop.id, now=finish.now))
    anonymous = tmp_path / "anonymous.pdf"
    record = load_record(store, workshop.id, anonymize=True, now=finish.now)
    report = write_summary(anonymous, record)

    plain_text = squash("".join(pages_text(plain)))
    texts = pages_text(anonymous)
    text = squash("".join(texts))
    names = {p.name for p in people}
    assert len(names) > 100
    assert all(squash(name) in plain_text for name in names)  # the check can see a name
    assert [name for name in names if squash(name) in text] == []
    assert [name for name in names if name.split()[0] + "さん" in text] == []
    for page in texts:
        assert "匿名化済み" in page
    labels = [f"P{n:03d}" for n in range(1, 201)]
    assert all(label in text for label in labels)
    position = 0
    for label in labels:  # the table in label order (the roster's order could hint at names)
        position = text.index(label, position) + len(label)
    assert report.pages == len(texts) and report.missing == ()


def test_the_anonymised_summary_shows_only_shared_departments(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    workshop = create_workshop(
        store, template_90, "新任リーダー研修", when=TODAY, facilitator="外部講師"
    )
    departments = ["営業部"] * 3 + ["開発部"] * 2 + ["法務部"]
    drafts = [
        PersonDraft(f"社員{chr(0x30A2 + 2 * i)}郎", department=d, attended=True)
        for i, d in enumerate(departments)
    ]
    add_participants(store, workshop.id, drafts)
    for person in get_workshop(store, workshop.id).participants:
        save_fields(store, person.id, step_what=f"{person.department}の先輩に話を聞く")
    path = tmp_path / "anonymous.pdf"
    write_summary(path, load_record(store, workshop.id, anonymize=True))
    text = squash("".join(pages_text(path)))
    assert text.count("営業部") >= 3 + 1  # three department cells and the step that names it
    plain_steps = {"開発部の先輩に話を聞く", "法務部の先輩に話を聞く"}
    department_cells = text.replace(squash("開発部の先輩に話を聞く"), "").replace(
        squash("法務部の先輩に話を聞く"), ""
    )
    assert "開発部" not in department_cells and "法務部" not in department_cells
    assert all(step in text for step in plain_steps)
    assert "P01" in text and "社員" not in text
    assert "進行の記録がありません" in text  # never run


def test_an_english_workshop_prints_english_labels(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    workshop = create_workshop(
        store, template_90, "Career Ownership Workshop", when=TODAY, venue="Room 12A",
        facilitator="Emily Carter", language="en",
    )  # fmt: skip
    add_participants(
        store, workshop.id, [PersonDraft("Jack Smith", department="Sales", attended=True)]
    )
    person = get_workshop(store, workshop.id).participants[0]
    save_fields(
        store, person.id, strengths=["listening"], values=["honesty"], themes=["facilitation"],
        step_what="Ask my manager for a project", step_by=date(2026, 12, 20),
        step_supporter="my manager", experiences=[{"what": "x", "energy": 1}],
    )  # fmt: skip
    finish = run_through(store, workshop.id, [30, 400])
    path = tmp_path / "summary.pdf"
    write_summary(path, load_record(store, workshop.id, now=finish.now))
    texts = pages_text(path)
    text = "".join(texts)
    for expected in (
        "Workshop summary", "The workshop", "Attendance", "Checked in", "Agenda: planned vs actual",
        "planned", "actual", "overtime", "(+6:40)", "Strengths (top 10)", "listening",
        "Values (top 10)", "Learning themes (top 10)", "Energy of the experiences (1)",
        "Next-step declarations", "Supported by", "Ask my manager for a project",
        "20 Dec 2026", "Facilitator's notes", "No notes.", "Made 3 Dec 2026", "Thu 26 Nov 2026",
    ):  # fmt: skip
        assert expected in text, expected
    assert not re.search(r"[\u3040-\u30ff]", text), "no kana in an English summary"
    assert "Anonymised" not in text
    anonymous = tmp_path / "anonymous.pdf"
    write_summary(anonymous, load_record(store, workshop.id, anonymize=True, now=finish.now))
    for page in pages_text(anonymous):
        assert "Anonymised" in page and "Jack" not in page
    assert_fonts_embedded(path)


def test_empty_parts_say_so(store: Store, template_90: WorkshopTemplate, tmp_path: Path) -> None:
    workshop = create_workshop(store, template_90, "まだ誰も書いていない研修", when=TODAY)
    add_participants(
        store, workshop.id, [PersonDraft("山田 花子", attended=True), PersonDraft("欠席 太郎")]
    )
    path = tmp_path / "summary.pdf"
    report = write_summary(path, load_record(store, workshop.id))
    text = squash("".join(pages_text(path)))
    assert text.count("まだ記入がありません") == 4  # strengths, values, themes, energy
    assert "山田花子" in text and "未記入" in text
    assert "欠席太郎" not in text  # neither came nor wrote: nothing to follow up
    assert "進行の記録がありません" in text and "メモはありません。" in text
    assert "記録なし" in text and "2名1名0名0名" in text
    assert report.pages >= 1


def test_long_texts_and_a_long_agenda_still_make_a_summary(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    """A declaration longer than a page breaks inside its row; 40 stages make two charts."""
    long = "来週の1on1で、やってみたい仕事を上司に伝える。" * 80
    workshop = create_workshop(store, template_90, "長い研修" * 60, when=TODAY, venue="会場" * 400)
    for number in range(33):
        stage = Stage(
            workshop_id=workshop.id,
            position=0,
            kind="talk",
            title=f"追加のステージ {number + 1} " + "とても長い題名" * 5,
            planned_seconds=60,
        )
        insert_stage(store, workshop.id, 99, stage)  # fmt: skip
    add_participants(store, workshop.id, [PersonDraft("山田 花子", attended=True)])
    person = get_workshop(store, workshop.id).participants[0]
    save_fields(store, person.id, step_what=long, step_supporter="上司" * 300)
    update_workshop(store, workshop.id, notes="\n".join(["メモ" * 50] * 60))
    finish = run_through(store, workshop.id, [0, 120])
    path = tmp_path / "summary.pdf"
    report = write_summary(path, load_record(store, workshop.id, now=finish.now))
    texts = pages_text(path)
    assert report.pages == len(texts) >= 5
    text = squash("".join(texts))
    # nothing lost: each copy of the sentence is there (a page break may cut one or two)
    assert text.count("やってみたい仕事を上司に伝える。") >= 78
    assert "40.追加のステージ33" in text and text.count("予定実績超過") == 2
    assert_fonts_embedded(path)


def test_notes_keep_their_line_breaks_and_markup_characters(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    workshop = create_workshop(store, template_90, "R&D <研修>", when=TODAY)
    update_workshop(store, workshop.id, notes="1行目 a<b & c>d\n2行目\n\n別の段落")
    path = tmp_path / "summary.pdf"
    write_summary(path, load_record(store, workshop.id))
    text = pages_text(path)[-1]
    assert "1行目 a<b & c>d\n2行目" in text and "別の段落" in text
    assert "R&D <研修>" in text


def test_characters_the_font_lacks_print_as_a_placeholder_and_are_reported(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    workshop = create_workshop(store, template_90, "𠮷野研修", when=TODAY)
    add_participants(store, workshop.id, [PersonDraft("𠮷田 太郎", attended=True)])
    person = get_workshop(store, workshop.id).participants[0]
    save_fields(store, person.id, step_what="毎朝😀を描く", strengths=["笑顔😀"])
    path = tmp_path / "summary.pdf"
    report = write_summary(path, load_record(store, workshop.id))
    assert MissingChar("", "title", "𠮷", "U+20BB7") in report.missing
    assert MissingChar("𠮷田 太郎", "name", "𠮷", "U+20BB7") in report.missing
    assert MissingChar("𠮷田 太郎", "step_what", "😀", "U+1F600") in report.missing
    assert MissingChar("", "strengths", "😀", "U+1F600") in report.missing
    text = "".join(pages_text(path))
    assert "〓田 太郎" in text and "毎朝〓を描く" in text and "〓野研修" in text
    assert "𠮷" not in text and "😀" not in text
    assert_fonts_embedded(path)


def test_the_print_date_is_the_local_day(
    tmp_path: Path, record40: WorkshopRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)  # 05:00 on the 26th in Tokyo
    record = WorkshopRecord(**{**record40.__dict__, "made_at": made})
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        path = tmp_path / "summary.pdf"
        write_summary(path, record)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert all("作成日 2026年11月26日" in page for page in pages_text(path))


def test_progress_runs_to_the_end_and_a_cancel_leaves_no_file(
    tmp_path: Path, record40: WorkshopRecord
) -> None:
    path = tmp_path / "summary.pdf"
    calls: list[tuple[int, int]] = []

    def note(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    report = write_summary(path, record40, progress=note)
    assert calls[0][0] == 0 and calls[-1] == (report.pages, report.pages)
    assert [d for d, _ in calls] == [*range(report.pages + 1), report.pages]
    assert all(d <= t for d, t in calls)
    before = path.read_bytes()

    for stop_at in (0, 1, report.pages + 1):  # before, during and after the layout
        seen: list[int] = []

        def stop(done: int, total: int, stop_at: int = stop_at, seen: list[int] = seen) -> bool:
            seen.append(done)
            return len(seen) <= stop_at

        cancelled = write_summary(path, record40, progress=stop)
        assert cancelled.cancelled and cancelled.path is None
        assert path.read_bytes() == before  # the older file is kept
        assert [p.name for p in tmp_path.glob("*.pdf*")] == ["summary.pdf"]
    fresh = tmp_path / "fresh.pdf"
    assert write_summary(fresh, record40, progress=lambda d, t: False).cancelled
    assert not fresh.exists() and not fresh.with_name("fresh.pdf.part").exists()


def test_an_unwritable_folder_is_a_user_error(tmp_path: Path, record40: WorkshopRecord) -> None:
    with pytest.raises(UserError, match="could not be written"):
        write_summary(tmp_path / "missing" / "summary.pdf", record40)
    assert not list(tmp_path.rglob("*.pdf*"))


def _colours(ppm: bytes) -> set[tuple[int, int, int]]:
    """The distinct colours of a binary PPM (P6) image."""
    header = ppm.split(maxsplit=4)
    assert header[0] == b"P6" and header[3] == b"255"
    pixels = header[4]
    return {tuple(pixels[i : i + 3]) for i in range(0, len(pixels) - 2, 3)}  # type: ignore[misc]


def _near(colours: set[tuple[int, int, int]], hex_colour: str) -> bool:
    target = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return any(sum(abs(a - b) for a, b in zip(c, target, strict=True)) <= 12 for c in colours)


@needs_poppler
def test_rendered_pages_show_the_charts_in_their_colours(
    tmp_path: Path, record40: WorkshopRecord
) -> None:
    """Poppler renders the first page: the planned grey, actual blue, overtime vermillion and
    values green bars are there. With $SUMMARY_SHOTS set, PNGs of every page are kept there
    to look at."""
    anonymous = WorkshopRecord(**{**record40.__dict__, "anonymized": True})
    for name, record in (("summary", record40), ("anonymous", anonymous)):
        path = tmp_path / f"{name}.pdf"
        write_summary(path, record)
        page = subprocess.run(
            ["pdftoppm", "-r", "40", "-f", "1", "-l", "1", str(path)],
            check=True, capture_output=True,
        ).stdout  # fmt: skip
        colours = _colours(page)
        for colour in ("#0072B2", "#D55E00", "#a9b1b9", "#009E73"):
            assert _near(colours, colour), (name, colour)
        if SHOTS:
            shots = Path(SHOTS)
            shots.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                ["pdftoppm", "-png", "-r", "70", str(path), str(shots / name)], check=True
            )


@pytest.fixture(autouse=True)
def _no_stray_files(tmp_path: Path) -> Iterator[None]:
    yield
    assert not list(tmp_path.glob("*.part"))

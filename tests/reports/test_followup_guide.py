"""The manager's follow-up guide: one page per person with their declaration (never their
experiences), the article's stance, the 1on1 template's flow in the workshop's language and
the good questions; real PDFs parsed back with pypdf."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from sqlmodel import delete

from app.demo import create_demo
from app.errors import UserError
from app.models import WorksheetRow
from app.participants import PersonDraft, add_participants
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import MAX_PHRASES, MAX_THEMES, SOFT_LIMITS, save_fields
from app.workshop_record import WorkshopRecord, load_record
from app.workshops import get_workshop, update_workshop
from reports.followup_guide import GuideReport, write_guides
from reports.followup_text import ADDED_QUESTION, QUESTIONS, good_questions, manager_line
from reports.sheet_text import MissingChar

DAY = dt.date(2026, 12, 3)
MARKER = "…（続きは記録に保存）"
#: The article's good questions (■良い問い（例）), as the guide must carry them.
ARTICLE_QUESTIONS = (
    "直近で一番エネルギーが上がった仕事は？その要因は何？",
    "半年後に「成長した」と言える状態は？",
    "その兆しを来週つくるなら、何をする？",
    "強みが最も生きる比率を上げるには",
    "私（上司）が取り除ける障害は何？どの順番で手を打つ？",
    "社内の機会（公募・越境学習・短期アサイン）で試せるものは？",
)
#: Set GUIDE_SHOTS=/tmp/guide-shots to keep the rendered pages for a look.
SHOTS = os.environ.get("GUIDE_SHOTS", "")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages_text(path: Path) -> list[str]:
    return [squash(page.extract_text()) for page in pypdf.PdfReader(path).pages]


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


@pytest.fixture
def oneonone(templates: dict[str, WorkshopTemplate]) -> WorkshopTemplate:
    return templates["oneonone-45"]


def demo(store: Store, template_90: WorkshopTemplate, people: int = 5) -> uuid.UUID:
    return create_demo(store, template_90, participants=people, today=DAY).id


def write(path: Path, record: WorkshopRecord, oneonone: WorkshopTemplate) -> list[str]:
    report = write_guides(path, record, oneonone)
    assert report.path == path and not report.cancelled
    texts = pages_text(path)
    assert report.pages == len(texts)
    return texts


@pytest.fixture(autouse=True)
def _no_stray_files(tmp_path: Path) -> Iterator[None]:
    yield
    assert not list(tmp_path.glob("*.part"))


def test_a_page_per_person_with_their_declaration_and_not_their_experiences(
    store: Store, template_90: WorkshopTemplate, oneonone: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = demo(store, template_90)
    record = load_record(store, wid)
    texts = write(tmp_path / "guide.pdf", record, oneonone)
    assert len(texts) == len(record.people) == 5
    for number, (person, text) in enumerate(zip(record.people, texts, strict=True), start=1):
        ws = person.sheet
        assert ws is not None and ws.checkin_date is not None and ws.step_by is not None
        for expected in (
            person.label,
            person.department,
            "上司のためのふりかえり1on1ガイド",
            record.workshop.title,
            "2026年12月10日（木）",  # the workshop's date
            f"{ws.checkin_date.month}月{ws.checkin_date.day}日",
            ws.step_what,
            f"{ws.step_by.month}月{ws.step_by.day}日",
            ws.step_supporter,
            ws.target_state,
            ws.identity,
            *ws.strengths,
            *ws.values,
            *ws.themes,
            f"{number}/5",
            "Ippo",
        ):
            assert squash(expected) in text, (person.label, expected)
        for experience in ws.experiences:  # the experiences stay on the person's own sheet
            for key in ("what", "why", "learned"):
                assert squash(experience[key]) not in text, experience[key]
        assert ws.expectations not in text and ws.partner_noticed not in text
    assert_fonts_embedded(tmp_path / "guide.pdf")


def test_the_stance_the_flow_and_the_good_questions_of_the_article(
    store: Store, template_90: WorkshopTemplate, oneonone: WorkshopTemplate, tmp_path: Path
) -> None:
    record = load_record(store, demo(store, template_90, 2))
    texts = write(tmp_path / "guide.pdf", record, oneonone)
    for text in texts:
        for stance in ("評価ではなく、コーチとして", "評価面談とは分ける", "傾聴7：問い2：助言1",
                       "具体的", "議題の共同作成者"):  # fmt: skip
            assert squash(stance) in text, stance
        assert "進め方（45分）" in text
        for stage in oneonone.stages:
            assert squash(stage.text("title", "ja")) in text
            assert squash(manager_line(stage, "ja")) in text
        for minutes in ("5分", "15分", "7分", "3分"):
            assert minutes in text
        for question in [*ARTICLE_QUESTIONS, "宣言した「次の一歩」は、やってみてどうだった？"]:
            assert squash(question) in text, question
        assert "合意したネクストアクション（誰が・いつまでに・何を）" in text
        assert not any(stage.text("title", "en") in text for stage in oneonone.stages)


def test_the_guide_asks_the_templates_own_questions_and_adds_the_missing_one(
    oneonone: WorkshopTemplate,
) -> None:
    for language in ("ja", "en"):
        prompts = {p for stage in oneonone.stages for p in stage.prompt_texts(language)}
        asked = QUESTIONS[language]
        assert 5 <= len(good_questions(language)) <= 7
        for index, parts in enumerate(asked):
            if index == ADDED_QUESTION:
                assert not set(parts) & prompts  # the article's question the template lacks
            else:
                assert set(parts) <= prompts, parts  # worded as the template words it


def test_the_managers_line_is_a_sentence_of_the_templates_instructions(
    oneonone: WorkshopTemplate,
) -> None:
    for stage in oneonone.stages:
        for language in ("ja", "en"):
            line = manager_line(stage, language)
            assert line and line in stage.text("instructions", language)
            assert "上司" in line or "manager" in line
    assert (
        manager_line(oneonone.stages[2], "en")
        == "The manager checks for obstacles they can remove."
    )


def test_an_english_workshop_gets_an_english_guide(
    store: Store, template_90: WorkshopTemplate, oneonone: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = demo(store, template_90, 2)
    update_workshop(store, wid, language="en")
    record = load_record(store, wid)
    path = tmp_path / "guide.pdf"
    report = write_guides(path, record, oneonone)
    texts = [page.extract_text() for page in pypdf.PdfReader(path).pages]
    assert report.pages == len(texts) == 2
    for person, text in zip(record.people, texts, strict=True):
        assert person.sheet is not None
        flat = squash(text)
        for expected in ("1on1 guide for the manager", "The next step they declared",
                         "a coach, not a judge", "Listen 7 : ask 2 : advise 1",
                         "The flow (45 min)", "Good questions", "Next actions agreed",
                         "Thu 10 Dec 2026", person.label, person.sheet.step_what):  # fmt: skip
            assert squash(expected) in flat, expected
        for stage in oneonone.stages:
            assert squash(stage.text("title", "en")) in flat
            assert squash(stage.text("title", "ja")) not in flat
        for question in good_questions("en"):
            assert squash(question) in flat
        assert "上司のための" not in flat and "未記入" not in flat
    assert_fonts_embedded(path)


def long_text(length: int, sentence: str = "上司と一緒に小さく試してみる。") -> str:
    return (sentence * (length // len(sentence) + 1))[:length]


def fill_to_the_limit(store: Store, person: uuid.UUID, factor: int) -> dict[str, str]:
    texts = {
        field: long_text(SOFT_LIMITS[field] * factor)
        for field in ("step_what", "step_supporter", "target_state", "identity")
    }
    phrase = SOFT_LIMITS["phrase"] * factor
    save_fields(
        store,
        person,
        **texts,
        strengths=[long_text(phrase, f"強み{n}") for n in range(MAX_PHRASES)],
        values=[long_text(phrase, f"価値{n}") for n in range(MAX_PHRASES)],
        themes=[long_text(phrase, f"テーマ{n}") for n in range(MAX_THEMES)],
        horizon="3y",
    )
    return texts


def test_the_longest_texts_still_make_one_page(
    store: Store, template_90: WorkshopTemplate, oneonone: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = demo(store, template_90, 3)
    people = get_workshop(store, wid).participants
    within = fill_to_the_limit(store, people[0].id, 1)  # as long as the sheet prints whole
    fill_to_the_limit(store, people[1].id, 10)  # far beyond: kept in the store, cut on paper
    record = load_record(store, wid)
    path = tmp_path / "guide.pdf"
    report = write_guides(path, record, oneonone)
    texts = pages_text(path)
    assert report.pages == len(texts) == 3  # one page each, however long
    cut = dict(report.cut)
    # texts within the soft limits print whole; 30 long strengths and values cannot
    assert cut[people[0].name] == ("strengths", "values")
    for field, text in within.items():
        assert squash(text) in texts[0], field
    assert "ほか" in texts[0]
    assert set(cut[people[1].name]) >= {"step_what", "step_supporter", "target_state", "identity"}
    assert squash(MARKER) in texts[1] and squash(MARKER) not in texts[2]
    assert people[2].name not in cut


def test_a_person_without_a_worksheet_gets_a_page_that_says_so(
    store: Store, template_90: WorkshopTemplate, oneonone: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = demo(store, template_90, 3)
    people = get_workshop(store, wid).participants
    with store.session() as session:
        session.exec(delete(WorksheetRow).where(WorksheetRow.participant_id == people[1].id))
    save_fields(store, people[2].id, step_what="", identity="", strengths=[], step_by=None)
    texts = write(tmp_path / "guide.pdf", load_record(store, wid), oneonone)
    assert len(texts) == 3
    assert "未記入" not in texts[0]
    assert people[1].name.replace(" ", "") in texts[1]
    assert "ワークシートは未記入です" in texts[1] and texts[1].count("未記入") >= 8
    assert "ワークシートは未記入です" not in texts[2] and texts[2].count("未記入") == 4
    assert all("進め方（45分）" in text for text in texts)  # the rest of the guide is there


def test_the_anonymised_guide_names_nobody(
    store: Store, template_90: WorkshopTemplate, oneonone: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = demo(store, template_90, 12)
    people = get_workshop(store, wid).participants
    save_fields(store, people[0].id, step_what=f"{people[1].name}さんと週1回の勉強会を開く")
    save_fields(store, people[2].id, step_supporter=f"{people[3].name.split()[0]}課長")
    names = [p.name for p in people]
    plain = "".join(write(tmp_path / "plain.pdf", load_record(store, wid), oneonone))
    assert all(squash(name) in plain for name in names)  # the check can see a name
    record = load_record(store, wid, anonymize=True)
    text = "".join(write(tmp_path / "anonymous.pdf", record, oneonone))
    parts = {part for name in names for part in name.split() if len(part) >= 2}
    assert [name for name in names if squash(name) in text] == []
    assert [part for part in parts if part in text] == []
    assert all(person.label in text for person in record.people)


def test_characters_the_font_lacks_are_reported(
    store: Store, template_90: WorkshopTemplate, oneonone: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = demo(store, template_90, 0)
    add_participants(store, wid, [PersonDraft(name="𠮷田 太郎", department="営業部")])
    person = get_workshop(store, wid).participants[0]
    save_fields(store, person.id, step_what="毎朝😀を送る")
    report = write_guides(tmp_path / "guide.pdf", load_record(store, wid), oneonone)
    assert set(report.missing) == {
        MissingChar("𠮷田 太郎", "name", "𠮷", "U+20BB7"),
        MissingChar("𠮷田 太郎", "step_what", "😀", "U+1F600"),
    }
    text = pages_text(tmp_path / "guide.pdf")[0]
    assert "〓田太郎" in text and "毎朝〓を送る" in text
    assert_fonts_embedded(tmp_path / "guide.pdf")


def test_progress_and_a_cancel_that_leaves_no_file(
    store: Store, template_90: WorkshopTemplate, oneonone: WorkshopTemplate, tmp_path: Path
) -> None:
    record = load_record(store, demo(store, template_90, 3))
    path = tmp_path / "guide.pdf"
    calls: list[tuple[int, int]] = []
    report = write_guides(
        path, record, oneonone, progress=lambda d, t: calls.append((d, t)) is None
    )
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)] and report.pages == 3
    before = path.read_bytes()
    for stop_at in (0, 1, 3):
        seen: list[int] = []

        def stop(done: int, total: int, stop_at: int = stop_at, seen: list[int] = seen) -> bool:
            seen.append(done)
            return len(seen) <= stop_at

        cancelled = write_guides(path, record, oneonone, progress=stop)
        assert cancelled == GuideReport(None, 0, (), (), cancelled=True)
        assert path.read_bytes() == before  # the older file is kept
        assert [p.name for p in tmp_path.glob("*.pdf*")] == ["guide.pdf"]
    fresh = tmp_path / "fresh.pdf"
    assert write_guides(fresh, record, oneonone, progress=lambda d, t: False).cancelled
    assert not fresh.exists()


def test_nobody_to_print_and_an_unwritable_folder_are_user_errors(
    store: Store, template_90: WorkshopTemplate, oneonone: WorkshopTemplate, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="nobody"):
        write_guides(tmp_path / "g.pdf", load_record(store, demo(store, template_90, 0)), oneonone)
    record = load_record(store, demo(store, template_90, 1))
    with pytest.raises(UserError, match="could not be written"):
        write_guides(tmp_path / "missing" / "g.pdf", record, oneonone)
    assert not list(tmp_path.rglob("*.pdf*"))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="no pdftoppm")
def test_the_pages_render(
    store: Store, template_90: WorkshopTemplate, oneonone: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = demo(store, template_90, 2)
    fill_to_the_limit(store, get_workshop(store, wid).participants[1].id, 1)
    path = tmp_path / "guide.pdf"
    write_guides(path, load_record(store, wid), oneonone)
    shots = Path(SHOTS) if SHOTS else tmp_path / "shots"
    shots.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(shots / "guide")], check=True)
    rendered = sorted(shots.glob("guide-*.png"))
    assert len(rendered) == 2 and all(p.stat().st_size > 10_000 for p in rendered)

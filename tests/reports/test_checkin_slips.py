"""Check-in slips: eight to an A4 page in record order, the declared step on each (cut and
reported when too long), blanks for people without a sheet; real PDFs parsed back with pypdf."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from sqlmodel import delete

from app.demo import create_demo
from app.errors import UserError
from app.models import WorksheetRow
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import SOFT_LIMITS, save_fields
from app.workshop_record import load_record
from app.workshops import get_workshop, update_workshop
from reports.checkin_slips import PER_PAGE, SlipsReport, slip_boxes, write_slips

DAY = dt.date(2026, 12, 3)
MARKER = "…（続きは記録に保存）"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages_text(path: Path) -> list[str]:
    return [squash(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def demo(store: Store, template_90: WorkshopTemplate, people: int) -> uuid.UUID:
    return create_demo(store, template_90, participants=people, today=DAY).id


@pytest.fixture(autouse=True)
def _no_stray_files(tmp_path: Path) -> Iterator[None]:
    yield
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(("people", "pages"), [(1, 1), (8, 1), (9, 2), (17, 3)])
def test_eight_slips_a_page_in_record_order(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path, people: int, pages: int
) -> None:
    record = load_record(store, demo(store, template_90, people))
    path = tmp_path / "slips.pdf"
    report = write_slips(path, record)
    texts = pages_text(path)
    assert report.pages == len(texts) == pages == -(-people // PER_PAGE)
    assert report.slips == people and report.cut == () and report.missing == ()
    for page, text in enumerate(texts):
        position = 0
        for person in record.people[page * PER_PAGE : (page + 1) * PER_PAGE]:
            ws = person.sheet
            assert ws is not None and ws.step_by is not None and ws.checkin_date is not None
            position = text.index(squash(person.label), position)  # in record order
            for expected in (
                person.department,
                ws.step_what,
                ws.step_supporter,
                f"{ws.step_by.year}年{ws.step_by.month}月{ws.step_by.day}日",
                f"{ws.checkin_date.year}年{ws.checkin_date.month}月{ws.checkin_date.day}日",
            ):
                assert squash(expected) in text, expected
        on_page = len(record.people[page * PER_PAGE : (page + 1) * PER_PAGE])
        assert text.count("1on1を実施した（月日）") == on_page
        assert text.count("次の一歩を更新した") == on_page
        assert f"{page + 1}/{pages}Ippo" in text
    for page in pypdf.PdfReader(path).pages:  # every font embedded, no Helvetica listed
        for font in (f.get_object() for f in page["/Resources"]["/Font"].values()):
            assert re.fullmatch(r"/[A-Z]{6}\+IPAexGothic", str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_the_slips_tile_the_page_inside_its_margins() -> None:
    boxes = slip_boxes(A4)
    assert len(boxes) == PER_PAGE
    assert [round(b.x) for b in boxes[:2]] == [round(boxes[2].x), round(boxes[3].x)]
    assert boxes[0].top > boxes[2].top > boxes[4].top > boxes[6].top  # row by row, top down
    for box in boxes:
        assert box.x > 0 and box.y > 0 and box.right < A4[0] and box.top < A4[1]
        assert box.w > 90 * 72 / 25.4 and box.h > 65 * 72 / 25.4  # room to write on
    area = sum(b.w * b.h for b in boxes)
    assert area == pytest.approx((A4[0] - 2 * 8 * 72 / 25.4) * (A4[1] - 2 * 8 * 72 / 25.4))


def test_long_steps_are_cut_and_reported_and_missing_sheets_get_blanks(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = demo(store, template_90, 4)
    people = get_workshop(store, wid).participants
    within = ("小さく試す。" * 40)[: SOFT_LIMITS["step_what"]]
    save_fields(store, people[0].id, step_what=within)
    save_fields(store, people[1].id, step_what="小さく試す。" * 200, step_supporter="課長" * 60)
    with store.session() as session:
        session.exec(delete(WorksheetRow).where(WorksheetRow.participant_id == people[2].id))
    path = tmp_path / "slips.pdf"
    report = write_slips(path, load_record(store, wid))
    (text,) = pages_text(path)
    assert report.cut == ((people[1].name, ("step_what", "step_supporter")),)
    assert squash(within) in text  # as long as the sheet prints whole: whole here too
    assert text.count(squash(MARKER)) == 1
    blank = text[text.index(squash(people[2].name)) : text.index(squash(people[3].name))]
    assert blank.count("年月日") == 2  # by when and the check-in date, to fill in by hand
    assert "1on1を実施した" in blank and "宣言した次の一歩" in blank


def test_an_english_workshop_gets_english_slips(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = demo(store, template_90, 2)
    update_workshop(store, wid, language="en")
    path = tmp_path / "slips.pdf"
    write_slips(path, load_record(store, wid))
    text = pypdf.PdfReader(path).pages[0].extract_text()
    for expected in ("Check-in slip", "The next step declared", "Supported by", "1on1 held on",
                     "Next step updated", "Thu 10 Dec 2026"):  # fmt: skip
        assert expected in text
    assert "実施した" not in text and "年月日" not in squash(text) and "未記入" not in text


def test_anonymised_slips_name_nobody(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = demo(store, template_90, 10)
    people = get_workshop(store, wid).participants
    save_fields(store, people[0].id, step_supporter=f"{people[1].name}さん")
    record = load_record(store, wid, anonymize=True)
    path = tmp_path / "slips.pdf"
    write_slips(path, record)
    text = "".join(pages_text(path))
    names = [p.name for p in people]
    parts = {part for name in names for part in name.split() if len(part) >= 2}
    assert [name for name in names if squash(name) in text] == []
    assert [part for part in parts if part in text] == []
    assert all(person.label in text for person in record.people)


def test_progress_and_a_cancel_that_leaves_no_file(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    record = load_record(store, demo(store, template_90, 9))
    path = tmp_path / "slips.pdf"
    calls: list[int] = []
    report = write_slips(path, record, progress=lambda d, t: calls.append(d) is None and t == 9)
    assert calls == list(range(10)) and report.pages == 2
    before = path.read_bytes()
    for stop_at in (0, 1, 8, 9):
        seen: list[int] = []

        def stop(done: int, total: int, stop_at: int = stop_at, seen: list[int] = seen) -> bool:
            seen.append(done)
            return len(seen) <= stop_at

        assert write_slips(path, record, progress=stop) == SlipsReport(
            None, 0, 0, (), (), cancelled=True
        )
        assert path.read_bytes() == before  # the older file is kept
        assert [p.name for p in tmp_path.glob("*.pdf*")] == ["slips.pdf"]
    fresh = tmp_path / "fresh.pdf"
    assert write_slips(fresh, record, progress=lambda d, t: False).cancelled
    assert not fresh.exists()
    with pytest.raises(UserError, match="nobody"):
        write_slips(fresh, load_record(store, demo(store, template_90, 0)))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="no pdftoppm")
def test_the_slips_render(store: Store, template_90: WorkshopTemplate, tmp_path: Path) -> None:
    path = tmp_path / "slips.pdf"
    write_slips(path, load_record(store, demo(store, template_90, 3)))
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / "s")], check=True)
    (shot,) = tmp_path.glob("s-*.png")
    assert shot.stat().st_size > 10_000

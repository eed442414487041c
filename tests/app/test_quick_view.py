"""The standard-library first look at the store agrees with the store, or steps aside."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from app import quick_view, schema
from app.demo import create_demo
from app.paths import DataDir
from app.quick_view import read_quick_view
from app.store import Store
from app.template_model import WorkshopTemplate
from app.workshops import create_workshop, get_workshop, list_workshops

ROOT = Path(__file__).resolve().parents[2]


def test_its_schema_head_is_the_stores() -> None:
    assert quick_view.HEAD == schema.HEAD


def test_it_reads_what_the_store_holds(
    data_dir: DataDir, store: Store, template_90: WorkshopTemplate
) -> None:
    demo = create_demo(store, template_90, participants=40)
    other = create_workshop(store, template_90, "髙橋さんの回")
    view = read_quick_view(data_dir.database)
    assert view is not None
    assert view.summaries == list_workshops(store)
    assert view.detail is not None
    detail = get_workshop(store, view.summaries[0].id)
    assert view.detail.workshop.id == detail.workshop.id

    def fields(stages: list) -> list[tuple]:  # type: ignore[type-arg]
        return [(s.id, s.title, s.planned_seconds, s.prompts, s.protected) for s in stages]

    assert fields(view.detail.stages) == fields(detail.stages)
    assert [p.name for p in view.detail.participants] == [p.name for p in detail.participants]
    chosen = read_quick_view(data_dir.database, select=other.id)
    assert chosen is not None and chosen.detail is not None
    assert chosen.detail.workshop.title == "髙橋さんの回"
    assert demo.id in {s.id for s in view.summaries}


def test_anything_unusual_returns_none(data_dir: DataDir, tmp_path: Path) -> None:
    assert read_quick_view(tmp_path / "missing.sqlite3") is None
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 100)
    assert read_quick_view(garbage) is None
    Store.open(data_dir).close()
    with sqlite3.connect(data_dir.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert read_quick_view(data_dir.database) is None


def test_it_imports_no_sqlalchemy() -> None:
    code = (
        "import sys, app.quick_view, ui.main_window\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', "
        "'pydantic', 'alembic')]\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr

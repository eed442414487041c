"""The command line: verbs, --json, exit codes, messages without tracebacks, and no Qt."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.paths import DataDir

ROOT = Path(__file__).resolve().parents[2]


def run(data_dir: DataDir, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data_dir.root), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_new_list_show_round_trip(data_dir: DataDir) -> None:
    code, out, err = run(
        data_dir, "new", "--template", "90", "--title", "新任管理職研修",
        "--date", "2026-12-03", "--venue", "本社 12F",
    )  # fmt: skip
    assert (code, err) == (0, "")
    workshop_id = out.strip()
    code, out, _ = run(data_dir, "list", "--json")
    rows = json.loads(out)
    assert code == 0
    assert rows == [
        {
            "id": workshop_id,
            "title": "新任管理職研修",
            "date": "2026-12-03",
            "venue": "本社 12F",
            "status": "planned",
            "participants": 0,
            "planned_minutes": 90.0,
        }
    ]
    code, out, _ = run(data_dir, "show", workshop_id[:8], "--json")
    shown = json.loads(out)
    assert code == 0
    assert shown["id"] == workshop_id
    kinds = [s["kind"] for s in shown["stages"]]
    core = [k for k in kinds if k in ("inventory", "strengths", "target", "declaration")]
    assert core == ["inventory", "strengths", "target", "declaration"]
    assert next(s for s in shown["stages"] if s["kind"] == "declaration")["protected"] is True
    code, out, _ = run(data_dir, "show", workshop_id)
    assert code == 0 and "新任管理職研修" in out and "経験の棚卸し" in out


def test_demo_creates_people_across_departments(data_dir: DataDir) -> None:
    code, out, _ = run(data_dir, "demo", "--participants", "40")
    assert code == 0
    _, shown, _ = run(data_dir, "show", out.strip(), "--json")
    people = json.loads(shown)["participants"]
    assert len(people) == 40
    assert len({p["department"] for p in people}) >= 4
    assert len({p["employee_code"] for p in people}) == 40


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "deadbeef"], "No workshop has the id"),
        (["show", "not-an-id!"], "is not a workshop id"),
        (["new", "--title", "x", "--template", "77"], "There is no template '77'"),
        (["new", "--title", "   "], "needs a title"),
        (["new", "--title", "x", "--date", "2026-13-45"], "is not a date"),
        (["demo", "--participants", "-3"], "must be between 0 and 2000"),
        (["frobnicate"], "invalid choice"),
        (["restore", "/nonexistent/backup.sqlite3"], "There is no file"),
    ],
)
def test_user_errors_exit_2_with_a_message_and_no_traceback(
    data_dir: DataDir, argv: list[str], message: str
) -> None:
    code, _out, err = run(data_dir, *argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_a_corrupt_store_is_reported_on_the_cli(data_dir: DataDir) -> None:
    data_dir.ensure()
    data_dir.database.write_bytes(b"garbage" * 100)
    code, _out, err = run(data_dir, "list")
    assert code == 2
    assert str(data_dir.database) in err and "ippo restore" in err


def test_backup_and_restore_verbs(data_dir: DataDir) -> None:
    run(data_dir, "new", "--title", "残す")
    code, out, _ = run(data_dir, "backup")
    backup = Path(out.strip())
    assert code == 0 and backup.is_file()
    run(data_dir, "new", "--title", "消える")
    code, out, _ = run(data_dir, "restore", str(backup))
    assert code == 0 and "kept at" in out
    _, listing, _ = run(data_dir, "list", "--json")
    assert [r["title"] for r in json.loads(listing)] == ["残す"]


def test_reading_works_while_another_ippo_holds_the_store(data_dir: DataDir) -> None:
    from app.store import Store

    run(data_dir, "new", "--title", "開催中")
    with Store.open(data_dir):
        code, out, _ = run(data_dir, "list", "--json")
        assert code == 0 and json.loads(out)[0]["title"] == "開催中"
        code, _out, err = run(data_dir, "new", "--title", "x")
        assert code == 2 and "another running Ippo" in err


def test_templates_verb_reports_a_broken_user_template(data_dir: DataDir) -> None:
    data_dir.templates.mkdir(parents=True)
    (data_dir.templates / "broken.toml").write_text("schema = 1\nid = 'x'\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data_dir.root), "templates"], out=out, err=err)
    assert code == 0
    assert "workshop-90" in out.getvalue()
    assert "broken.toml" in err.getvalue()


@pytest.mark.slow
def test_the_real_command_exits_2_and_imports_no_qt(tmp_path: Path) -> None:
    """A subprocess, as a facilitator runs it: no display, no Qt, a clear message."""
    probe = (
        "import sys\n"
        "from ui.launch import main\n"
        "code = main(sys.argv[1:])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "IPPO_DATA_DIR": str(tmp_path / "d")}
    env.pop("DISPLAY", None)
    ok = subprocess.run(
        [sys.executable, "-c", probe, "demo", "--participants", "3"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=60,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run(
        [sys.executable, "-c", probe, "show", "ffffffff"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=60,
    )  # fmt: skip
    assert bad.returncode == 2
    assert "No workshop has the id" in bad.stderr and "Traceback" not in bad.stderr
    version = subprocess.run(
        [sys.executable, "-c", probe, "--version"], capture_output=True, text=True, cwd=ROOT,
        env=env, timeout=60,
    )  # fmt: skip
    assert version.returncode == 0 and version.stdout.startswith("ippo ")


def test_run_opens_the_window_for_that_workshop(data_dir: DataDir) -> None:
    _, out, _ = run(data_dir, "new", "--title", "本番")
    opened: list[tuple[str | None, bool]] = []

    def fake_gui(where: DataDir, workshop: str | None, start: bool) -> int:
        assert where.root == data_dir.root
        opened.append((workshop, start))
        return 0

    code = main(["--data-dir", str(data_dir.root), "run", out.strip()[:8], "--start"],
                open_gui=fake_gui)  # fmt: skip
    assert code == 0
    assert opened == [(out.strip(), True)]
    assert main(["--data-dir", str(data_dir.root)], open_gui=fake_gui) == 0
    assert opened[-1] == (None, False)


def test_check_lists_the_venue_checks(data_dir: DataDir) -> None:
    run(data_dir, "backup")
    code, out, err = run(data_dir, "check", "--json")
    items = json.loads(out)
    assert {item["id"] for item in items} >= {"store", "fonts", "backups"}
    assert code in (0, 2), err
    assert all(item["level"] in ("ok", "warning", "problem") for item in items)


ROSTERS = ROOT / "tests" / "data" / "rosters"


def test_roster_import_and_list(data_dir: DataDir, tmp_path: Path) -> None:
    _, out, _ = run(data_dir, "new", "--title", "名簿")
    workshop = out.strip()
    roster = tmp_path / "名簿.csv"
    roster.write_bytes("氏名,ふりがな,部署,社員番号\r\n髙橋 一郎,たかはし,営業部,E1\r\n"
                       "﨑山 ①,さきやま,ｼｽﾃﾑ部,E2\r\n".encode("cp932"))  # fmt: skip
    code, out, err = run(data_dir, "roster", "import", workshop, str(roster), "--dry-run")
    assert code == 0, err
    assert "cp932" in out
    _, listed, _ = run(data_dir, "roster", "list", workshop, "--json")
    assert json.loads(listed) == []  # a dry run writes nothing
    code, out, err = run(data_dir, "roster", "import", workshop, str(roster), "--json")
    assert code == 0, err
    assert json.loads(out)["result"]["added"] == 2
    code, again, _ = run(data_dir, "roster", "import", workshop, str(roster), "--json")
    assert json.loads(again)["result"]["added"] == 0  # matched by employee code
    _, listed, _ = run(data_dir, "roster", "list", workshop, "--json")
    assert [(p["name"], p["department"]) for p in json.loads(listed)] == [
        ("髙橋 一郎", "営業部"),
        ("﨑山 ①", "システム部"),
    ]


def test_roster_import_refuses_what_is_not_a_roster(data_dir: DataDir, tmp_path: Path) -> None:
    _, out, _ = run(data_dir, "new", "--title", "名簿")
    workbook = tmp_path / "roster.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    code, _out, err = run(data_dir, "roster", "import", out.strip(), str(workbook))
    assert code == 2
    assert "Excel" in err and "Traceback" not in err
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, _out, err = run(data_dir, "roster", "import", out.strip(), str(empty))
    assert code == 2 and "Traceback" not in err


def test_demo_fills_worksheets(data_dir: DataDir) -> None:
    from app.store import Store
    from app.worksheets import worksheets_for

    _, out, _ = run(data_dir, "demo", "--participants", "12")
    import uuid

    with Store.open(data_dir) as store:
        sheets = worksheets_for(store, uuid.UUID(out.strip()))
    assert len(sheets) == 12
    sheet = next(iter(sheets.values()))
    assert 3 <= len(sheet.experiences) <= 5 and sheet.step_what and sheet.step_by
    assert all(-2 <= e["energy"] <= 2 for e in sheet.experiences)


def test_the_launcher_loads_no_orm_and_no_reportlab_before_a_verb_needs_them() -> None:
    """The window's first paint comes before SQLAlchemy loads (ui/application.py): the
    launcher's own imports, and every verb's parser, must not pull it (or ReportLab) in."""
    script = (
        "import sys\n"
        "from app.cli import build_parser\n"
        "from reports.cli_exchange import EXTENSION as EXCHANGE\n"
        "from reports.cli_verbs import EXTENSION as PRINTING\n"
        "import ui.launch\n"
        "build_parser((PRINTING, EXCHANGE))\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel', 'reportlab', 'alembic'))\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=60)

"""`ippo print`: files written, cut sheets and unprintable characters said, errors without
tracebacks."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf

from app.paths import DataDir
from ui.launch import main


def run(data_dir: DataDir, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    import app.cli
    from reports.cli_verbs import EXTENSION

    code = app.cli.main(["--data-dir", str(data_dir.root), *argv], out=out, err=err,
                        extensions=(EXTENSION,))  # fmt: skip
    return code, out.getvalue(), err.getvalue()


def test_print_combined_and_separate(data_dir: DataDir, tmp_path: Path) -> None:
    _, out, _ = run(data_dir, "demo", "--participants", "4")
    workshop = out.strip()
    _, listed, _ = run(data_dir, "roster", "list", workshop, "--json")
    people = json.loads(listed)
    run(data_dir, "roster", "list", workshop)
    code, out, err = run(data_dir, "print", workshop, "--out", str(tmp_path / "a"), "--combined",
                         "--json")  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert result["sheets"] == 4 and len(result["files"]) == 1
    assert len(pypdf.PdfReader(result["files"][0]).pages) == 4
    code, out, err = run(data_dir, "print", workshop, "--out", str(tmp_path / "b"), "--blank",
                         "--participant", people[0]["id"], "--json")  # fmt: skip
    files = json.loads(out)["files"]
    assert code == 0 and len(files) == 1
    assert Path(files[0]).name.endswith(".pdf") and people[0]["name"].split()[0] in files[0]


def test_unprintable_characters_are_reported(data_dir: DataDir, tmp_path: Path) -> None:
    from app.participants import update_participant
    from app.store import Store
    from app.workshops import get_workshop

    _, out, _ = run(data_dir, "demo", "--participants", "1")
    import uuid

    with Store.open(data_dir) as store:
        person = get_workshop(store, uuid.UUID(out.strip())).participants[0]
        update_participant(store, person.id, name="𠮷田 太郎")
    code, _out, err = run(data_dir, "print", out.strip(), "--out", str(tmp_path))
    assert code == 0
    assert "U+20BB7" in err and "print name" in err


def test_print_errors_exit_2(data_dir: DataDir, tmp_path: Path) -> None:
    _, out, _ = run(data_dir, "new", "--title", "空")
    code, _out, err = run(data_dir, "print", out.strip(), "--out", str(tmp_path))
    assert code == 2 and "nobody to print" in err and "Traceback" not in err
    code, _out, err = run(data_dir, "print", out.strip(), "--out", str(tmp_path), "--participant",
                          "not-a-uuid")  # fmt: skip
    assert code == 2 and "Traceback" not in err
    assert main is not None  # the real entry point carries the verb (see ui/launch.py)

"""`ippo export` and `ippo import`: every kind from the command line, JSON reports, refusals
with a message and exit code 2, and nothing written by a refused or dry-run import."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pypdf
import pytest

from app.paths import DataDir


def run(data_dir: DataDir, *argv: str) -> tuple[int, str, str]:
    import app.cli
    from reports.cli_exchange import EXTENSION as EXCHANGE
    from reports.cli_verbs import EXTENSION as PRINTING

    out, err = io.StringIO(), io.StringIO()
    code = app.cli.main(["--data-dir", str(data_dir.root), *argv], out=out, err=err,
                        extensions=(PRINTING, EXCHANGE))  # fmt: skip
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def workshop(data_dir: DataDir) -> str:
    code, out, err = run(data_dir, "demo", "--participants", "5")
    assert code == 0, err
    return out.strip()


@pytest.mark.parametrize(
    ("kind", "suffix"),
    [("summary-pdf", ".pdf"), ("csv", ".csv"), ("json", ".json"), ("ics", ".ics"),
     ("guides-pdf", ".pdf"), ("slips-pdf", ".pdf")],
)  # fmt: skip
def test_every_kind_is_written(
    data_dir: DataDir, workshop: str, tmp_path: Path, kind: str, suffix: str
) -> None:
    target = tmp_path / "out" / f"export{suffix}"
    code, out, err = run(data_dir, "export", workshop[:8], "--format", kind, "--out", str(target),
                         "--json")  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert result["kind"] == kind and result["files"] == [str(target)] and target.is_file()
    if suffix == ".pdf":
        assert len(pypdf.PdfReader(target).pages) >= 1


def test_anonymised_csv_and_the_names(data_dir: DataDir, workshop: str, tmp_path: Path) -> None:
    _, listed, _ = run(data_dir, "roster", "list", workshop, "--json")
    names = [person["name"] for person in json.loads(listed)]
    target = tmp_path / "anon.csv"
    code, _, err = run(data_dir, "export", workshop, "--format", "csv", "--anonymize",
                       "--out", str(target))  # fmt: skip
    assert code == 0, err
    text = target.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 6 and rows[1][0].startswith("P0")
    assert not [name for name in names if name in text]


def test_per_person_calendars_go_into_a_folder(
    data_dir: DataDir, workshop: str, tmp_path: Path
) -> None:
    folder = tmp_path / "calendars"
    code, out, err = run(data_dir, "export", workshop, "--format", "ics", "--per-person",
                         "--out", str(folder))  # fmt: skip
    assert code == 0, err
    assert len(out.splitlines()) == 5 and len(list(folder.glob("*.ics"))) == 5


def test_refusals_say_what_to_do(data_dir: DataDir, workshop: str, tmp_path: Path) -> None:
    code, _, err = run(data_dir, "export", workshop, "--format", "json", "--anonymize",
                       "--out", str(tmp_path / "a.json"))  # fmt: skip
    assert code == 2 and "cannot be anonymised" in err and not (tmp_path / "a.json").exists()
    code, _, err = run(data_dir, "export", workshop, "--format", "csv", "--per-person",
                       "--out", str(tmp_path / "b"))  # fmt: skip
    assert code == 2 and "--per-person" in err


def test_import_dry_run_then_merge_then_nothing_new(
    data_dir: DataDir, workshop: str, tmp_path: Path
) -> None:
    archive = tmp_path / "archive.json"
    assert run(data_dir, "export", workshop, "--format", "json", "--out", str(archive))[0] == 0
    other = DataDir(tmp_path / "other")
    code, out, err = run(other, "import", str(archive), "--dry-run", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["dry_run"] and report["counts"]["participants"]["added"] == 5
    assert json.loads(run(other, "list", "--json")[1]) == []  # a dry run writes nothing
    code, out, _ = run(other, "import", str(archive))
    assert code == 0 and "Merged" in out
    assert [w["id"] for w in json.loads(run(other, "list", "--json")[1])] == [workshop]
    code, out, _ = run(other, "import", str(archive), "--json")
    assert code == 0 and not json.loads(out)["changed"]


def test_a_malformed_archive_is_refused(data_dir: DataDir, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "ippo-archive", "version": 1', encoding="utf-8")
    code, out, err = run(data_dir, "import", str(broken))
    assert code == 2 and out == "" and "Traceback" not in err
    assert str(broken) in err or "JSON" in err

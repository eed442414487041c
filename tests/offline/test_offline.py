"""The offline guarantee: the whole workflow runs with every socket refused, and tries none."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_whole_workflow_opens_no_connection(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    roster = ROOT / "tests" / "data" / "rosters" / "utf8_bom.csv"
    done = subprocess.run(
        [sys.executable, "-m", "tests.offline.workflow", str(tmp_path), str(roster)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"attempts": [], "network_modules": []}
    outputs = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert outputs == sorted(
        ["sheets", "summary-pdf.pdf", "csv.csv", "json.json", "ics.ics", "guides-pdf.pdf",
         "slips-pdf.pdf", "anonymous.pdf"]
    )  # fmt: skip


def test_the_hook_would_see_a_connection(tmp_path: Path) -> None:
    """The watch itself works: a connection attempt under it is seen and refused."""
    script = (
        "import json, socket, sys\n"
        "from tests.offline import workflow\n"
        "try:\n"
        "    socket.create_connection(('192.0.2.1', 80), timeout=0.01)\n"
        "except OSError:\n"
        "    pass\n"
        "print(json.dumps(workflow.ATTEMPTS))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=True)  # fmt: skip
    attempts = json.loads(done.stdout.strip().splitlines()[-1])
    assert attempts and attempts[0].startswith("socket.")

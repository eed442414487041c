"""Helpers shared by the benchmark scripts: medians, child processes with peak memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class ChildRun:
    seconds: float
    peak_mib: float
    stdout: str
    spawned_at: float  # time.time() just before the spawn

    @property
    def to_paint(self) -> float:
        """Spawn to the first paint, from the child's ``painted at <epoch>`` line (its exit,
        which tears down Qt and Python, is not part of a start)."""
        stamp = float(self.stdout.rsplit(" at ", 1)[1])
        return stamp - self.spawned_at


def run_child(argv: Sequence[str], env: dict[str, str] | None = None) -> ChildRun:
    """Run a process to its end; wall time and its own peak RSS (not the other children's)."""
    spawned_at = time.time()
    started = time.perf_counter()
    process = subprocess.Popen(
        list(argv), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True
    )
    assert process.stdout is not None and process.stderr is not None
    out = process.stdout.read()
    err = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{argv} failed ({process.returncode}):\n{err}")
    return ChildRun(seconds, usage.ru_maxrss / 1024, out, spawned_at)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)

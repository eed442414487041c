"""Start of the frozen app (``dist/Ippo/ippo``) to a painted main window, against the same
start from source (``.venv/bin/ippo``), on a 40-participant demo workshop.

Limit (issue 8): the frozen start at most 1.5x the start from source. Build first
(``python packaging/build.py``); without a build this says so and exits 0. Each side runs
RUNS times, alternating, offscreen, with ``IPPO_EXIT_AFTER_PAINT=1``; medians are compared.
Time is from spawning the process to its first paint (the child prints the wall-clock
instant), as in ``bench/startup.py``. Each side's first start builds its theme cache and is
left out. "Cold" means a new process each time; the files stay in the operating system's
cache between runs, as they do on a laptop after the first start of the day.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from _common import ROOT, median, run_child

RUNS = int(os.environ.get("RUNS", "7"))
LIMIT_RATIO = 1.5
FROZEN = ROOT / "dist" / "Ippo" / ("ippo.exe" if os.name == "nt" else "ippo")
SOURCE = Path(sys.executable).parent / ("ippo.exe" if os.name == "nt" else "ippo")


def main() -> int:
    if not FROZEN.is_file():  # `make bench` runs every script; only `make package` builds
        print(f"skipped: no {FROZEN.relative_to(ROOT)} (build it with `make package`)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "IPPO_DATA_DIR")}
        env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
        run_child([str(SOURCE), "--data-dir", str(data), "demo", "--participants", "40"], env)
        app_env = {**env, "IPPO_EXIT_AFTER_PAINT": "1"}
        sides = {"source": [str(SOURCE), "--data-dir", str(data)],
                 "frozen": [str(FROZEN), "--data-dir", str(data)]}  # fmt: skip
        for name, argv in sides.items():
            first = run_child(argv, app_env)
            print(f"{name}: first start (builds the theme cache): {first.to_paint:.3f} s")
        times: dict[str, list[float]] = {name: [] for name in sides}
        peaks: dict[str, list[float]] = {name: [] for name in sides}
        for index in range(RUNS):
            order = list(sides) if index % 2 == 0 else list(reversed(sides))
            for name in order:
                run = run_child(sides[name], app_env)
                assert "painted" in run.stdout, run.stdout
                times[name].append(run.to_paint)
                peaks[name].append(run.peak_mib)
    for name in sides:
        spread = ", ".join(f"{t:.3f}" for t in times[name])
        print(f"{name:>6} to painted main window: median {median(times[name]):.3f} s "
              f"({spread}); peak memory median {median(peaks[name]):.1f} MiB")  # fmt: skip
    ratio = median(times["frozen"]) / median(times["source"])
    print(f"frozen / source: {ratio:.2f}  (limit {LIMIT_RATIO})")
    return 0 if ratio <= LIMIT_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())

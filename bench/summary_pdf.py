"""The session summary PDF of a 200-participant workshop, named and anonymised.

Limit (issue 6): at most 2 s. Timed from the store to the finished file — reading the record
(``load_record``, which also anonymises) and writing the PDF — as the app does it; the two
parts are printed apart too. The workshop is the demo one (filled worksheets for everyone),
half checked in, with a finished run in which two stages ran over.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from _common import median

from app.demo import create_demo
from app.participants import set_checked_in
from app.paths import DataDir
from app.store import Store
from app.templates import load_templates
from app.workshop_record import load_record
from app.workshops import get_workshop
from reports.fonts import register_fonts
from reports.summary_pdf import write_summary
from tests.helpers.runs import run_through

RUNS = int(os.environ.get("RUNS", "5"))
PEOPLE = 200
LIMIT_SECONDS = 2.0


def main() -> int:
    register_fonts()  # once per app session, not per summary
    templates = {t.id: t for t in load_templates(None)[0]}
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Store.open(DataDir(folder / "data")) as store:
            workshop = create_demo(
                store, templates["workshop-90"], participants=PEOPLE, today=date(2026, 11, 26)
            )
            for person in get_workshop(store, workshop.id).participants[::2]:
                set_checked_in(store, person.id, True)
            finish = run_through(store, workshop.id, [0, 120, -60, 300])
            print(f"Summary PDF of a {PEOPLE}-participant workshop, median of {RUNS} runs:")
            for anonymize in (False, True):
                loads, writes, totals, pages, size = [], [], [], 0, 0
                for run in range(RUNS):
                    target = folder / f"summary{int(anonymize)}-{run}.pdf"
                    started = time.perf_counter()
                    record = load_record(store, workshop.id, anonymize=anonymize, now=finish.now)
                    loaded = time.perf_counter()
                    report = write_summary(target, record)
                    done = time.perf_counter()
                    assert report.path == target and not report.missing
                    loads.append(loaded - started)
                    writes.append(done - loaded)
                    totals.append(done - started)
                    pages, size = report.pages, target.stat().st_size
                total = median(totals)
                worst = max(worst, total)
                name = "anonymised" if anonymize else "named     "
                print(
                    f"  {name} {total:.3f} s (record {median(loads):.3f} s + PDF "
                    f"{median(writes):.3f} s; {pages} pages, {size / 1024:.0f} KB); limit "
                    f"{LIMIT_SECONDS} s, ratio to the limit {total / LIMIT_SECONDS:.2f}"
                )
    return 0 if worst <= LIMIT_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())

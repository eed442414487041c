"""JSON archive of a 200-participant workshop: export to a file, then import into a fresh store.

Limit: export + import at most 2 s. The workshop is the demo content (filled worksheets) with a
finished run (start, one "next" per stage, finish) and three group rounds. Each run exports to
a new file and imports into a new, empty store (opening the store is not timed: it is the same
for any import). Also printed: the second import of the same file (it must write nothing),
and the file's size.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _common import median

from app.archive import import_archive, write_archive
from app.demo import create_demo
from app.models import GroupRoundRow
from app.paths import DataDir
from app.runs import RunSession
from app.store import Store
from app.templates import load_templates
from app.workshops import get_workshop

RUNS = int(os.environ.get("RUNS", "5"))
PEOPLE = 200
LIMIT_SECONDS = 2.0


class _Clock:
    """Time moves only when the script says so (a run of the planned lengths, no waiting)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _finished_run(store: Store, workshop_id: uuid.UUID) -> None:
    clock = _Clock()
    run = RunSession(store, workshop_id, now=clock)
    run.act("start")
    for stage in run.detail.stages:
        clock.now += timedelta(seconds=stage.planned_seconds + 30)
        run.act("next")
    run.act("finish")


def _group_rounds(store: Store, workshop_id: uuid.UUID) -> None:
    ids = [str(p.id) for p in get_workshop(store, workshop_id).participants]
    with store.session() as session:
        for number in (1, 2, 3):
            shuffled = ids[number:] + ids[:number]
            groups = [shuffled[i : i + 4] for i in range(0, len(shuffled), 4)]
            session.add(GroupRoundRow(workshop_id=workshop_id, number=number, groups=groups))


def main() -> int:
    templates = {t.id: t for t in load_templates(None)[0]}
    exports, imports, totals, agains, size = [], [], [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Store.open(DataDir(folder / "source")) as store:
            workshop = create_demo(store, templates["workshop-90"], participants=PEOPLE)
            _finished_run(store, workshop.id)
            _group_rounds(store, workshop.id)
            for run in range(RUNS):
                path = folder / f"archive{run}.json"
                with Store.open(DataDir(folder / f"fresh{run}")) as fresh:
                    started = time.perf_counter()
                    write_archive(store, workshop.id, path)
                    exported = time.perf_counter()
                    report = import_archive(fresh, path)
                    imported = time.perf_counter()
                    again = import_archive(fresh, path)
                    agains.append(time.perf_counter() - imported)
                assert report.counts["participants"].added == PEOPLE
                assert report.counts["worksheets"].added == PEOPLE
                assert not again.changed
                exports.append(exported - started)
                imports.append(imported - exported)
                totals.append(imported - started)
                size = path.stat().st_size
    rows = sum(c.added for c in report.counts.values())
    took = median(totals)
    print(f"JSON archive of a {PEOPLE}-participant workshop ({rows} rows), median of {RUNS} runs:")
    print(f"  export   {median(exports):.3f} s  (file {size / 1024:.0f} KB)")
    print(f"  import   {median(imports):.3f} s  into an empty store")
    print(
        f"  total    {took:.3f} s  (limit {LIMIT_SECONDS} s, ratio to the limit "
        f"{took / LIMIT_SECONDS:.2f})"
    )
    print(f"  the same file again: {median(agains):.3f} s, nothing written")
    return 0 if took <= LIMIT_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())

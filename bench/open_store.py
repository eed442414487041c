"""Opening (and migrating) a store holding 100 workshops x 40 participants.

Limit (issue 2): at most 0.5 s. The store is made at the first schema revision, so every run
includes the backup and the migrations to the head (when there are any), then the integrity
check that every open does.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path

from _common import median, run_child

from app import schema
from app.paths import DataDir

RUNS = int(os.environ.get("RUNS", "7"))
LIMIT = 0.5


def build(path: Path) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{path}")
    schema.upgrade(engine, target=schema.REVISIONS[0])
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
    with engine.begin() as connection:
        for w in range(100):
            wid = uuid.uuid4().hex
            connection.execute(
                text(
                    "INSERT INTO workshop VALUES (:id, :t, '2026-12-03', '本社', '人事', 'ja', "
                    "'planned', 'workshop-90', 90, '', :n, :n)"
                ),
                {"id": wid, "t": f"研修 {w}", "n": now},
            )
            connection.execute(
                text(
                    "INSERT INTO participant VALUES (:id, :w, :p, :name, 'よみ', '営業部', :code, "
                    "'', 0, '', :name, :n, :n)"
                ),
                [
                    {"id": uuid.uuid4().hex, "w": wid, "p": p, "name": f"参加者 {w}-{p}",
                     "code": f"E{w:03d}{p:02d}", "n": now}
                    for p in range(40)
                ],
            )  # fmt: skip
    engine.dispose()


PROBE = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from sqlmodel import func, select
from app.models import Participant
from app.paths import DataDir
from app.store import Store
imported = time.perf_counter()
with Store.open(DataDir(Path(sys.argv[1]))) as store, store.session() as session:
    count = session.exec(select(func.count()).select_from(Participant)).one()
assert count == 4000, count
done = time.perf_counter()
print(done - imported, done - started)
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template.sqlite3"
        build(template)
        times, totals = [], []
        for run in range(RUNS):
            data = DataDir(Path(tmp) / f"run{run}")
            data.ensure()
            shutil.copy(template, data.database)
            child = run_child([sys.executable, "-c", PROBE, str(data.root)])
            opened, total = (float(x) for x in child.stdout.split())
            times.append(opened)
            totals.append(total)
    print(
        f"open + backup + migrate (incl. importing Alembic) + integrity check + first query, "
        f"100 workshops x 40 people, fresh process: median {median(times):.3f} s over {RUNS} "
        f"runs (limit {LIMIT} s; ratio {median(times) / LIMIT:.2f})"
    )
    print(f"  the same including the process's first import of SQLAlchemy/SQLModel: "
          f"median {median(totals):.3f} s")  # fmt: skip
    print(f"migrations applied per run: {len(schema.REVISIONS) - 1}")
    return 0 if median(times) <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())

"""The whole workflow in one process with every socket refused (run by test_offline.py).

An audit hook sees every attempt to resolve a name or open a connection — from Ippo, Qt's
Python bindings, ReportLab, SQLAlchemy or anything they import — records it and refuses it.
The script prints the attempts as JSON on its last line; the test fails on any.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

ATTEMPTS: list[str] = []
_WATCHED = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto",
            "socket.bind", "urllib.Request", "http.client.connect", "ftplib.connect")  # fmt: skip


def _refuse(event: str, args: tuple[object, ...]) -> None:
    if event in _WATCHED:
        ATTEMPTS.append(f"{event} {args!r}"[:300])
        raise OSError(f"offline test: {event} refused")


sys.addaudithook(_refuse)


def ippo(*argv: str) -> str:
    """One command, exactly as the ``ippo`` launcher runs it (with the documents' verbs)."""
    from app.cli import main as cli_main
    from reports.cli_exchange import EXTENSION as EXCHANGE
    from reports.cli_verbs import EXTENSION as PRINTING

    out, err = io.StringIO(), io.StringIO()
    code = cli_main(list(argv), out=out, err=err, extensions=(PRINTING, EXCHANGE))
    if code != 0:
        raise SystemExit(f"ippo {' '.join(argv)} failed ({code}): {err.getvalue()}")
    return out.getvalue()


def main(work: Path, roster: Path) -> None:
    data = work / "data"
    os.environ["IPPO_DATA_DIR"] = str(data)
    base = ["--data-dir", str(data)]
    workshop = ippo(*base, "demo", "--participants", "12").strip()
    ippo(*base, "roster", "import", workshop, str(roster), "--skip-errors")

    # the run clock, as the app drives it
    from app.paths import DataDir
    from app.runs import RunSession
    from app.store import Store

    with Store.open(DataDir(data)) as store:
        from app.workshops import resolve_id

        session = RunSession(store, resolve_id(store, workshop))
        for action in ("start", "next", "pause", "resume", "next", "finish"):
            session.act(action)

    out = work / "out"
    ippo(*base, "print", workshop, "--out", str(out / "sheets"), "--combined")
    kinds = (("summary-pdf", ".pdf"), ("csv", ".csv"), ("json", ".json"), ("ics", ".ics"),
             ("guides-pdf", ".pdf"), ("slips-pdf", ".pdf"))  # fmt: skip
    for kind, suffix in kinds:
        ippo(*base, "export", workshop, "--format", kind, "--out", str(out / f"{kind}{suffix}"))
    ippo(*base, "export", workshop, "--format", "summary-pdf", "--anonymize",
         "--out", str(out / "anonymous.pdf"))  # fmt: skip
    other = ["--data-dir", str(work / "other")]
    ippo(*other, "import", str(out / "json.json"))
    ippo(*base, "backup")
    ippo(*base, "check", "--json")

    # the app itself: first paint, the store attached, the workshop opened, then quit
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.application import run_app

    QTimer.singleShot(3000, QApplication.quit)  # a safety net; the hook below quits sooner
    os.environ["IPPO_EXIT_AFTER_PAINT"] = "1"
    code = run_app(DataDir(data), workshop_id=None)
    if code != 0:
        raise SystemExit(f"the app exited with {code}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
    network = sorted(m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "requests",
                                                             "urllib3", "httpx")))  # fmt: skip
    print(json.dumps({"attempts": ATTEMPTS, "network_modules": network}))

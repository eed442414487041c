"""The ``ippo`` entry point: the CLI, which opens a window only when one is asked for.

Qt is imported lazily, inside :func:`open_gui`, so ``ippo list`` starts fast and works on a
machine with no display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli import main as cli_main
from app.paths import DataDir


def open_gui(data_dir: DataDir, workshop: str | None, start: bool) -> int:
    """Start the Qt application (imported only now)."""
    from ui.application import run_app

    return run_app(data_dir, workshop_id=workshop, start_run=start)


def main(argv: Sequence[str] | None = None) -> int:
    # parsers only; ReportLab loads when a verb runs
    from reports.cli_exchange import EXTENSION as EXCHANGE
    from reports.cli_verbs import EXTENSION as PRINTING

    return cli_main(argv, open_gui=open_gui, extensions=(PRINTING, EXCHANGE))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""The ``ippo`` command line: the scripting surface of the core, no Qt unless a window is asked.

``ippo`` with no verb opens the app. Verbs that need no window never import Qt, so they start
fast and run on a machine without a display. User errors print a message and advice on stderr
and exit with 2; no traceback.

This module holds the parser and :func:`main`, which dispatches to the verbs: the workshop verbs
(:mod:`app.cli_workshops`), ``roster`` (:mod:`app.cli_roster`) and the store's own verbs
(:mod:`app.cli_store`), with what they share in :mod:`app.cli_common`.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from app import __version__
from app.cli_common import (
    EXIT_BUG,
    EXIT_USER_ERROR,
    Command,
    Extension,
    resolve_workshop,
    with_store,
)
from app.cli_roster import cmd_roster
from app.cli_store import cmd_backup, cmd_check, cmd_restore
from app.cli_workshops import cmd_demo, cmd_list, cmd_new, cmd_show, cmd_status, cmd_templates
from app.errors import UserError
from app.paths import DataDir, resolve_data_dir

#: Opens the GUI: (data dir, workshop id to open or None, start the run at once) -> exit code.
GuiOpener = Callable[[DataDir, str | None, bool], int]


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors with our exit code and no traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UserError(f"{self.prog}: {message}", "Run `ippo --help` for the list of commands.")


def build_parser(extensions: Sequence[Extension] = ()) -> argparse.ArgumentParser:
    parser = _Parser(prog="ippo", description="Ippo (一歩): career-ownership workshops.")
    parser.add_argument("--version", action="version", version=f"ippo {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="folder of the store (default: the user data folder)"
    )
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND", parser_class=_Parser)

    new = verbs.add_parser("new", help="create a workshop from a template; prints its id")
    new.add_argument("--template", default="90", help="60, 90, 120, 1on1 or a template id")
    new.add_argument("--title", required=True)
    new.add_argument("--date", type=_parse_date, help="YYYY-MM-DD")
    new.add_argument("--venue", default="")
    new.add_argument("--facilitator", default="")
    new.add_argument("--language", choices=("ja", "en"), default="ja")

    listing = verbs.add_parser("list", help="list the workshops")
    listing.add_argument("--json", action="store_true")

    show = verbs.add_parser("show", help="show a workshop's agenda and participants")
    show.add_argument("id", help="workshop id (a unique prefix is enough)")
    show.add_argument("--json", action="store_true")

    demo = verbs.add_parser("demo", help="create a sample workshop; prints its id")
    demo.add_argument("--participants", type=_non_negative, default=24, metavar="N")

    verbs.add_parser("templates", help="list the workshop templates and report broken ones")
    verbs.add_parser("backup", help="back up the store now; prints the backup's path")
    restore = verbs.add_parser("restore", help="restore a backup (the current store is kept)")
    restore.add_argument("file", type=Path)

    run = verbs.add_parser("run", help="open the app in run mode for a workshop")
    run.add_argument("id")
    run.add_argument("--start", action="store_true", help="start the first stage at once")

    status = verbs.add_parser("status", help="the run state of a workshop, read from the store")
    status.add_argument("id")
    status.add_argument("--json", action="store_true")

    roster = verbs.add_parser("roster", help="import or list a workshop's participants")
    roster_verbs = roster.add_subparsers(dest="roster_verb", metavar="ACTION", required=True,
                                         parser_class=_Parser)  # fmt: skip
    imports = roster_verbs.add_parser("import", help="import a CSV/TSV roster exported from Excel")
    imports.add_argument("id")
    imports.add_argument("file", type=Path)
    imports.add_argument("--encoding", help="utf-8, utf-8-sig, utf-16 or cp932 (default: decided)")
    imports.add_argument("--dry-run", action="store_true", help="show what would change")
    imports.add_argument("--skip-errors", action="store_true", help="import the good lines")
    imports.add_argument("--json", action="store_true")
    people = roster_verbs.add_parser("list", help="list the participants")
    people.add_argument("id")
    people.add_argument("--json", action="store_true")

    check = verbs.add_parser("check", help="the venue check (store, fonts, sounds, backups)")
    check.add_argument("--json", action="store_true")
    for extension in extensions:
        extension.add(verbs)
    return parser


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-01") from exc


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from exc
    if value < 0 or value > 2000:
        raise argparse.ArgumentTypeError("must be between 0 and 2000")
    return value


def main(
    argv: Sequence[str] | None = None,
    open_gui: GuiOpener | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    extensions: Sequence[Extension] = (),
) -> int:
    """Run one command; returns the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = build_parser(extensions).parse_args(argv)
        data_dir = resolve_data_dir(args.data_dir)
        if args.verb in (None, "run"):
            if open_gui is None:
                raise UserError("This build has no window.", "Use the commands instead.")
            workshop = None
            if args.verb == "run":
                workshop = str(with_store(data_dir, lambda s: resolve_workshop(s, args.id)))
            return open_gui(data_dir, workshop, bool(getattr(args, "start", False)))
        commands = dict(COMMANDS)
        for extension in extensions:
            commands.update(extension.commands)
        return commands[args.verb](args, data_dir, out, err)
    except UserError as exc:
        print(f"ippo: {exc.message}", file=err)
        if exc.advice:
            print(exc.advice, file=err)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception:
        print("ippo: an unexpected error stopped the command; nothing was half-saved.", file=err)
        traceback.print_exc(file=err)
        return EXIT_BUG


COMMANDS: dict[str, Command] = {
    "new": cmd_new,
    "list": cmd_list,
    "show": cmd_show,
    "demo": cmd_demo,
    "templates": cmd_templates,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "status": cmd_status,
    "check": cmd_check,
    "roster": cmd_roster,
}

"""The ``ippo`` command line: the scripting surface of the core, no Qt unless a window is asked.

``ippo`` with no verb opens the app. Verbs that need no window never import Qt, so they start
fast and run on a machine without a display. User errors print a message and advice on stderr
and exit with 2; no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from app import __version__
from app.errors import StoreLocked, UserError
from app.paths import DataDir, resolve_data_dir

#: Opens the GUI: (data dir, workshop id to open or None, start the run at once) -> exit code.
GuiOpener = Callable[[DataDir, str | None, bool], int]

#: A verb: (parsed arguments, data folder, stdout, stderr) -> exit code.
Command = Callable[[argparse.Namespace, DataDir, TextIO, TextIO], int]

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors with our exit code and no traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UserError(f"{self.prog}: {message}", "Run `ippo --help` for the list of commands.")


@dataclass(frozen=True)
class Extension:
    """Verbs that live in a higher layer (``reports``: print, export), plugged in by the
    launcher so the core never imports them. ``add(verbs)`` adds the subparsers."""

    add: Callable[[Any], None]
    commands: Mapping[str, Command]


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


# -- verbs ------------------------------------------------------------------------------------


def with_store(data_dir: DataDir, action: Callable[[Any], Any], *, write: bool = False) -> Any:
    """Run ``action`` with the store open. Reading works while the app holds the store."""
    from app.store import Store

    try:
        store = Store.open(data_dir)
    except StoreLocked:
        if write:
            raise
        store = Store.open(data_dir, exclusive=False, migrate=False)
    with store:
        return action(store)


def resolve_workshop(store: Any, text: str) -> Any:
    from app.workshops import resolve_id

    return resolve_id(store, text)


def _find_template(data_dir: DataDir, wanted: str) -> Any:
    from app.templates import load_templates

    templates, _problems = load_templates(data_dir.templates)
    aliases = {wanted, f"workshop-{wanted}", f"oneonone-{wanted.removeprefix('1on1')}"}
    if wanted in ("1on1", "oneonone"):
        aliases.add("oneonone-45")
    for template in templates:
        if template.id in aliases:
            return template
    known = ", ".join(t.id for t in templates)
    raise UserError(f"There is no template '{wanted}'.", f"Known templates: {known}.")


def cmd_new(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.workshops import create_workshop

    template = _find_template(data_dir, args.template)
    workshop = with_store(
        data_dir,
        lambda store: create_workshop(
            store,
            template,
            args.title,
            when=args.date,
            venue=args.venue,
            facilitator=args.facilitator,
            language=args.language,
        ),
        write=True,
    )
    print(workshop.id, file=out)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.workshops import list_workshops

    rows = with_store(data_dir, list_workshops)
    if args.json:
        payload = [
            {
                "id": str(r.id),
                "title": r.title,
                "date": r.date.isoformat() if r.date else None,
                "venue": r.venue,
                "status": r.status,
                "participants": r.participants,
                "planned_minutes": round(r.planned_seconds / 60, 1),
            }
            for r in rows
        ]
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    if not rows:
        print("No workshops yet. Create one with `ippo new` or `ippo demo`.", file=out)
    for r in rows:
        when = r.date.isoformat() if r.date else "----------"
        print(
            f"{r.id.hex[:8]}  {when}  {r.planned_seconds // 60:>4} min  "
            f"{r.participants:>3} people  {r.title}",
            file=out,
        )
    return EXIT_OK


def workshop_json(detail: Any) -> dict[str, Any]:
    """The ``show --json`` form of a workshop."""
    w = detail.workshop
    return {
        "id": str(w.id),
        "title": w.title,
        "date": w.date.isoformat() if w.date else None,
        "venue": w.venue,
        "facilitator": w.facilitator,
        "language": w.language,
        "status": w.status,
        "template": w.template_id,
        "planned_minutes": round(detail.planned_seconds / 60, 1),
        "stages": [
            {
                "id": str(s.id),
                "kind": s.kind,
                "title": s.title,
                "planned_seconds": s.planned_seconds,
                "warning_seconds": s.warning_seconds,
                "protected": s.protected,
                "at_zero": s.at_zero,
                "instructions": s.instructions,
                "prompts": list(s.prompts),
            }
            for s in detail.stages
        ],
        "participants": [
            {
                "id": str(p.id),
                "name": p.name,
                "reading": p.reading,
                "department": p.department,
                "employee_code": p.employee_code,
                "email": p.email,
                "attended": p.attended,
                "print_name": p.print_name,
            }
            for p in detail.participants
        ],
    }


def cmd_show(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.workshops import get_workshop

    detail = with_store(
        data_dir, lambda store: get_workshop(store, resolve_workshop(store, args.id))
    )
    if args.json:
        json.dump(workshop_json(detail), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    w = detail.workshop
    print(f"{w.title}  ({w.id})", file=out)
    print(f"{w.date or '-'}  {w.venue}  {w.facilitator}", file=out)
    print(f"\nAgenda ({detail.planned_seconds // 60} min):", file=out)
    for index, s in enumerate(detail.stages, 1):
        mark = " [protected]" if s.protected else ""
        print(f"  {index:>2}. {s.planned_seconds // 60:>3} min  {s.title}{mark}", file=out)
    print(f"\nParticipants ({len(detail.participants)}):", file=out)
    for p in detail.participants:
        print(f"  {p.name}  {p.department}", file=out)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.demo import create_demo

    template = _find_template(data_dir, "90")
    workshop = with_store(
        data_dir, lambda store: create_demo(store, template, args.participants), write=True
    )
    print(workshop.id, file=out)
    return EXIT_OK


def cmd_templates(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.templates import load_templates

    templates, problems = load_templates(data_dir.templates)
    for t in templates:
        origin = "built-in" if t.builtin else str(t.path)
        print(f"{t.id:<20} {t.minutes:>4} min  {t.title.get('ja', '')}  ({origin})", file=out)
    for problem in problems:
        print(f"ippo: broken template {problem.path}: {problem.field}: {problem.message}", file=err)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.backups import make_backup
    from app.settings import read_settings_file

    days = read_settings_file(data_dir.settings).backup_days  # as the app keeps them
    path = with_store(data_dir, lambda store: make_backup(store, reason="manual", keep_days=days))
    print(path, file=out)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.backups import restore_data_dir

    aside = restore_data_dir(data_dir, args.file)
    print(f"Restored {args.file}.", file=out)
    print(f"The store it replaced was kept at {aside}", file=out)
    return EXIT_OK


def cmd_status(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.runs import local_time, run_status

    status = with_store(data_dir, lambda store: run_status(store, resolve_workshop(store, args.id)))
    if args.json:
        json.dump(status.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    s = status.state
    if not s.started:
        print(f"{status.title}: not started", file=out)
    elif s.finished:
        print(f"{status.title}: finished at {local_time(s.finished_at)}", file=out)
    else:
        paused = " (paused)" if s.paused else ""
        print(f"{status.title}: {status.stage_title} — {s.display} {s.phase}{paused}", file=out)
        behind = s.ahead_behind_seconds or 0
        print(
            f"projected end {local_time(s.projected_end)} (planned {local_time(s.planned_end)}, "
            f"{'behind' if behind > 0 else 'ahead'} {abs(behind) / 60:.1f} min)",
            file=out,
        )
    return EXIT_OK


def cmd_roster(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    if args.roster_verb == "list":
        from app.workshops import get_workshop

        detail = with_store(
            data_dir, lambda store: get_workshop(store, resolve_workshop(store, args.id))
        )
        people = workshop_json(detail)["participants"]
        if args.json:
            json.dump(people, out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            for p in people:
                mark = "✓" if p["attended"] else " "
                print(f"{mark} {p['name']}\t{p['department']}\t{p['employee_code']}", file=out)
        return EXIT_OK
    from app.roster import read_roster
    from app.roster_import import (
        format_preview,
        format_result,
        import_roster,
        result_json,
        roster_json,
    )

    preview = read_roster(args.file, encoding=args.encoding)

    def apply(store: Any) -> Any:
        return import_roster(
            store, resolve_workshop(store, args.id), preview,
            dry_run=args.dry_run, skip_errors=args.skip_errors,
        )  # fmt: skip

    refused: UserError | None = None
    result = None
    if not preview.needs_mapping:
        try:
            result = with_store(data_dir, apply, write=not args.dry_run)
        except UserError as error:
            refused = error
    if args.json:
        payload = {
            "preview": roster_json(preview),
            "result": result_json(result) if result else None,
        }
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print(format_preview(preview), file=out)
        if result is not None:
            print(format_result(result), file=out)
    if refused is not None:
        print(f"ippo: {refused.message}", file=err)
        if refused.advice:
            print(refused.advice, file=err)
    if preview.needs_mapping:
        print("ippo: no column holds the names; nothing was imported.", file=err)
        print("Name the column 氏名 or Name, or map it in the app's import dialog.", file=err)
    imported = result is not None and (result.added or result.updated or result.unchanged)
    return EXIT_OK if imported or (result is not None and args.dry_run) else EXIT_USER_ERROR


def cmd_check(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.db_types import utcnow
    from app.errors import StoreError
    from app.store import Store
    from app.venue_check import checks_json, run_checks

    try:
        store: Store | None = Store.open(data_dir)
    except StoreLocked:
        store = Store.open(data_dir, exclusive=False, migrate=False)
    except StoreError as error:
        print(f"ippo: {error.message}", file=err)
        store = None
    try:
        items = run_checks(data_dir, store, utcnow())
    finally:
        if store is not None:
            store.close()
    if args.json:
        json.dump(checks_json(items), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for item in items:
            print(f"[{item.level:^7}] {item.title}: {item.detail}", file=out)
            if not item.ok and item.advice:
                print(f"          → {item.advice}", file=out)
    return EXIT_OK if all(item.level != "problem" for item in items) else EXIT_USER_ERROR


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

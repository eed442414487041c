"""``ippo export`` and ``ippo import`` — documents out, archives in (plugged into ``app.cli``)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from app.cli_common import EXIT_OK, EXIT_USER_ERROR, Extension, with_store
from app.errors import UserError
from app.paths import DataDir
from reports.exports import KINDS


def _add(verbs: Any) -> None:
    export = verbs.add_parser(
        "export", help="export a workshop: summary PDF, CSV, JSON archive, calendar, 1on1 guides"
    )
    export.add_argument("id", help="workshop id (a unique prefix is enough)")
    export.add_argument("--format", required=True, choices=tuple(KINDS), dest="kind")
    export.add_argument("--out", type=Path, required=True,
                        help="the file to write (a folder with --per-person)")  # fmt: skip
    export.add_argument("--anonymize", action="store_true",
                        help="P01, P02, … instead of names; shared departments only")  # fmt: skip
    export.add_argument("--encoding", choices=("utf-8-sig", "cp932"), default="utf-8-sig",
                        help="CSV only: utf-8-sig (Excel, default) or cp932")  # fmt: skip
    export.add_argument("--per-person", action="store_true",
                        help="ics only: one file per person, into the --out folder")  # fmt: skip
    export.add_argument("--json", action="store_true")

    archive = verbs.add_parser("import", help="merge a JSON archive from another laptop")
    archive.add_argument("file", type=Path)
    archive.add_argument("--dry-run", action="store_true", help="show what would change")
    archive.add_argument("--json", action="store_true")


def cmd_export(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.cli_common import resolve_workshop
    from reports.exports import run_export

    if args.per_person and args.kind != "ics":
        raise UserError("--per-person is for --format ics.", "Leave it out for other formats.")
    if args.per_person:
        _make_folder(args.out)
    else:
        _make_folder(args.out.parent)

    def export(store: Any) -> Any:
        workshop_id = resolve_workshop(store, args.id)
        return run_export(
            store, workshop_id, args.kind, args.out, anonymize=args.anonymize,
            encoding=args.encoding, per_person=args.per_person,
        )  # fmt: skip

    result = with_store(data_dir, export)
    if args.json:
        json.dump(result.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for path in result.files:
            print(path, file=out)
        for note in result.notes:
            print(note, file=err)
    return EXIT_OK if result.files else EXIT_USER_ERROR


def cmd_import(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.archive import import_archive
    from app.archive_format import read_archive

    archive = read_archive(args.file)  # refused before the store is even opened
    report = with_store(
        data_dir, lambda store: import_archive(store, archive, dry_run=args.dry_run), write=True
    )
    if args.json:
        json.dump(report.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        if args.dry_run:
            print("dry run: nothing was written", file=out)
        for line in report.summary_lines():
            print(line, file=out)
    return EXIT_OK


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create the folder {folder}: {exc.strerror}.",
                        "Choose a folder you can write to.") from exc  # fmt: skip


EXTENSION = Extension(add=_add, commands={"export": cmd_export, "import": cmd_import})

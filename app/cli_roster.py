"""``ippo roster``: import a CSV/TSV roster exported from Excel, or list the participants.

``roster import`` reads and checks the file (:mod:`app.roster`), prints the preview and what
was (or, with ``--dry-run``, would be) imported, and exits with 2 when nothing could be.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from app.cli_common import EXIT_OK, EXIT_USER_ERROR, resolve_workshop, with_store
from app.cli_workshops import workshop_json
from app.errors import UserError
from app.paths import DataDir


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

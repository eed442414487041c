"""``ippo print`` — the CLI verbs of the documents layer, plugged into ``app.cli``.

Parsers are added at start (cheap); ReportLab is imported only when a verb runs, so ``ippo list``
stays fast.
"""

from __future__ import annotations

import argparse
import json
import uuid
from pathlib import Path
from typing import Any, TextIO

from app.cli_common import EXIT_OK, EXIT_USER_ERROR, Extension, with_store
from app.errors import UserError
from app.paths import DataDir


def _add(verbs: Any) -> None:
    printing = verbs.add_parser("print", help="print the one-page worksheets as PDF files")
    printing.add_argument("id", help="workshop id (a unique prefix is enough)")
    printing.add_argument("--out", type=Path, required=True, help="folder for the PDF files")
    printing.add_argument("--blank", action="store_true", help="blank sheets for handwriting")
    printing.add_argument("--combined", action="store_true", help="one PDF for one print job")
    printing.add_argument("--participant", action="append", metavar="PID", default=[],
                          help="only this participant (repeatable)")  # fmt: skip
    printing.add_argument("--checked-in", action="store_true", help="only the checked-in people")
    printing.add_argument("--font", action="append", type=Path, default=[], metavar="TTF",
                          help="a TrueType font for what IPAex lacks (repeatable)")  # fmt: skip
    printing.add_argument("--json", action="store_true")


def cmd_print(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.cli_common import resolve_workshop
    from app.workshops import get_workshop
    from reports.sheets import contents_for, safe_file_name, write_combined, write_separate

    try:
        wanted = [uuid.UUID(text) for text in args.participant] or None
    except ValueError as exc:
        raise UserError(f"'{exc}' is not a participant id.", "Run `ippo roster list ID`.") from exc

    def load(store: Any) -> tuple[Any, list[Any]]:
        workshop_id = resolve_workshop(store, args.id)
        detail = get_workshop(store, workshop_id)
        contents = contents_for(
            store, workshop_id, blank=args.blank, participant_ids=wanted,
            checked_in_only=args.checked_in,
        )  # fmt: skip
        return detail, contents

    detail, contents = with_store(data_dir, load)
    if not contents:
        raise UserError("There is nobody to print.", "Add participants, or print --blank sheets.")
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create the folder {args.out}: {exc.strerror}.",
                        "Choose a folder you can write to.") from exc  # fmt: skip
    w = detail.workshop
    if args.combined:
        kind = "blank" if args.blank else "sheets"
        name = safe_file_name(f"{w.date or ''}_{w.title}_{kind}.pdf".lstrip("_"))
        report = write_combined(args.out / name, contents, fallback_fonts=args.font)
    else:
        report = write_separate(args.out, contents, fallback_fonts=args.font)
    payload = {
        "files": [str(path) for path in report.files],
        "sheets": report.sheets,
        "cut": [{"participant": who, "fields": list(fields)} for who, fields in report.cut],
        "missing": [
            {
                "participant": m.participant,
                "field": m.field,
                "char": m.char,
                "codepoint": m.codepoint,
            }
            for m in report.missing
        ],
    }
    if args.json:
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for path in report.files:
            print(path, file=out)
        for who, fields in report.cut:
            print(
                f"cut to fit: {who}: {', '.join(fields)} (the record keeps the full text)", file=out
            )
        for m in report.missing:
            print(f"cannot print {m.char} ({m.codepoint}) in {m.participant}: {m.field} "
                  "— set a print name or add a fallback font", file=err)  # fmt: skip
    return EXIT_OK if report.files else EXIT_USER_ERROR


EXTENSION = Extension(add=_add, commands={"print": cmd_print})

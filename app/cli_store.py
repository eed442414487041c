"""The ``ippo`` verbs that look after the store itself: ``backup``, ``restore`` and ``check``
(the venue check: can the store be written here, are fonts, chimes and a backup there).
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from app.cli_common import EXIT_OK, EXIT_USER_ERROR, with_store
from app.errors import StoreLocked
from app.paths import DataDir


def cmd_backup(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.backups import make_backup
    from app.settings import read_settings_file

    days = read_settings_file(data_dir.settings).backup_days  # as the app keeps them
    path = with_store(data_dir, lambda store: make_backup(store, reason="manual", keep_days=days))
    print(path, file=out)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.backup_restore import restore_data_dir

    aside = restore_data_dir(data_dir, args.file)
    print(f"Restored {args.file}.", file=out)
    print(f"The store it replaced was kept at {aside}", file=out)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.db_types import utcnow
    from app.errors import StoreError
    from app.store import Store
    from app.venue_check import run_checks
    from app.venue_check_items import checks_json

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

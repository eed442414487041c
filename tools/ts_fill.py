"""Fill translations into a Qt .ts file from a TSV of ``context<TAB>source<TAB>translation``.

``make translations`` runs lupdate (which keeps existing translations and adds new sources as
unfinished); this fills the new ones from a TSV handed over by whoever wrote the strings.
Escapes ``\\n`` in the TSV as a line break. Prints what it could not place.
Usage: ``python -m tools.ts_fill resources/translations/ippo_ja.ts strings.tsv``
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def read_tsv(path: Path) -> dict[tuple[str, str], str]:
    table = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{path}:{number}: expected 3 tab-separated fields")
        context, source, text = (p.replace("\\n", "\n") for p in parts)
        table[(context, source)] = text
    return table


def fill(ts: Path, table: dict[tuple[str, str], str]) -> tuple[int, list[tuple[str, str]]]:
    tree = ET.parse(ts)
    used: set[tuple[str, str]] = set()
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            key = (name, source)
            if translation is None or key not in table:
                continue
            translation.text = table[key]
            translation.attrib.pop("type", None)
            used.add(key)
            filled += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled, sorted(set(table) - used)


def main(argv: list[str]) -> int:
    ts, tsv = Path(argv[0]), Path(argv[1])
    filled, unused = fill(ts, read_tsv(tsv))
    print(f"filled {filled} translations")
    for context, source in unused:
        print(f"not in the .ts (typo, or lupdate not run?): {context}: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

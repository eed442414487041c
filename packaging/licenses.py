"""Write the list of what the app bundles, with versions and licences, from the installed
distributions' own metadata — so the list stays true when a dependency changes.

Writes ``resources/licenses/THIRD-PARTY.md`` (a table the About dialog reads, then notes) and
each distribution's licence files, as it ships them, into ``resources/licenses/third-party/``.
Qt and PySide6 ship no licence file in their wheels: they point at the LGPLv3 and GPLv3 texts
kept in ``resources/licenses/``. ``--check`` writes nothing and fails when the files differ from
what the installed distributions say (the build and a test run it).

    .venv/bin/python packaging/licenses.py            # rewrite the list
    .venv/bin/python packaging/licenses.py --check    # exit 1 if it is stale

The table's columns: component, version, licence, licence texts (paths relative to
``resources/``, comma-separated). Keep that shape: ``ui/about_dialog.py`` parses it.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import re
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
LICENSES = RESOURCES / "licenses"
THIRD_PARTY = LICENSES / "third-party"
LIST_FILE = LICENSES / "THIRD-PARTY.md"
LGPL = "licenses/LGPL-3.0.txt"
GPL = "licenses/GPL-3.0.txt"
IPA = "fonts/IPA_Font_License_Agreement_v1.0.txt"
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6-addons", "shiboken6"}
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    """One bundled component: what the About dialog lists."""

    name: str
    version: str
    licence: str
    texts: tuple[str, ...]  # paths relative to resources/


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "ippo") -> list[metadata.Distribution]:
    """Every distribution Ippo needs at run time (its requirements without extras, and
    theirs), sorted by name."""
    found: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        dist = metadata.distribution(pending.pop())
        key = canonical(dist.metadata["Name"])
        if key in found:
            continue
        found[key] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
                continue
            pending.append(requirement.name)
    found.pop(canonical(root), None)
    return [found[key] for key in sorted(found)]


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]).strip() if values else ""


def licence_of(dist: metadata.Distribution) -> str:
    """The licence as the distribution declares it: the SPDX expression, else a short
    ``License`` field, else the trove classifier."""
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    field = _field(meta, "License")
    if field and "\n" not in field and len(field) <= 60 and field.upper() != "UNKNOWN":
        return field
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return classifier.rsplit("::", 1)[1].strip()
    return "see the licence text"


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """``(file name, text)`` of the licence files a distribution ships in its metadata."""
    files = []
    for entry in dist.files or []:
        parts = entry.parts
        if not parts[0].endswith(".dist-info"):
            continue
        if len(parts) > 2 and parts[1] != "licenses":
            continue
        if not LICENCE_FILE.search(parts[-1]) and "licenses" not in parts:
            continue
        path = Path(str(dist.locate_file(entry)))
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            files.append(("/".join(parts[1:]), text))
    return sorted(files)


def _python_licence() -> str:
    path = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _font_version(path: Path) -> str:
    """The version string (name ID 5) of a TrueType font, e.g. ``Version 004.01``."""
    data = path.read_bytes()
    tables = int.from_bytes(data[4:6], "big")
    for index in range(tables):
        record = data[12 + 16 * index : 28 + 16 * index]
        if record[:4] != b"name":
            continue
        offset = int.from_bytes(record[8:12], "big")
        count = int.from_bytes(data[offset + 2 : offset + 4], "big")
        strings = offset + int.from_bytes(data[offset + 4 : offset + 6], "big")
        for n in range(count):
            at = offset + 6 + 12 * n
            platform, _enc, _lang, name_id, length, start = (
                int.from_bytes(data[at + 2 * k : at + 2 * k + 2], "big") for k in range(6)
            )
            if name_id == 5 and platform in (0, 3):
                raw = data[strings + start : strings + start + length]
                return raw.decode("utf-16-be").removeprefix("Version ").strip()
    return "?"


def collect() -> tuple[list[Component], dict[str, str]]:
    """The components to list, and the licence files to write (name under third-party/ →
    text)."""
    components: list[Component] = []
    files: dict[str, str] = {}
    python = _python_licence()
    if python:
        files["python.txt"] = python
    components.append(
        Component(
            "Python",
            ".".join(map(str, sys.version_info[:3])),
            "PSF-2.0",
            ("licenses/third-party/python.txt",) if python else (),
        )
    )
    qt_version = ""
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        key = canonical(name)
        if key in QT_DISTRIBUTIONS:
            qt_version = qt_version or dist.version
            components.append(Component(name, dist.version, licence_of(dist), (LGPL, GPL)))
            continue
        texts = licence_files(dist)
        if texts:
            joined = "\n\n".join(
                f"===== {file_name} =====\n\n{text.strip()}\n" for file_name, text in texts
            )
            files[f"{key}.txt"] = f"{name} {dist.version}\n\n{joined}"
        components.append(
            Component(
                name,
                dist.version,
                licence_of(dist),
                (f"licenses/third-party/{key}.txt",) if texts else (),
            )
        )
    components.insert(1, Component("Qt", qt_version, "LGPL-3.0-only", (LGPL, GPL)))
    fonts = RESOURCES / "fonts"
    components.append(
        Component(
            "IPAex fonts (IPAexGothic, IPAexMincho)",
            _font_version(fonts / "ipaexg.ttf"),
            "IPA Font License 1.0",
            (IPA,),
        )
    )
    return components, files


def _cell(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ")


def render(components: list[Component]) -> str:
    """THIRD-PARTY.md: the table, then what the LGPL asks of a build that ships Qt."""
    lines = [
        "# What Ippo bundles",
        "",
        "Generated by `packaging/licenses.py` from the installed distributions' metadata; do not",
        "edit by hand (`.venv/bin/python packaging/licenses.py` rewrites it). Licence texts are",
        "under `resources/` at the paths given.",
        "",
        "| Component | Version | Licence | Licence text |",
        "|---|---|---|---|",
    ]
    for c in components:
        cells = (c.name, c.version, c.licence, ", ".join(c.texts))
        lines.append("| " + " | ".join(_cell(x) for x in cells) + " |")
    lines += [
        "",
        "## Qt and PySide6 (LGPLv3)",
        "",
        "Qt and Qt for Python (PySide6, Shiboken6) are used under the GNU Lesser General Public",
        "License version 3 (`licenses/LGPL-3.0.txt`, which builds on the GNU GPL version 3,",
        "`licenses/GPL-3.0.txt`). They are not modified. Their libraries are shipped as separate",
        "files in the app's `_internal/PySide6` folder and can be replaced with compatible",
        "builds. Their source code is at https://download.qt.io/official_releases/QtForPython/",
        "and https://code.qt.io/.",
        "",
        "## IPAex fonts",
        "",
        "Shipped unmodified under their own names, with",
        "`fonts/IPA_Font_License_Agreement_v1.0.txt`.",
        "",
    ]
    return "\n".join(lines)


def expected() -> dict[Path, str]:
    """Every generated file and its text."""
    components, files = collect()
    wanted = {LIST_FILE: render(components)}
    for name, text in files.items():
        wanted[THIRD_PARTY / name] = text
    return wanted


def stale() -> list[str]:
    """What differs between the files on disk and what the installed distributions say."""
    wanted = expected()
    problems = [
        str(path.relative_to(ROOT))
        for path, text in wanted.items()
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]
    if THIRD_PARTY.is_dir():
        extra = {p for p in THIRD_PARTY.glob("*.txt")} - set(wanted)
        problems += [f"{p.relative_to(ROOT)} (no longer bundled)" for p in sorted(extra)]
    for required in (LICENSES / "LGPL-3.0.txt", LICENSES / "GPL-3.0.txt", RESOURCES / IPA):
        if not required.is_file():
            problems.append(f"{required.relative_to(ROOT)} (missing)")
    return problems


def write() -> None:
    wanted = expected()
    THIRD_PARTY.mkdir(parents=True, exist_ok=True)
    for old in THIRD_PARTY.glob("*.txt"):
        if old not in wanted:
            old.unlink()
    for path, text in wanted.items():
        path.write_text(text, encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the files are stale")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for problem in problems:
            print(f"stale: {problem}", file=sys.stderr)
        if problems:
            print("Run: .venv/bin/python packaging/licenses.py", file=sys.stderr)
        return 1 if problems else 0
    write()
    print(f"wrote {LIST_FILE.relative_to(ROOT)} and {THIRD_PARTY.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run the built app from the bundle alone and check what a facilitator's first hour needs.

    .venv/bin/python packaging/smoke_test.py [--bundle dist/Ippo]

Every run uses a fresh temporary home and data folder, an environment without PYTHONPATH,
virtualenv or the repository on PATH, and a working directory outside the repository: if the
bundle lacks a file, a module or a Qt plugin, this fails instead of quietly using the
developer's copy. Checks, in order:

0. the bundle holds every resource file the spec lists, the migrations, the Qt plugins Ippo
   cannot show its window or icons without, Qt's Japanese catalogue and qt-material's source
   (a missing SVG plugin would only show as blank icons, so it is looked for, not inferred);
1. ``ippo --version`` prints the version of the source it was built from;
2. ``ippo demo`` creates the sample workshop and prints its id;
3. ``ippo print ID --out DIR`` writes the sheets; one PDF is read back with pypdf: one page,
   Japanese text, every font embedded;
4. ``ippo check --json`` parses, and the bundled fonts and chimes are found;
5. the window opens offscreen on the demo workshop, paints and quits with 0, and stderr has no
   Qt complaint about plugins;
6. portable mode: a ``portable`` file beside the executable keeps the data in ``IppoData``
   beside it (both removed afterwards).

Exits 1 with the failed checks' messages on stderr. Needs pypdf (the ``test`` extra) in the
Python that runs this script, not in the bundle.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from build import bundle_folder, executable, version  # noqa: E402
from bundle import datas  # noqa: E402

TIMEOUT = 180  # seconds for one command; a cold first start on a slow laptop takes seconds
#: Lines Qt prints on the offscreen platform that say nothing about the bundle.
HARMLESS_STDERR = ("This plugin does not support propagateSizeHints()",)


class SmokeFailure(Exception):
    """A check failed; the message says what was expected and what happened."""


@dataclass
class Run:
    """One command of the bundle: argv, exit code, output."""

    argv: list[str]
    returncode: int
    stdout: str
    stderr: str

    def describe(self) -> str:
        return (
            f"$ {' '.join(self.argv)}\nexit code {self.returncode}\n"
            f"--- stdout ---\n{self.stdout[-2000:]}\n--- stderr ---\n{self.stderr[-2000:]}"
        )


@dataclass
class Sandbox:
    """A temporary home, data folder and working directory, and a clean environment."""

    program: Path
    root: Path
    data: Path = field(init=False)
    env: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.data = self.root / "data"
        home = self.root / "home"
        work = self.root / "cwd"
        for folder in (home, work):
            folder.mkdir(parents=True, exist_ok=True)
        dropped = {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "IPPO_DATA_DIR",
                   "IPPO_EXIT_AFTER_PAINT", "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH",
                   "LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH"}  # fmt: skip
        env = {k: v for k, v in os.environ.items() if k not in dropped}
        venv_bin = str(Path(sys.prefix) / ("Scripts" if os.name == "nt" else "bin"))
        env["PATH"] = os.pathsep.join(
            p for p in env.get("PATH", "").split(os.pathsep) if p and p != venv_bin
        )
        env["HOME"] = env["USERPROFILE"] = str(home)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(home / name.lower())
        env["APPDATA"] = env["LOCALAPPDATA"] = str(home / "AppData")
        env["QT_QPA_PLATFORM"] = "offscreen"
        self.env = env
        self.cwd = work

    def run(self, *args: str, extra_env: dict[str, str] | None = None) -> Run:
        argv = [str(self.program), *args]
        try:
            done = subprocess.run(
                argv, cwd=self.cwd, env={**self.env, **(extra_env or {})}, capture_output=True,
                text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT,
            )  # fmt: skip
        except subprocess.TimeoutExpired as exc:
            raise SmokeFailure(f"$ {' '.join(argv)} did not finish in {TIMEOUT} s") from exc
        return Run(argv, done.returncode, done.stdout, done.stderr)

    def ippo(self, *args: str, extra_env: dict[str, str] | None = None) -> Run:
        """``ippo --data-dir DATA args…``; fails unless it exits with 0."""
        run = self.run("--data-dir", str(self.data), *args, extra_env=extra_env)
        if run.returncode != 0:
            raise SmokeFailure(f"the command failed\n{run.describe()}")
        return run


# -- the checks -----------------------------------------------------------------------------


def contents_root(program: Path) -> Path:
    """``sys._MEIPASS`` of the bundle: ``_internal`` beside the program, or the .app's
    ``Contents/Frameworks`` (which links to everything in ``Contents/Resources``)."""
    if program.parent.name == "MacOS":
        return program.parent.parent / "Frameworks"
    return program.parent / "_internal"


#: Qt files the window needs, as (folder under the Qt folder, file name stem without "lib").
QT_NEEDED = [
    ("plugins/platforms", "qoffscreen"),
    ("plugins/imageformats", "qsvg"),
    ("plugins/iconengines", "qsvgicon"),
    ("translations", "qtbase_ja"),
]


def check_contents(box: Sandbox, state: dict[str, str]) -> str:
    inside = contents_root(box.program)
    missing = []
    for source, folder in datas():
        if not (inside / folder / Path(source).name).is_file():
            missing.append(f"{folder}/{Path(source).name}")
    qt = inside / "PySide6" / "Qt"
    for folder, stem in QT_NEEDED:
        names = {p.name.split(".")[0].removeprefix("lib") for p in (qt / folder).glob("*")}
        if stem not in names:
            missing.append(f"PySide6/Qt/{folder}/{stem}")
    if not (inside / "qt_material" / "__init__.py").is_file():
        missing.append("qt_material/__init__.py (ui/theme.py keys its cache on it)")
    if missing:
        raise SmokeFailure(f"missing from {inside}:\n  " + "\n  ".join(missing))
    return f"{len(datas())} data files, {len(QT_NEEDED)} Qt files, qt-material source"


def check_version(box: Sandbox, state: dict[str, str]) -> str:
    run = box.run("--version")
    expected = f"ippo {version()}"
    if run.returncode != 0 or run.stdout.strip() != expected:
        raise SmokeFailure(f"expected {expected!r}\n{run.describe()}")
    return run.stdout.strip()


def check_demo(box: Sandbox, state: dict[str, str]) -> str:
    run = box.ippo("demo", "--participants", "6")
    workshop = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else ""
    if len(workshop) != 36:
        raise SmokeFailure(f"expected a workshop id on stdout\n{run.describe()}")
    if not box.data.joinpath("ippo.sqlite3").is_file():
        raise SmokeFailure(f"no store in {box.data}")
    state["workshop"] = workshop
    return f"workshop {workshop}"


def check_print(box: Sandbox, state: dict[str, str]) -> str:
    from pypdf import PdfReader

    out = box.root / "sheets"
    run = box.ippo("print", state["workshop"], "--out", str(out), "--json")
    report = json.loads(run.stdout)
    pdfs = sorted(out.glob("*.pdf"))
    if not pdfs or len(pdfs) != len(report["files"]):
        raise SmokeFailure(f"expected one PDF per participant in {out}\n{run.describe()}")
    reader = PdfReader(pdfs[0])
    if len(reader.pages) != 1:
        raise SmokeFailure(f"{pdfs[0].name}: {len(reader.pages)} pages, expected 1")
    page = reader.pages[0]
    text = page.extract_text() or ""
    if not any("\u3040" <= ch <= "\u9fff" for ch in text):
        raise SmokeFailure(f"{pdfs[0].name}: no Japanese text found: {text[:200]!r}")
    resources: Any = page["/Resources"]
    fonts = resources["/Font"]
    names = []
    for ref in fonts.values():
        font = ref.get_object()
        names.append(str(font["/BaseFont"]))
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:
            raise SmokeFailure(f"{pdfs[0].name}: font {font['/BaseFont']} is not embedded")
        descriptor = descriptor.get_object()
        if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            raise SmokeFailure(f"{pdfs[0].name}: font {font['/BaseFont']} is not embedded")
    return f"{len(pdfs)} PDFs; {pdfs[0].name}: 1 page, fonts embedded: {', '.join(names)}"


def check_venue(box: Sandbox, state: dict[str, str]) -> str:
    run = box.run("--data-dir", str(box.data), "check", "--json")
    try:
        items = json.loads(run.stdout)
    except ValueError as exc:
        raise SmokeFailure(f"ippo check --json printed no JSON\n{run.describe()}") from exc
    by_id = {item["id"]: item for item in items}
    for needed in ("store", "fonts", "sounds"):
        if by_id.get(needed, {}).get("level") != "ok":
            raise SmokeFailure(f"check {needed!r} is not ok: {by_id.get(needed)}")
    if run.returncode != 0:
        raise SmokeFailure(f"ippo check found a problem\n{run.describe()}")
    return ", ".join(f"{item['id']}={item['level']}" for item in items)


def qt_complaints(stderr: str) -> list[str]:
    """stderr lines that are not known-harmless and mention a plugin, a library that would
    not load, or a Python traceback."""
    words = ("plugin", "cannot load", "could not load", "failed to load", "traceback",
             "no such file", "qfactoryloader", "not found")  # fmt: skip
    found = []
    for line in stderr.splitlines():
        if any(line.strip() == harmless for harmless in HARMLESS_STDERR):
            continue
        if any(word in line.lower() for word in words):
            found.append(line)
    return found


def check_gui(box: Sandbox, state: dict[str, str]) -> str:
    run = box.ippo("run", state["workshop"], extra_env={"IPPO_EXIT_AFTER_PAINT": "1"})
    if "painted" not in run.stdout:
        raise SmokeFailure(f"the window never painted\n{run.describe()}")
    complaints = qt_complaints(run.stderr)
    if complaints:
        raise SmokeFailure("Qt complained:\n" + "\n".join(complaints))
    return run.stdout.strip().splitlines()[-1]


def check_portable(box: Sandbox, state: dict[str, str]) -> str:
    beside = box.program.parent
    marker = beside / "portable"
    data = beside / "IppoData"
    if marker.exists() or data.exists():
        raise SmokeFailure(f"{marker} or {data} already exists: remove them first")
    try:
        marker.write_text("", encoding="utf-8")
        run = box.run("demo", "--participants", "2")
        if run.returncode != 0:
            raise SmokeFailure(f"the command failed\n{run.describe()}")
        if not (data / "ippo.sqlite3").is_file():
            raise SmokeFailure(f"portable mode: no store in {data}\n{run.describe()}")
        for elsewhere in (box.root / "home", box.cwd):
            stray = [p for p in elsewhere.rglob("ippo.sqlite3")]
            if stray:
                raise SmokeFailure(f"portable mode also wrote {stray}")
        return f"store in {data.relative_to(beside.parent)}"
    finally:
        marker.unlink(missing_ok=True)
        shutil.rmtree(data, ignore_errors=True)


CHECKS: list[tuple[str, Callable[[Sandbox, dict[str, str]], str]]] = [
    ("bundle contents", check_contents),
    ("ippo --version", check_version),
    ("ippo demo", check_demo),
    ("ippo print", check_print),
    ("ippo check --json", check_venue),
    ("window opens offscreen", check_gui),
    ("portable mode", check_portable),
]
NEEDS_WORKSHOP = {"ippo print", "window opens offscreen"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=None, help="default: dist/Ippo")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    folder = (args.bundle or bundle_folder()).resolve()
    program = executable(folder)
    if not program.is_file():
        print(f"smoke test: no {program}; build first (make package)", file=sys.stderr)
        return 1
    root = Path(tempfile.mkdtemp(prefix="ippo-smoke-"))
    failures: list[str] = []
    state: dict[str, str] = {}
    try:
        box = Sandbox(program, root)
        for name, check in CHECKS:
            if name in NEEDS_WORKSHOP and "workshop" not in state:
                failures.append(f"{name}: skipped (no demo workshop)")
                print(f"SKIP  {name}")
                continue
            try:
                print(f"ok    {name}: {check(box, state)}", flush=True)
            except SmokeFailure as failure:
                failures.append(f"{name}: {failure}")
                print(f"FAIL  {name}", flush=True)
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    if failures:
        print(f"\nsmoke test of {program} FAILED:", file=sys.stderr)
        for message in failures:
            print(f"\n* {message}", file=sys.stderr)
        return 1
    print(f"\nsmoke test of {program}: all {len(CHECKS)} checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

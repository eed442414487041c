"""Build the app for this system: PyInstaller one-folder build into ``dist/Ippo``, zipped as
``dist/Ippo-<version>-<platform>.zip``; prints the unpacked size and the largest parts.

    .venv/bin/python packaging/build.py            # licence list, build, zip, report
    .venv/bin/python packaging/build.py --report   # only the size report of dist/Ippo

Needs the ``package`` extra (``pip install -e '.[package]'``). The licence list
(``packaging/licenses.py``) is rewritten first, so the bundle lists what it really carries.
The build uses PyInstaller's cache in ``build/`` (``--clean`` starts afresh).
"""

from __future__ import annotations

import argparse
import os
import platform
import stat
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from bundle import NAME, ROOT  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build"
SPEC = HERE / "ippo.spec"
LIMIT_MB = 200.0
MB = 1_000_000


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-amd64``, ``macos-arm64``."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower() or 'unknown'}"


def bundle_folder() -> Path:
    """What the facilitator unzips: ``dist/Ippo.app`` on macOS, else ``dist/Ippo``."""
    app = DIST / f"{NAME}.app"
    return app if sys.platform == "darwin" and app.is_dir() else DIST / NAME


def executable(folder: Path | None = None) -> Path:
    """The ``ippo`` program inside the bundle."""
    folder = folder or bundle_folder()
    if folder.suffix == ".app":
        return folder / "Contents" / "MacOS" / "ippo"
    return folder / ("ippo.exe" if sys.platform == "win32" else "ippo")


def files(folder: Path) -> Iterator[Path]:
    """Every file and symlink under ``folder`` (symlinks are not followed)."""
    for base, dirs, names in os.walk(folder):
        for name in sorted(names) + [d for d in sorted(dirs) if Path(base, d).is_symlink()]:
            yield Path(base, name)


def unpacked_size(folder: Path) -> int:
    """Bytes on disk once unzipped (symlinks count as nothing)."""
    return sum(p.lstat().st_size for p in files(folder) if not p.is_symlink())


def largest(folder: Path, count: int = 15) -> list[tuple[int, str]]:
    """The largest files, biggest first, as ``(bytes, path relative to folder)``."""
    sizes = [(p.lstat().st_size, p.relative_to(folder).as_posix())
             for p in files(folder) if not p.is_symlink()]  # fmt: skip
    return sorted(sizes, reverse=True)[:count]


def by_group(folder: Path) -> list[tuple[int, str]]:
    """Sizes of the bundle's parts: each package under ``_internal`` (Qt by its lib, plugins
    and translations folders), the loose libraries in ``_internal``, the executable."""
    groups: dict[str, int] = {}
    for p in files(folder):
        if p.is_symlink():
            continue
        parts = p.relative_to(folder).parts
        if parts[:3] == ("_internal", "PySide6", "Qt") and len(parts) > 4:
            key = "/".join(parts[:4])
        elif parts[0] == "_internal" and len(parts) > 2:
            key = "/".join(parts[:2])
        elif parts[0] == "_internal":
            key = "_internal/* (loose libraries)"
        else:
            key = "/".join(parts[:1])
        groups[key] = groups.get(key, 0) + p.lstat().st_size
    return sorted(((size, name) for name, size in groups.items()), reverse=True)


def report(folder: Path) -> bool:
    """Print the size report; whether the bundle is within the limit."""
    total = unpacked_size(folder)
    print(f"\n{folder.relative_to(ROOT)}: {total / MB:.1f} MB unpacked (limit {LIMIT_MB:.0f} MB)")
    print("\nlargest files:")
    for size, name in largest(folder):
        print(f"  {size / MB:7.1f} MB  {name}")
    print("\nby part:")
    for size, name in by_group(folder)[:15]:
        print(f"  {size / MB:7.1f} MB  {name}")
    return total <= LIMIT_MB * MB


def make_zip(folder: Path, target: Path) -> Path:
    """Zip ``folder`` (keeping its name as the top folder, file modes and symlinks), through a
    part file so an interrupted build leaves no broken zip."""
    part = target.with_name(target.name + ".part")
    try:
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for path in files(folder):
                name = (Path(folder.name) / path.relative_to(folder)).as_posix()
                info = zipfile.ZipInfo.from_file(path, name)
                mode = path.lstat().st_mode
                if path.is_symlink():
                    info.external_attr = (stat.S_IFLNK | 0o777) << 16
                    info.create_system = 3  # Unix, so unzip restores the link
                    archive.writestr(info, os.readlink(path))
                else:
                    info.external_attr = (mode & 0xFFFF) << 16
                    info.compress_type = zipfile.ZIP_DEFLATED
                    with path.open("rb") as source, archive.open(info, "w") as sink:
                        while chunk := source.read(1 << 20):
                            sink.write(chunk)
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return target


def build(clean: bool) -> int:
    subprocess.run([sys.executable, str(HERE / "licenses.py")], check=True)
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC),
    ]  # fmt: skip
    if clean:
        command.insert(3, "--clean")
    print("$", " ".join(command), flush=True)
    done = subprocess.run(command, cwd=ROOT)
    if done.returncode != 0:
        print("build: PyInstaller failed", file=sys.stderr)
        return done.returncode
    folder = bundle_folder()
    target = DIST / f"{NAME}-{version()}-{platform_tag()}.zip"
    make_zip(folder, target)
    within = report(folder)
    print(f"\nzip: {target.relative_to(ROOT)} ({target.stat().st_size / MB:.1f} MB)")
    print(f"run: {executable(folder).relative_to(ROOT)}")
    if not within:
        print(f"build: the bundle is over {LIMIT_MB:.0f} MB", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", action="store_true", help="only report on dist/Ippo")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    if args.report:
        folder = bundle_folder()
        if not folder.is_dir():
            print(f"build: no {folder.relative_to(ROOT)} yet; build first", file=sys.stderr)
            return 1
        return 0 if report(folder) else 1
    return build(args.clean)


if __name__ == "__main__":
    sys.exit(main())

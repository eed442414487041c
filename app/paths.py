"""Where Ippo keeps its files: the store, backups, settings and the facilitator's templates.

Order of precedence: an explicit ``--data-dir``; the ``IPPO_DATA_DIR`` environment variable;
portable mode (a file named ``portable`` — or ``portable.txt`` — beside the launcher keeps the
data beside it, for USB sticks); otherwise the platform's user data folder.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Ippo"
DB_NAME = "ippo.sqlite3"


def launcher_dir() -> Path:
    """The folder of the running executable (frozen) or of the ``ippo`` script."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else Path.cwd()


def resources_dir() -> Path:
    """The shipped resources (fonts, templates, translations, sounds)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


@dataclass(frozen=True)
class DataDir:
    """The folder that holds one installation's data, and the files inside it."""

    root: Path
    portable: bool = False

    @property
    def database(self) -> Path:
        return self.root / DB_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    def ensure(self) -> DataDir:
        """Create the folder (owner-only on POSIX: the reflections in it are personal)."""
        self.root.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            # A folder we do not own (a shared stick) stays as it is: the file itself is 0600.
            with contextlib.suppress(OSError):
                self.root.chmod(0o700)
        return self


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataDir:
    """Decide where the data lives (see the module docstring for the order)."""
    if explicit:
        return DataDir(Path(explicit).expanduser().resolve())
    env = os.environ.get("IPPO_DATA_DIR")
    if env:
        return DataDir(Path(env).expanduser().resolve())
    beside = launcher_dir()
    # Explorer hides extensions: a facilitator who makes "portable" often makes portable.txt.
    if (beside / "portable").exists() or (beside / "portable.txt").exists():
        return DataDir(beside / "IppoData", portable=True)
    return DataDir(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)))

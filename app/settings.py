"""The facilitator's settings, declared once: name, type, default and what is allowed.

The file itself is Qt's business (``ui/settings_store.py`` keeps it with QSettings in Ippo's
data folder, apart from saved window state); this module only turns what was read into a typed
:class:`Settings` and back. A value that cannot be used — a hand-edited file, a font that was
removed, a colour that is not one — falls back to its default and is reported as a
:class:`SettingProblem`; it never stops the app.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

LANGUAGES = ("ja", "en")
APP_THEMES = ("light", "dark")
PROJECTOR_THEMES = ("dark", "light", "custom")
PAPERS = ("A4", "Letter")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
PIN_DIGITS = (4, 8)


@dataclass(frozen=True)
class Settings:
    """Every setting with its default. Sections are given by :data:`SPECS`."""

    language: str = "ja"
    facilitator: str = ""
    default_template: str = "workshop-90"
    app_theme: str = "light"
    projector_theme: str = "dark"
    #: The accents of calm, warning, final and overtime in the custom projector theme.
    custom_colors: tuple[str, ...] = ("#3DD68C", "#FFB020", "#FF5C52", "#A01B1B")
    #: The name of the screen for the projector; "" lets Ippo pick (the first other screen).
    projector_screen: str = ""
    warning_minutes: int = 2
    chimes: bool = True
    chime_volume: int = 80
    paper: str = "A4"
    fallback_fonts: tuple[str, ...] = ()
    #: A salted hash of the kiosk PIN ("" = ask for a PIN each time a kiosk opens).
    kiosk_pin: str = ""
    backup_days: int = 30


@dataclass(frozen=True)
class Spec:
    """How one setting is kept: its key in the file and what a valid value is."""

    name: str
    key: str
    check: Callable[[Any], Any]  # returns the typed value or raises ValueError


@dataclass(frozen=True)
class SettingProblem:
    """A stored value that could not be used; the default was taken instead."""

    key: str
    value: str
    reason: str


def _choice(options: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        text = str(value)
        if text not in options:
            raise ValueError(f"not one of {', '.join(options)}")
        return text

    return check


def _integer(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        number = int(str(value).strip())
        if not low <= number <= high:
            raise ValueError(f"not between {low} and {high}")
        return number

    return check


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    raise ValueError("not true or false")


def _text(value: Any) -> str:
    return str(value).strip()


def _list(value: Any) -> list[Any]:
    if isinstance(value, list | tuple):
        return list(value)
    text = str(value).strip()
    if not text:
        return []
    loaded = json.loads(text)
    if not isinstance(loaded, list):
        raise ValueError("not a list")
    return loaded


def _colors(value: Any) -> tuple[str, ...]:
    items = tuple(str(v) for v in _list(value))
    if len(items) != 4 or not all(_COLOR.match(c) for c in items):
        raise ValueError("not four colours like #3DD68C")
    return tuple(c.upper() for c in items)


def _fonts(value: Any) -> tuple[str, ...]:
    items = tuple(str(v) for v in _list(value))
    missing = [f for f in items if not Path(f).is_file()]
    if missing:
        raise ValueError(f"font file not found: {', '.join(missing)}")
    return items


def _pin(value: Any) -> str:
    text = str(value).strip()
    if not text:
        return text
    parts = text.split("$")
    try:
        salt, digest = (
            (base64.b64decode(p, validate=True) for p in parts[1:])
            if len(parts) == 3
            else (b"", b"")
        )
    except ValueError:
        salt = digest = b""
    if parts[0] != "pbkdf2" or len(salt) != 16 or len(digest) != 32:
        raise ValueError("not a PIN saved by Ippo")  # a PIN nobody could type would lock the kiosk
    return text


SPECS: tuple[Spec, ...] = (
    Spec("language", "general/language", _choice(LANGUAGES)),
    Spec("facilitator", "general/facilitator", _text),
    Spec("default_template", "general/default_template", _text),
    Spec("app_theme", "appearance/app_theme", _choice(APP_THEMES)),
    Spec("projector_theme", "projector/theme", _choice(PROJECTOR_THEMES)),
    Spec("custom_colors", "projector/custom_colors", _colors),
    Spec("projector_screen", "projector/screen", _text),
    Spec("warning_minutes", "run/warning_minutes", _integer(0, 30)),
    Spec("chimes", "run/chimes", _boolean),
    Spec("chime_volume", "run/chime_volume", _integer(0, 100)),
    Spec("paper", "printing/paper", _choice(PAPERS)),
    Spec("fallback_fonts", "printing/fallback_fonts", _fonts),
    Spec("kiosk_pin", "kiosk/pin", _pin),
    Spec("backup_days", "backups/keep_days", _integer(1, 365)),
)
assert {s.name for s in SPECS} == {f.name for f in fields(Settings)}, "every setting has a spec"


def parse(raw: Mapping[str, Any]) -> tuple[Settings, list[SettingProblem]]:
    """Typed settings from what the file held (keys as in :data:`SPECS`); unknown keys ignored."""
    values: dict[str, Any] = {}
    problems: list[SettingProblem] = []
    for spec in SPECS:
        if spec.key not in raw:
            continue
        try:
            values[spec.name] = spec.check(raw[spec.key])
        except (ValueError, TypeError) as error:
            problems.append(SettingProblem(spec.key, str(raw[spec.key]), str(error)))
    return Settings(**values), problems


def serialise(settings: Settings) -> dict[str, str]:
    """What the file keeps: text for every setting (lists as JSON, booleans as true/false)."""
    out: dict[str, str] = {}
    for spec in SPECS:
        value = getattr(settings, spec.name)
        if isinstance(value, bool):
            out[spec.key] = "true" if value else "false"
        elif isinstance(value, tuple):
            out[spec.key] = json.dumps(list(value), ensure_ascii=False)
        else:
            out[spec.key] = str(value)
    return out


def changed(settings: Settings, **changes: Any) -> Settings:
    """A copy with ``changes`` checked by the same rules as a loaded file (ValueError if not)."""
    specs = {s.name: s for s in SPECS}
    checked = {name: specs[name].check(value) for name, value in changes.items()}
    return replace(settings, **checked)


# -- the kiosk PIN -------------------------------------------------------------------------------

_ROUNDS = 120_000


def hash_pin(pin: str) -> str:
    """A salted PBKDF2 hash of a PIN of 4–8 digits, as the settings file keeps it."""
    if not re.fullmatch(f"[0-9]{{{PIN_DIGITS[0]},{PIN_DIGITS[1]}}}", pin):  # ASCII digits only
        raise ValueError(f"a PIN has {PIN_DIGITS[0]} to {PIN_DIGITS[1]} digits")
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, _ROUNDS)
    return f"pbkdf2${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def pin_matches(stored: str, pin: str) -> bool:
    """Whether ``pin`` is the one hashed in ``stored`` (constant-time comparison)."""
    try:
        _scheme, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.pbkdf2_hmac("sha256", pin.encode(), base64.b64decode(salt), _ROUNDS)
    except ValueError:
        return False
    return hmac.compare_digest(expected, actual)


def read_settings_file(path: Path) -> Settings:
    """The settings as the command line sees them (no Qt): what ``settings.ini`` holds that can
    be used, the defaults for the rest. Used for what the CLI shares with the app, such as how
    long backups are kept; an unreadable file simply gives the defaults."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, UnicodeError, configparser.Error):
        return Settings()
    raw = {
        f"{section.lstrip('%').lower()}/{key}": value.strip().strip('"')
        for section in parser.sections()
        for key, value in parser.items(section)
    }
    return parse(raw)[0]

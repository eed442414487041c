"""The facilitator's settings in Ippo's data folder, and the saved window state beside them.

The settings are declared in :mod:`app.settings`; this module keeps them in ``settings.ini``
with QSettings (INI, so a facilitator or IT can read and edit it) and tells the app when they
change. Loading never fails: a value that cannot be used — or a file that is not an INI file at
all — gives the default and a :class:`~app.settings.SettingProblem`, and the file is left as it
is until the facilitator saves, so nothing they typed is lost. Saving writes every setting and
checks that the file was really written (a read-only folder, a full disk); if not, the settings
in memory stay as they were and :class:`~app.errors.UserError` says what to do.

Window state (geometry, splitter sizes, the last tab) lives in ``window-state.ini``: it is not
a choice the facilitator made, so restoring the default settings never touches it, and a
broken window-state file never costs a setting.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.paths import DataDir
from app.settings import SPECS, SettingProblem, Settings, changed, parse, serialise
from ui.i18n import fill

log = logging.getLogger(__name__)

WINDOW_STATE_FILE = "window-state.ini"
UNREADABLE_FILE = "settings-unreadable.ini"
# The key of a problem with the whole file (it could not be read, or is not an INI file).
WHOLE_FILE = ""
_FONTS_KEY = next(s.key for s in SPECS if s.name == "fallback_fonts")
_PIN_KEY = next(s.key for s in SPECS if s.name == "kiosk_pin")
_FONT_GONE = "font file not found"
# Bytes no INI file holds: control characters other than tab, line breaks and form feed.
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")


# Each setting's name for people and what a valid value is, for :meth:`problems_text`.
SETTING_TEXTS: dict[str, tuple[str, str]] = {
    "language": (QT_TRANSLATE_NOOP("SettingsStore", "Language"),
                 QT_TRANSLATE_NOOP("SettingsStore", "ja or en")),
    "facilitator": (QT_TRANSLATE_NOOP("SettingsStore", "Facilitator's name"),
                    QT_TRANSLATE_NOOP("SettingsStore", "a name")),
    "default_template": (QT_TRANSLATE_NOOP("SettingsStore", "Default template"),
                         QT_TRANSLATE_NOOP("SettingsStore", "a template id")),
    "app_theme": (QT_TRANSLATE_NOOP("SettingsStore", "App theme"),
                  QT_TRANSLATE_NOOP("SettingsStore", "light or dark")),
    "projector_theme": (QT_TRANSLATE_NOOP("SettingsStore", "Projector theme"),
                        QT_TRANSLATE_NOOP("SettingsStore", "dark, light or custom")),
    "custom_colors": (QT_TRANSLATE_NOOP("SettingsStore", "Custom projector colours"),
                      QT_TRANSLATE_NOOP("SettingsStore", "four colours like #3DD68C")),
    "projector_screen": (QT_TRANSLATE_NOOP("SettingsStore", "Projector screen"),
                         QT_TRANSLATE_NOOP("SettingsStore", "a screen name")),
    "warning_minutes": (QT_TRANSLATE_NOOP("SettingsStore", "Warning time"),
                        QT_TRANSLATE_NOOP("SettingsStore", "a whole number from 0 to 30")),
    "chimes": (QT_TRANSLATE_NOOP("SettingsStore", "Chimes"),
               QT_TRANSLATE_NOOP("SettingsStore", "true or false")),
    "chime_volume": (QT_TRANSLATE_NOOP("SettingsStore", "Chime volume"),
                     QT_TRANSLATE_NOOP("SettingsStore", "a whole number from 0 to 100")),
    "paper": (QT_TRANSLATE_NOOP("SettingsStore", "Paper size"),
              QT_TRANSLATE_NOOP("SettingsStore", "A4 or Letter")),
    "fallback_fonts": (QT_TRANSLATE_NOOP("SettingsStore", "Fallback fonts"),
                       QT_TRANSLATE_NOOP("SettingsStore", "a list of font files")),
    "kiosk_pin": (QT_TRANSLATE_NOOP("SettingsStore", "Kiosk PIN"),
                  QT_TRANSLATE_NOOP("SettingsStore", "a PIN saved by Ippo")),
    "backup_days": (QT_TRANSLATE_NOOP("SettingsStore", "Backup days"),
                    QT_TRANSLATE_NOOP("SettingsStore", "a whole number from 1 to 365")),
}  # fmt: skip
assert set(SETTING_TEXTS) == {f.name for f in fields(Settings)}, "every setting has a name"


class SettingsStore(QObject):
    """The typed settings, read from and written to ``settings.ini``; tells when they change."""

    # The new settings, and the names of the settings that changed.
    changed = Signal(object, frozenset)

    def __init__(self, data_dir: DataDir, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = data_dir.settings
        self.window_state_path = data_dir.root / WINDOW_STATE_FILE
        self._unreadable = False  # not an INI file: the first save sets it aside and starts afresh
        self._font_problems: list[SettingProblem] = []
        raw, whole_file = self._read_raw(self._open(self.path))
        self.settings, problems = parse(raw)
        self.problems: list[SettingProblem] = whole_file + self._font_problems + problems

    @staticmethod
    def _open(path: Path) -> QSettings:
        # A new object for each read or write: QSettings keeps the first error it met for
        # good, so an old object cannot tell whether the next write worked. The file's
        # contents are shared between the objects by Qt's own cache.
        return QSettings(str(path), QSettings.Format.IniFormat)

    @classmethod
    def load(cls, data_dir: DataDir, parent: QObject | None = None) -> SettingsStore:
        """The settings of ``data_dir`` (defaults where the file has nothing usable)."""
        return cls(data_dir, parent)

    # -- reading -------------------------------------------------------------------------------

    def _read_raw(self, file: QSettings) -> tuple[dict[str, Any], list[SettingProblem]]:
        """What the file holds under each setting's key, plus a problem with the whole file."""
        unusable = self._unusable_file()
        if unusable is not None:
            self._unreadable = True
            return {}, [SettingProblem(WHOLE_FILE, str(self.path), unusable)]
        raw: dict[str, Any] = {}
        for spec in SPECS:
            value = file.value(_file_key(spec.key))
            if value is None and spec.key.startswith("general/"):
                # A hand-written [General] section holds top-level keys for Qt.
                value = file.value(spec.key.removeprefix("general/"))
            if value is None:
                continue
            if isinstance(value, list):  # an unquoted value with commas, as typed by hand
                value = ", ".join(str(v) for v in value)
            raw[spec.key] = value
        if _FONTS_KEY in raw:
            raw[_FONTS_KEY] = self._existing_fonts(raw[_FONTS_KEY])
        return raw, []

    def _unusable_file(self) -> str | None:
        """Why the file cannot be read as settings, or None (also None when there is no file)."""
        # Not file.status(): Qt also reports there a failed write of changes it still holds.
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            return f"the file cannot be read ({error.strerror})"
        # Qt reads any bytes as keys: binary garbage gives nonsense keys, not an error. Text in
        # another encoding (Notepad's cp932) is still text, so only control characters count.
        if _BINARY.search(data):
            return "not a settings file (binary data)"
        return None

    def _existing_fonts(self, value: Any) -> Any:
        """The font list without files that are gone, each reported (the others are kept)."""
        try:
            fonts = json.loads(str(value)) if str(value).strip() else []
        except ValueError:
            return value  # parse() reports it
        if not isinstance(fonts, list):
            return value
        kept = [str(f) for f in fonts if Path(str(f)).is_file()]
        for gone in (str(f) for f in fonts if not Path(str(f)).is_file()):
            self._font_problems.append(SettingProblem(_FONTS_KEY, gone, f"{_FONT_GONE}: {gone}"))
        return json.dumps(kept, ensure_ascii=False)

    # -- the facilitator's words for problems ----------------------------------------------------

    def problem_text(self, problem: SettingProblem) -> str:
        """One sentence: what was ignored, and that the default is used."""
        if problem.key == WHOLE_FILE:
            return fill(
                self.tr(
                    "The settings file %1 could not be read, so all settings have their defaults; when you save, it is kept as settings-unreadable.ini."  # noqa: E501
                ),
                problem.value,
            )
        if problem.key == _FONTS_KEY and problem.reason.startswith(_FONT_GONE):
            return fill(
                self.tr("The fallback font %1 no longer exists, so it was left out of the list."),
                problem.value,
            )
        name = next((s.name for s in SPECS if s.key == problem.key), "")
        label, rule = SETTING_TEXTS.get(name, (problem.key, ""))
        label = self.tr(label) if name else label
        if problem.key == _PIN_KEY:  # never show what may be a PIN typed into the file
            return self.tr(
                "The kiosk PIN in the settings file was not saved by Ippo, so it was ignored: the kiosk asks for a PIN each time it opens."  # noqa: E501
            )
        return fill(
            self.tr("%1: “%2” is not %3, so it was ignored and the default is used."),
            label,
            problem.value,
            self.tr(rule) if rule else "",
        )

    def problems_text(self) -> str:
        """The load problems, one sentence a line ("" when there were none)."""
        return "\n".join(self.problem_text(p) for p in self.problems)

    # -- writing -------------------------------------------------------------------------------

    def update(self, **changes: Any) -> Settings:
        """Check ``changes``, write every setting and tell who listens; the new settings.

        Raises:
            UserError: A value is not allowed (nothing is written), or the file could not be
                written (the settings in memory stay as they were).
        """
        new = self.settings
        for name, value in changes.items():
            if name not in SETTING_TEXTS:
                raise TypeError(f"no setting named {name!r}")
            try:
                new = changed(new, **{name: value})
            except (ValueError, TypeError) as error:
                raise UserError(
                    fill(self.tr("%1 cannot be “%2”: %3."), self.tr(SETTING_TEXTS[name][0]),
                         _shown(name, value), str(error)),
                    fill(self.tr("Choose %1."), self.tr(SETTING_TEXTS[name][1])),
                ) from error  # fmt: skip
        names = frozenset(f.name for f in fields(Settings)
                          if getattr(new, f.name) != getattr(self.settings, f.name))  # fmt: skip
        if not names:
            return self.settings
        self._write(new)
        self.settings = new
        self.changed.emit(new, names)
        return new

    def reset(self) -> Settings:
        """Every setting back to its default (the window state is kept)."""
        defaults = Settings()
        names = frozenset(f.name for f in fields(Settings)
                          if getattr(defaults, f.name) != getattr(self.settings, f.name))  # fmt: skip  # noqa: E501
        self._write(defaults)
        self.settings = defaults
        if names:
            self.changed.emit(defaults, names)
        return defaults

    def _write(self, settings: Settings) -> None:
        if self._unreadable:
            self._set_aside()
        file = self._open(self.path)
        before = {key: file.value(key) for key in file.allKeys()}
        for key, text in serialise(settings).items():
            file.setValue(_file_key(key), text)
        file.sync()
        # FormatError only says a line of the file could not be parsed when it was (re)read.
        if file.status() != QSettings.Status.AccessError:
            return
        # Put back what the file holds, so a later sync cannot write what was refused now.
        file.clear()
        for key, value in before.items():
            file.setValue(key, value)
        raise self._write_error()

    def _set_aside(self) -> None:
        """Keep an unreadable file as settings-unreadable.ini (it may be someone's typing)."""
        try:
            if self.path.exists():
                self.path.replace(self.path.with_name(UNREADABLE_FILE))
        except OSError as error:
            raise self._write_error() from error
        self._unreadable = False

    def _write_error(self) -> UserError:
        return UserError(
            fill(self.tr("Ippo could not save the settings in %1."), str(self.path)),
            self.tr(
                "Check that the folder is not read-only and that the disk has free space, then try again. The settings stay as they were until then."  # noqa: E501
            ),
            path=self.path,
        )

    # -- window state, kept apart ----------------------------------------------------------------

    def save_window_state(self, widget_key: str, state: QByteArray) -> None:
        """Keep a window's geometry, splitter sizes or tab; failing to is only logged."""
        file = self._open(self.window_state_path)
        file.setValue(widget_key, state)
        file.sync()
        if file.status() == QSettings.Status.AccessError:
            log.warning("could not save the window state in %s", self.window_state_path)

    def window_state(self, widget_key: str) -> QByteArray | None:
        """What :meth:`save_window_state` kept for ``widget_key``, or None."""
        value = self._open(self.window_state_path).value(widget_key)
        return value if isinstance(value, QByteArray) else None


def _file_key(key: str) -> str:
    """The key as QSettings reads it back: Qt writes a section named "general" as [%General]
    and reads that as "General", so a "general/…" key would not be found after a restart."""
    section, _, rest = key.partition("/")
    return f"General/{rest}" if section.lower() == "general" else key


def _shown(name: str, value: Any) -> str:
    """A value for an error message (never the digits of a PIN)."""
    if name == "kiosk_pin":
        return "…"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)

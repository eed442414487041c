"""The room's chimes: one stroke at the warning (予鈴), two at zero (本鈴), three at overtime.

Sound goes through QtMultimedia's ``QSoundEffect`` (WAV, no FFmpeg needed). QtMultimedia may
not load at all (on Linux it needs ``libpulse0``), the laptop may have no audio output, or the
output may vanish mid-workshop (the HDMI cable of the projector carried the sound). In each case
:class:`Chimes` falls back to a visual cue — the projector flashes — and says once why. It
never raises.

The backend is injectable: ``backend_factory(files, parent)`` returns an object with
``play(strokes) -> bool``, ``set_volume(volume)``, ``stop()`` and ``output_name()``, or raises
:class:`ChimesUnavailable` (any other exception counts as unavailable too). Tests pass fakes
and never make a sound.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal

from app.errors import QT_TRANSLATE_NOOP
from app.paths import resources_dir

STROKES = (1, 2, 3)
CONTEXT = "Chimes"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def chime_files(sounds_dir: Path) -> dict[int, Path]:
    """``{1: chime-1.wav, 2: …, 3: …}`` in ``sounds_dir``."""
    return {k: sounds_dir / f"chime-{k}.wav" for k in STROKES}


class ChimesUnavailable(Exception):
    """Why the chimes cannot sound: an English source text, translated in the ``Chimes``
    context, with ``%1`` filled from ``arg``."""

    def __init__(self, source: str, arg: str = "") -> None:
        super().__init__(source.replace("%1", arg))
        self.source = source
        self.arg = arg


class ChimeBackend(Protocol):
    def play(self, strokes: int) -> bool: ...

    def set_volume(self, volume: float) -> None: ...

    def stop(self) -> None: ...

    def output_name(self) -> str: ...


BackendFactory = Callable[[dict[int, Path], QObject], ChimeBackend]

# Why sound cannot play: English source texts, translated when shown (see Chimes.reason).
NO_MULTIMEDIA = QT_TRANSLATE_NOOP(
    "Chimes", "Qt's sound module could not be loaded (%1). On Linux, install libpulse0."
)
NO_OUTPUT = QT_TRANSLATE_NOOP(
    "Chimes", "No audio output was found: no speakers or headphones are connected."
)
OUTPUT_GONE = QT_TRANSLATE_NOOP("Chimes", "The audio output was disconnected.")
MISSING_FILES = QT_TRANSLATE_NOOP("Chimes", "The chime sound files are missing: %1.")
PLAY_FAILED = QT_TRANSLATE_NOOP("Chimes", "The chime could not be played: %1.")


def _import_multimedia() -> ModuleType:
    from PySide6 import QtMultimedia

    return QtMultimedia


class QtSoundBackend:
    """One ``QSoundEffect`` per chime file, following the system's default output."""

    def __init__(self, multimedia: Any, files: dict[int, Path], parent: QObject) -> None:
        self._mm = multimedia
        self._volume = 1.0
        self._effects: dict[int, Any] = {}
        for strokes, path in files.items():
            effect = multimedia.QSoundEffect(parent)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self._volume)
            self._effects[strokes] = effect

    def play(self, strokes: int) -> bool:
        if not self._mm.QMediaDevices.audioOutputs():
            raise ChimesUnavailable(OUTPUT_GONE)
        effect = self._effects[strokes]
        if effect.status() == self._mm.QSoundEffect.Status.Error:
            raise ChimesUnavailable(PLAY_FAILED, effect.source().toLocalFile())
        default = self._mm.QMediaDevices.defaultAudioOutput()
        if effect.audioDevice() != default:  # the projector's HDMI sound came or went
            for each in self._effects.values():
                each.setAudioDevice(default)
        for other in self._effects.values():
            if other is not effect and other.isPlaying():
                other.stop()
        effect.play()  # a sound still loading starts when it has loaded
        return True

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        for effect in self._effects.values():
            effect.setVolume(volume)

    def stop(self) -> None:
        for effect in self._effects.values():
            effect.stop()

    def output_name(self) -> str:
        return str(self._mm.QMediaDevices.defaultAudioOutput().description())


def qt_backend(
    files: dict[int, Path],
    parent: QObject,
    importer: Callable[[], Any] = _import_multimedia,
) -> QtSoundBackend:
    """The real backend, or :class:`ChimesUnavailable` saying why not.

    ``importer`` returns the ``QtMultimedia`` module (tests pass one that fails, or a fake).
    """
    try:
        multimedia = importer()
    except (ImportError, OSError) as exc:
        raise ChimesUnavailable(NO_MULTIMEDIA, str(exc) or type(exc).__name__) from exc
    missing = [path.name for path in files.values() if not path.is_file()]
    if missing:
        raise ChimesUnavailable(MISSING_FILES, ", ".join(missing))
    if not multimedia.QMediaDevices.audioOutputs():
        raise ChimesUnavailable(NO_OUTPUT)
    return QtSoundBackend(multimedia, files, parent)


class Chimes(QObject):
    """Plays 1, 2 or 3 strokes; falls back to :attr:`visual_cue` when sound cannot play.

    Signals:
        visual_cue(strokes): sound could not play; the projector should flash ``strokes`` times.
        unavailable(reason): emitted once, the first time a chime falls back to the cue.
    """

    visual_cue = Signal(int)
    unavailable = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        sounds_dir: Path | None = None,
        backend_factory: BackendFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.sounds_dir = sounds_dir or resources_dir() / "sounds"
        self._factory: BackendFactory = backend_factory or qt_backend
        self._backend: ChimeBackend | None = None
        self._reason: tuple[str, str] = ("", "")
        self._announced = False
        self._volume = 1.0
        self._muted = False
        self.retry()

    # -- state ---------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """Whether the last attempt found working sound."""
        return self._backend is not None

    @property
    def reason(self) -> str:
        """Why sound is not available, in the current language ("" when it is)."""
        source, arg = self._reason
        return _tr(source).replace("%1", arg) if source else ""

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def volume(self) -> float:
        return self._volume

    def output_name(self) -> str:
        """The audio output the chimes play on ("" when unavailable)."""
        if self._backend is None:
            return ""
        try:
            return self._backend.output_name()
        except Exception:
            return ""

    # -- control -------------------------------------------------------------------------------

    def retry(self) -> bool:
        """Look for sound again (a speaker was plugged in); returns :attr:`available`."""
        if self._backend is not None:
            return True
        try:
            backend = self._factory(chime_files(self.sounds_dir), self)
            backend.set_volume(self._volume)
        except Exception as exc:
            self._fail(exc)
            return False
        self._backend = backend
        self._reason = ("", "")
        self._announced = False  # a later failure is news again
        return True

    def play(self, strokes: int) -> None:
        """Sound ``strokes`` (1..3, clamped) strokes, or the visual cue; nothing when muted."""
        if self._muted:
            return
        strokes = min(max(int(strokes), 1), 3)
        if self._backend is not None:
            try:
                if self._backend.play(strokes):
                    return
                raise ChimesUnavailable(PLAY_FAILED, f"chime-{strokes}.wav")
            except Exception as exc:
                self._fail(exc)
        self.visual_cue.emit(strokes)
        if not self._announced:
            self._announced = True
            self.unavailable.emit(self.reason)

    def set_volume(self, volume: float) -> None:
        """Volume from 0 (silent) to 1 (full)."""
        self._volume = min(max(float(volume), 0.0), 1.0)
        if self._backend is not None:
            try:
                self._backend.set_volume(self._volume)
            except Exception as exc:
                self._fail(exc)

    def set_muted(self, muted: bool) -> None:
        """The user's master mute: no sound and no visual cue."""
        self._muted = bool(muted)
        if self._muted and self._backend is not None:
            try:
                self._backend.stop()
            except Exception as exc:
                self._fail(exc)

    def _fail(self, exc: BaseException) -> None:
        self._backend = None
        if isinstance(exc, ChimesUnavailable):
            self._reason = (exc.source, exc.arg)
        else:
            self._reason = (PLAY_FAILED, str(exc) or type(exc).__name__)

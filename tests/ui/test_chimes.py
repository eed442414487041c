"""The chimes: the WAV files, the fall back to a visual cue, mute, and the Qt backend's logic
(with a fake QtMultimedia: no test makes a sound)."""

from __future__ import annotations

import functools
import struct
import wave
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from app.paths import resources_dir
from tools import make_chimes
from ui.chimes import Chimes, ChimesUnavailable, chime_files, qt_backend

SOUNDS = resources_dir() / "sounds"

#: The first real use of QtMultimedia logs warnings about optional libraries (pipewire, VA-API)
#: and a missing PulseAudio server. pytest-qt matches ``qt_log_ignore`` against the message,
#: not the category, so the ini entry "qt.multimedia.symbolsresolver" does not catch them.
MULTIMEDIA_NOISE = pytest.mark.qt_log_ignore(
    r"^Couldn't (load|resolve) .*(library|symbols)$", r"^PulseAudioService: "
)


# -- the files -------------------------------------------------------------------------------


def _samples(path: Path) -> tuple[Any, list[int]]:
    with wave.open(str(path), "rb") as sound:
        params = sound.getparams()
        frames = sound.readframes(params.nframes)
    return params, list(struct.unpack(f"<{params.nframes}h", frames))


def _count_strokes(samples: list[int], rate: int) -> int:
    """Onsets: a 10 ms window at least twice as loud as the 50 ms before it."""
    window = rate // 100
    env = [max(abs(s) for s in samples[i : i + window]) for i in range(0, len(samples), window)]
    peak = max(env)
    onsets, last = 0, -100
    for i, value in enumerate(env):
        before = max(env[max(0, i - 5) : i], default=0)
        if value > 0.3 * peak and value > 2 * before + 1 and i - last > 20:
            onsets, last = onsets + 1, i
    return onsets


@pytest.mark.parametrize("strokes", [1, 2, 3])
def test_each_chime_file_is_small_clean_and_has_its_strokes(strokes: int) -> None:
    path = SOUNDS / f"chime-{strokes}.wav"
    assert path.stat().st_size < 200 * 1024
    params, samples = _samples(path)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 22050)
    expected = make_chimes.STROKE_SECONDS + (strokes - 1) * make_chimes.SPACING_SECONDS
    assert params.nframes / params.framerate == pytest.approx(expected, abs=0.01)
    assert samples[0] == 0 and samples[-1] == 0  # fade in, fade out: no click
    assert abs(samples[1]) < 1000
    assert _count_strokes(samples, params.framerate) == strokes


def test_the_loudest_chime_peaks_at_minus_3_dbfs_and_strokes_are_equally_loud() -> None:
    peaks = {k: max(abs(s) for s in _samples(SOUNDS / f"chime-{k}.wav")[1]) for k in (1, 2, 3)}
    assert max(peaks.values()) == pytest.approx(32767 * 10 ** (-3 / 20), abs=2)
    first_strokes = [_samples(SOUNDS / f"chime-{k}.wav")[1][:2000] for k in (1, 2, 3)]
    assert first_strokes[0] == first_strokes[1] == first_strokes[2]


def test_the_files_are_what_the_script_makes(tmp_path: Path) -> None:
    """Deterministic synthesis; ±1 LSB allowed for another libm's rounding."""
    made = make_chimes.make_chimes(tmp_path)
    assert [p.name for p in made] == ["chime-1.wav", "chime-2.wav", "chime-3.wav"]
    for path in made:
        _, fresh = _samples(path)
        _, shipped = _samples(SOUNDS / path.name)
        assert len(fresh) == len(shipped)
        assert max(abs(a - b) for a, b in zip(fresh, shipped, strict=True)) <= 1


# -- fakes -----------------------------------------------------------------------------------


class FakeBackend:
    """A working backend that records which file each play would sound."""

    def __init__(self, files: dict[int, Path], parent: QObject) -> None:
        self.files = files
        self.played: list[Path] = []
        self.volumes: list[float] = []
        self.stopped = 0
        self.fail_with: Exception | None = None

    def play(self, strokes: int) -> bool:
        if self.fail_with is not None:
            raise self.fail_with
        self.played.append(self.files[strokes])
        return True

    def set_volume(self, volume: float) -> None:
        self.volumes.append(volume)

    def stop(self) -> None:
        self.stopped += 1

    def output_name(self) -> str:
        return "Speakers (Realtek)"


class Factory:
    def __init__(self) -> None:
        self.backends: list[FakeBackend] = []

    def __call__(self, files: dict[int, Path], parent: QObject) -> FakeBackend:
        backend = FakeBackend(files, parent)
        self.backends.append(backend)
        return backend


def _failing_import(exc: BaseException) -> Any:
    def importer() -> Any:
        raise exc

    return functools.partial(qt_backend, importer=importer)


class FakeEffect:
    """Stands in for QSoundEffect."""

    class Status:
        Null, Loading, Ready, Error = range(4)

    instances: ClassVar[list[FakeEffect]] = []

    def __init__(self, parent: Any = None) -> None:
        self.source_url: Any = None
        self.volume: float | None = None
        self.plays = 0
        self.device: Any = "speakers"
        self.playing = False
        self.state = FakeEffect.Status.Ready
        FakeEffect.instances.append(self)

    def setSource(self, url: Any) -> None:
        self.source_url = url

    def source(self) -> Any:
        return self.source_url

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def status(self) -> int:
        return self.state

    def audioDevice(self) -> Any:
        return self.device

    def setAudioDevice(self, device: Any) -> None:
        self.device = device

    def isPlaying(self) -> bool:
        return self.playing

    def play(self) -> None:
        self.plays += 1
        self.playing = True

    def stop(self) -> None:
        self.playing = False


class FakeDevice:
    def __init__(self, name: str) -> None:
        self.name = name

    def description(self) -> str:
        return self.name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FakeDevice) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)


def _fake_multimedia(outputs: list[FakeDevice]) -> Any:
    FakeEffect.instances = []

    class Devices:
        @staticmethod
        def audioOutputs() -> list[FakeDevice]:
            return list(outputs)

        @staticmethod
        def defaultAudioOutput() -> FakeDevice:
            return outputs[0] if outputs else FakeDevice("")

    return SimpleNamespace(QSoundEffect=FakeEffect, QMediaDevices=Devices)


# -- falling back ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        ImportError("libpulse.so.0: cannot open shared object file: No such file or directory"),
        OSError("libpulse.so.0: cannot open shared object file"),
    ],
)
def test_without_qtmultimedia_the_projector_flashes_instead(
    qtbot: QtBot, error: BaseException
) -> None:
    chimes = Chimes(backend_factory=_failing_import(error))
    assert not chimes.available
    assert "libpulse0" in chimes.reason and "libpulse.so.0" in chimes.reason
    cues: list[int] = []
    chimes.visual_cue.connect(cues.append)
    with qtbot.waitSignal(chimes.unavailable) as announced:
        chimes.play(2)
    assert announced.args == [chimes.reason]
    assert cues == [2]


def test_without_an_audio_output_the_projector_flashes_instead(qtbot: QtBot) -> None:
    multimedia = _fake_multimedia(outputs=[])
    chimes = Chimes(backend_factory=functools.partial(qt_backend, importer=lambda: multimedia))
    assert not chimes.available
    assert "音声出力が見つかりません" in chimes.reason
    assert FakeEffect.instances == []  # nothing loaded for nowhere
    with qtbot.waitSignal(chimes.visual_cue) as cue:
        chimes.play(3)
    assert cue.args == [3]


def test_the_unavailable_signal_comes_once_and_every_chime_still_cues(qtbot: QtBot) -> None:
    chimes = Chimes(backend_factory=_failing_import(ImportError("no pulse")))
    reasons: list[str] = []
    cues: list[int] = []
    chimes.unavailable.connect(reasons.append)
    chimes.visual_cue.connect(cues.append)
    for strokes in (1, 2, 3, 2):
        chimes.play(strokes)
    assert cues == [1, 2, 3, 2]
    assert len(reasons) == 1


def test_strokes_are_clamped_to_one_to_three(qtbot: QtBot) -> None:
    chimes = Chimes(backend_factory=_failing_import(ImportError("x")))
    cues: list[int] = []
    chimes.visual_cue.connect(cues.append)
    chimes.play(0)
    chimes.play(7)
    assert cues == [1, 3]


def test_a_factory_that_raises_anything_is_unavailable_not_a_crash(qtbot: QtBot) -> None:
    def broken(files: dict[int, Path], parent: QObject) -> Any:
        raise RuntimeError("driver fell over")

    chimes = Chimes(backend_factory=broken)
    assert not chimes.available
    assert "driver fell over" in chimes.reason
    chimes.play(1)  # no raise


def test_missing_files_make_the_chimes_unavailable(qtbot: QtBot, tmp_path: Path) -> None:
    multimedia = _fake_multimedia([FakeDevice("Speakers")])
    chimes = Chimes(
        sounds_dir=tmp_path,
        backend_factory=functools.partial(qt_backend, importer=lambda: multimedia),
    )
    assert not chimes.available
    assert "chime-1.wav" in chimes.reason


# -- mute ------------------------------------------------------------------------------------


def test_mute_suppresses_sound_and_cue(qtbot: QtBot) -> None:
    factory = Factory()
    chimes = Chimes(backend_factory=factory)
    chimes.set_muted(True)
    assert chimes.muted
    assert factory.backends[0].stopped == 1  # a ringing chime stops
    with qtbot.assertNotEmitted(chimes.visual_cue), qtbot.assertNotEmitted(chimes.unavailable):
        chimes.play(2)
    assert factory.backends[0].played == []


def test_mute_suppresses_the_fallback_cue_too(qtbot: QtBot) -> None:
    chimes = Chimes(backend_factory=_failing_import(ImportError("x")))
    chimes.set_muted(True)
    with qtbot.assertNotEmitted(chimes.visual_cue), qtbot.assertNotEmitted(chimes.unavailable):
        chimes.play(1)
    chimes.set_muted(False)
    with qtbot.waitSignal(chimes.unavailable):
        chimes.play(1)


# -- a working backend -----------------------------------------------------------------------


def test_play_two_sounds_the_two_stroke_file(qtbot: QtBot) -> None:
    factory = Factory()
    chimes = Chimes(backend_factory=factory)
    assert chimes.available and chimes.reason == ""
    assert chimes.output_name() == "Speakers (Realtek)"
    with qtbot.assertNotEmitted(chimes.visual_cue):
        chimes.play(2)
    assert factory.backends[0].played == [SOUNDS / "chime-2.wav"]


def test_volume_is_clamped_and_passed_on(qtbot: QtBot) -> None:
    factory = Factory()
    chimes = Chimes(backend_factory=factory)
    chimes.set_volume(0.4)
    chimes.set_volume(3)
    chimes.set_volume(-1)
    assert factory.backends[0].volumes == [1.0, 0.4, 1.0, 0.0]
    assert chimes.volume == 0.0


def test_a_backend_that_fails_mid_workshop_falls_back_once(qtbot: QtBot) -> None:
    factory = Factory()
    chimes = Chimes(backend_factory=factory)
    factory.backends[0].fail_with = ChimesUnavailable("The audio output was disconnected.")
    reasons: list[str] = []
    cues: list[int] = []
    chimes.unavailable.connect(reasons.append)
    chimes.visual_cue.connect(cues.append)
    chimes.play(1)
    chimes.play(2)
    assert cues == [1, 2]
    assert reasons == ["音声出力が切断されました。"]
    assert not chimes.available


def test_retry_finds_sound_again_and_a_new_failure_is_news_again(qtbot: QtBot) -> None:
    outputs: list[FakeDevice] = []
    multimedia = _fake_multimedia(outputs)
    chimes = Chimes(backend_factory=functools.partial(qt_backend, importer=lambda: multimedia))
    reasons: list[str] = []
    chimes.unavailable.connect(reasons.append)
    chimes.play(1)
    assert not chimes.retry()
    outputs.append(FakeDevice("HDMI (projector)"))
    assert chimes.retry()
    assert chimes.output_name() == "HDMI (projector)"
    chimes.play(1)
    assert len(reasons) == 1
    outputs.clear()  # the cable is pulled
    chimes.play(1)
    assert len(reasons) == 2
    assert "切断" in reasons[1]


def test_the_qt_backend_plays_the_right_effect_and_follows_the_default_output(
    qtbot: QtBot,
) -> None:
    outputs = [FakeDevice("speakers")]
    multimedia = _fake_multimedia(outputs)
    chimes = Chimes(backend_factory=functools.partial(qt_backend, importer=lambda: multimedia))
    assert chimes.available
    effects = FakeEffect.instances
    assert [e.source_url.fileName() for e in effects] == [
        "chime-1.wav",
        "chime-2.wav",
        "chime-3.wav",
    ]
    chimes.set_volume(0.5)
    assert {e.volume for e in effects} == {0.5}
    chimes.play(2)
    assert [e.plays for e in effects] == [0, 1, 0]
    outputs.insert(0, FakeDevice("HDMI"))  # the projector's sound becomes the default
    chimes.play(3)
    assert effects[1].playing is False  # the earlier chime is cut, not mixed
    assert [e.plays for e in effects] == [0, 1, 1]
    assert {e.device.name for e in effects} == {"HDMI"}


def test_an_effect_that_failed_to_load_falls_back(qtbot: QtBot) -> None:
    multimedia = _fake_multimedia([FakeDevice("speakers")])
    chimes = Chimes(backend_factory=functools.partial(qt_backend, importer=lambda: multimedia))
    FakeEffect.instances[0].state = FakeEffect.Status.Error
    with qtbot.waitSignal(chimes.unavailable) as announced:
        chimes.play(1)
    assert "chime-1.wav" in announced.args[0]


def test_chime_files_names() -> None:
    assert {k: p.name for k, p in chime_files(Path("/x")).items()} == {
        1: "chime-1.wav",
        2: "chime-2.wav",
        3: "chime-3.wav",
    }


# -- the real thing, offscreen ---------------------------------------------------------------


@MULTIMEDIA_NOISE
def test_the_real_default_construction_does_not_raise(qtbot: QtBot) -> None:
    """Offscreen here there is no audio device (maybe no pulse): it must fall back quietly."""
    chimes = Chimes()
    assert isinstance(chimes.available, bool)
    if not chimes.available:
        assert chimes.reason
    cues: list[int] = []
    chimes.visual_cue.connect(cues.append)
    chimes.play(1)
    chimes.set_volume(0.3)
    chimes.set_muted(True)
    chimes.play(2)
    assert cues == ([] if chimes.available else [1])

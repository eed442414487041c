"""Synthesise Ippo's chimes: one, two and three strokes of a small bell (おりん-like).

Usage: ``python -m tools.make_chimes [OUT_DIR]`` (default ``resources/sounds``).

Stdlib only and deterministic: the same script writes the same bytes. Each stroke is a few
inharmonic partials (ratios of a small struck bowl-bell) with exponential decay; the
fundamental and the second partial are split into two slightly detuned sines, which gives the
slow shimmer of a real bell. A 4 ms fade-in at each stroke avoids clicks, a raised-cosine
fade-out ends it. The three files share one gain, chosen so the loudest of them peaks at
−3 dBFS: every stroke sounds equally loud, whichever file it is in.

Japanese use: one stroke at the warning (予鈴), two at zero (本鈴), three at overtime.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050  # mono, 16-bit: the three files stay well under 200 KB
FUNDAMENTAL = 660.0  # Hz (E5): clear on small projector speakers, not shrill
STROKE_SECONDS = 1.5  # each stroke's own length (it rings ~1.2 s, then fades out)
FADE_IN_SECONDS = 0.004
FADE_OUT_SECONDS = 0.4
SPACING_SECONDS = 0.7  # between the starts of two strokes
PEAK_DBFS = -3.0

# (frequency ratio, amplitude, decay time constant in s, beat in Hz: 0 = one plain sine)
PARTIALS: tuple[tuple[float, float, float, float], ...] = (
    (1.000, 1.00, 0.85, 1.6),
    (2.756, 0.50, 0.50, 2.3),
    (5.404, 0.22, 0.28, 0.0),
    (8.933, 0.10, 0.16, 0.0),
    (13.34, 0.05, 0.03, 0.0),  # the brief "tick" of the striker
)


def stroke(rate: int = RATE) -> list[float]:
    """One bell stroke, unnormalised, ``STROKE_SECONDS`` long."""
    length = round(STROKE_SECONDS * rate)
    fade_in = max(1, round(FADE_IN_SECONDS * rate))
    fade_out = round(FADE_OUT_SECONDS * rate)
    samples = []
    for n in range(length):
        t = n / rate
        value = 0.0
        for index, (ratio, amplitude, tau, beat) in enumerate(PARTIALS):
            frequency = FUNDAMENTAL * ratio
            phase = 0.7 * index  # fixed phases: no random, no two partials in step
            envelope = amplitude * math.exp(-t / tau)
            if beat:
                value += envelope * (
                    0.7 * math.sin(2 * math.pi * frequency * t + phase)
                    + 0.3 * math.sin(2 * math.pi * (frequency + beat) * t + phase)
                )
            else:
                value += envelope * math.sin(2 * math.pi * frequency * t + phase)
        if n < fade_in:
            value *= n / fade_in
        if n >= length - fade_out:
            remaining = (length - 1 - n) / fade_out
            value *= 0.5 - 0.5 * math.cos(math.pi * remaining)
        samples.append(value)
    return samples


def render(strokes: int, rate: int = RATE) -> list[float]:
    """``strokes`` strokes, ``SPACING_SECONDS`` apart (they overlap, as a bell's do)."""
    one = stroke(rate)
    step = round(SPACING_SECONDS * rate)
    mixed = [0.0] * (step * (strokes - 1) + len(one))
    for k in range(strokes):
        offset = k * step
        for n, value in enumerate(one):
            mixed[offset + n] += value
    return mixed


def to_pcm16(samples: list[float], gain: float) -> bytes:
    """Scale, round and pack as little-endian signed 16-bit."""
    limit = 32767
    values = [max(-limit, min(limit, round(s * gain * limit))) for s in samples]
    return struct.pack(f"<{len(values)}h", *values)


def write_wav(path: Path, pcm: bytes, rate: int = RATE) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm)


def make_chimes(out_dir: Path, rate: int = RATE) -> list[Path]:
    """Write ``chime-1.wav``, ``chime-2.wav`` and ``chime-3.wav`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rendered = {k: render(k, rate) for k in (1, 2, 3)}
    peak = max(abs(s) for samples in rendered.values() for s in samples)
    gain = 10 ** (PEAK_DBFS / 20) / peak
    written = []
    for k, samples in rendered.items():
        path = out_dir / f"chime-{k}.wav"
        write_wav(path, to_pcm16(samples, gain), rate)
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    out = Path(argv[0]) if argv else root / "resources" / "sounds"
    for path in make_chimes(out):
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

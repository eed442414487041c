"""Contrast between two colours as WCAG 2.x measures it, and how to reach a minimum.

The projector is read from the back of a room, through a projector that washes colours out,
sometimes by people who cannot tell red from green. WCAG's 4.5:1 for text (AA) is the floor
every projector theme is held to, custom ones included; :func:`adjust_for` moves a colour's
HSL lightness just far enough to reach it, so the colour a facilitator picked keeps its hue.

Colours are ``"#RRGGBB"`` strings (any case); results are upper case. No Qt here: the maths
is plain and the tests can call it without a display.
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Sequence

AA_TEXT = 4.5  # WCAG 2.x 1.4.3: normal text, level AA
AA_GRAPHICS = 3.0  # WCAG 2.x 1.4.11: bars, badges and icons
LIGHTNESS_STEP = 0.01  # one step of HSL lightness in adjust_for
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def parse(color: str) -> tuple[float, float, float]:
    """``"#RRGGBB"`` as red, green, blue in 0..1.

    Raises:
        ValueError: ``color`` is not written ``#RRGGBB``.
    """
    if not isinstance(color, str) or not _HEX.match(color):
        raise ValueError(f"not a colour like #3DD68C: {color!r}")
    return tuple(int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def to_hex(red: float, green: float, blue: float) -> str:
    """Red, green, blue in 0..1 (clamped) as ``"#RRGGBB"``."""
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02X}" for c in (red, green, blue))


def luminance(color: str) -> float:
    """WCAG 2.x relative luminance of ``color``: 0 for black, 1 for white."""
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in parse(color)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2.x contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(a: str, b: str, t: float) -> str:
    """``a`` moved a share ``t`` (0..1) of the way towards ``b``, channel by channel."""
    return to_hex(*(x + (y - x) * t for x, y in zip(parse(a), parse(b), strict=True)))


def with_lightness(color: str, value: float) -> str:
    """``color`` with its HSL lightness set to ``value`` (0 = black, 1 = white)."""
    hue, _, saturation = colorsys.rgb_to_hls(*parse(color))
    return to_hex(*colorsys.hls_to_rgb(hue, min(1.0, max(0.0, value)), saturation))


def lightness(color: str) -> float:
    """The HSL lightness of ``color`` (0..1)."""
    return colorsys.rgb_to_hls(*parse(color))[1]


def _grounds(background: str | Sequence[str]) -> list[str]:
    grounds = [background] if isinstance(background, str) else list(background)
    if not grounds:
        raise ValueError("no background given")
    return grounds


def worst(text: str, background: str | Sequence[str]) -> float:
    """The lowest contrast of ``text`` on any of the backgrounds."""
    return min(contrast(text, ground) for ground in _grounds(background))


def readable_on(
    background: str | Sequence[str], candidates: Sequence[str], minimum: float = AA_TEXT
) -> str:
    """The first of ``candidates`` that reaches ``minimum`` on every background, in order of
    preference; when none does, the one whose lowest contrast is highest.

    ``background`` is one colour or every colour the text may be drawn on (a pulsing
    background and the cards on it, say).
    """
    if not candidates:
        raise ValueError("no candidate colours given")
    for candidate in candidates:
        if worst(candidate, background) >= minimum:
            return candidate.upper()
    return max(candidates, key=lambda c: worst(c, background)).upper()


def adjust_for(text: str, background: str | Sequence[str], minimum: float = AA_TEXT) -> str:
    """``text`` made darker or lighter, in HSL lightness steps, just enough to reach
    ``minimum`` on every background; unchanged (upper-cased) when it already does.

    The hue and saturation stay, so a yellow stays a yellow. The side of the backgrounds the
    text is on is kept when that can reach the minimum (a light text stays light), else the
    other side is taken. If neither can (``minimum`` above about 4.58 on a mid-grey, or
    backgrounds on both sides), black or white, whichever reads better, is returned.
    """
    grounds = _grounds(background)
    text = text.upper()
    if worst(text, grounds) >= minimum:
        return text
    start = lightness(text)
    found: dict[int, tuple[int, str]] = {}
    for direction in (1, -1):
        for step in range(1, round(1 / LIGHTNESS_STEP) + 1):
            value = min(1.0, max(0.0, start + direction * step * LIGHTNESS_STEP))
            candidate = with_lightness(text, value)
            if worst(candidate, grounds) >= minimum:
                found[direction] = (step, candidate)
                break
            if value in (0.0, 1.0):
                break
    mean = sum(luminance(g) for g in grounds) / len(grounds)
    side = 1 if luminance(text) >= mean else -1
    if side in found:
        return found[side][1]
    if found:
        return min(found.values())[1]
    return max(("#000000", "#FFFFFF"), key=lambda c: worst(c, grounds))

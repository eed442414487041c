"""Custom projector themes, built from the four accents a facilitator picked, and the theme a
setting names.

:func:`custom_theme` tints the neutrals of the dark or light theme (:mod:`ui.projector_theme`)
with the accents for calm, warning, final seconds and overtime, then adjusts its colours until
each pair of :meth:`~ui.projector_theme.PhaseColors.text_pairs` reaches WCAG's 4.5:1, whatever
was picked. :func:`problems` tells the settings dialog which accents had to change or look
alike; :func:`theme_for` turns ``Settings.projector_theme`` into a theme.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from app.run_state import Phase
from app.settings import Settings
from ui.contrast import (
    AA_GRAPHICS,
    AA_TEXT,
    adjust_for,
    contrast,
    lightness,
    mix,
    parse,
    readable_on,
    with_lightness,
)
from ui.i18n import fill
from ui.projector_theme import DARK, LIGHT, THEMES, PhaseColors, ProjectorTheme

ACCENT_PHASES = (Phase.CALM, Phase.WARNING, Phase.FINAL, Phase.OVERTIME)
"""The phases whose accents a facilitator picks, in the order of ``Settings.custom_colors``."""
DEFAULT_ACCENTS: tuple[str, ...] = Settings().custom_colors
OVERTIME_STANDOUT = 1.5
"""How far (as a contrast ratio) the overtime background must stand from the ordinary one, so
the whole screen visibly changes when time runs out (DARK's own is 1.8:1)."""
ALIKE = 0.12  # accents closer than this (RGB distance, 0..1.73) look alike on a projector


@dataclass(frozen=True)
class _Base:
    """What a custom theme keeps from DARK or LIGHT: the neutrals the accents tint."""

    theme: ProjectorTheme
    ground: str
    card: str
    text: str
    soft: str
    dim: str
    clock_paused: str
    ink: str  # the dark text colour of the theme
    paper: str  # the light one
    tint: str  # what the accent is mixed with for text in the phase colour

    @property
    def dark(self) -> bool:
        return self.theme is DARK


_BASES = {
    "dark": _Base(
        DARK, "#0B0E11", "#161B22", "#F5F7FA", "#C9D1DA", "#8C96A1", "#9AA4AF",
        "#0B0E11", "#FFFFFF", "#FFFFFF",
    ),
    "light": _Base(
        LIGHT, "#F7F8FA", "#E6EAF0", "#101418", "#333C46", "#5B6470", "#56606B",
        "#101418", "#FFFFFF", "#000000",
    ),
}  # fmt: skip


def _settled(colors: PhaseColors) -> PhaseColors:
    """``colors`` with every text colour adjusted to reach 4.5:1 on each ground it is drawn on
    (the grounds themselves stay: they are never a text colour)."""
    grounds: dict[str, list[str]] = {}
    for what, _, _ in colors.text_pairs():
        role, ground = what.split(" on ")
        grounds.setdefault(role, []).append(ground)
    assert not grounds.keys() & {g for gs in grounds.values() for g in gs}
    return replace(
        colors,
        **{
            role: adjust_for(getattr(colors, role), [getattr(colors, g) for g in names])
            for role, names in grounds.items()
        },
    )


def _shifted(color: str, delta: float) -> str:
    """``color`` with its lightness moved by ``delta``, or the other way if that is clamped."""
    start = lightness(color)
    if not 0.0 <= start + delta <= 1.0:
        delta = -delta
    return with_lightness(color, start + delta)


def _phase(base: _Base, picked: str, tinted_clock: bool) -> tuple[PhaseColors, str]:
    """A calm, warning or final phase: a very dark (or very light) tint of the accent as the
    background; the accent for bars and badges, made to reach 3:1 on it. Returns the colours
    and the accent used."""
    background = mix(base.ground, picked, 0.07)
    card = mix(base.card, picked, 0.12)
    accent = adjust_for(picked, [background, card], AA_GRAPHICS)
    inks = (base.ink, base.paper) if base.dark else (base.paper, base.ink)
    tinted = mix(accent, base.tint, 0.2)
    paused = base.theme.colors(Phase.CALM)
    colors = PhaseColors(
        background=background,
        pulse=background,
        text=base.text,
        soft=base.soft,
        dim=base.dim,
        clock=tinted if tinted_clock else base.text,
        clock_paused=base.clock_paused,
        accent=accent,
        on_accent=readable_on(accent, inks),
        card=card,
        label=tinted,
        paused_bg=paused.paused_bg,
        paused_text=paused.paused_text,
    )
    return _settled(colors), accent


def _overtime(base: _Base, picked: str) -> tuple[PhaseColors, str]:
    """Overtime: the accent itself as a strong background that pulses, text in white or black
    (whichever reads better), cards and pulse moved away from the text."""
    background = adjust_for(picked, base.ground, OVERTIME_STANDOUT)
    white = contrast("#FFFFFF", background) >= contrast("#000000", background)
    text = adjust_for(base.paper if white else base.ink, background)
    away = -1 if white else 1
    # Moved away from the text, then made sure of it: near a lightness bound the shift can turn
    # back towards the text (a dark green with white text gave a card white read at 4.499:1).
    pulse = adjust_for(_shifted(background, away * 0.08), [text], AA_TEXT)
    card = adjust_for(_shifted(background, away * 0.14), [text], AA_TEXT)
    colors = PhaseColors(
        background=background,
        pulse=pulse,
        text=text,
        soft=mix(text, background, 0.12),
        dim=mix(text, background, 0.2),
        clock=text,
        clock_paused=mix(text, background, 0.16),
        accent=text,
        on_accent=card,
        card=card,
        label=text,
        paused_bg=text,
        paused_text=card,
    )
    return _settled(colors), background


def _accents(colors: Sequence[str]) -> tuple[str, ...]:
    accents = tuple(colors)
    if len(accents) != len(ACCENT_PHASES):
        raise ValueError(f"four accents are needed (calm, warning, final, overtime): {accents}")
    for color in accents:
        parse(color)
    return tuple(c.upper() for c in accents)


@lru_cache(maxsize=32)
def _build(accents: tuple[str, ...], base_name: str) -> tuple[ProjectorTheme, tuple[str, ...]]:
    if base_name not in _BASES:
        raise ValueError(f"no projector theme {base_name!r} to build on: dark or light")
    base = _BASES[base_name]
    calm, warning, final, overtime = accents
    built = [
        _phase(base, calm, tinted_clock=False),
        _phase(base, warning, tinted_clock=True),
        _phase(base, final, tinted_clock=True),
        _overtime(base, overtime),
    ]
    phases = dict(base.theme.phases)
    phases.update({phase: colors for phase, (colors, _) in zip(ACCENT_PHASES, built, strict=True)})
    theme = replace(base.theme, name="custom", phases=phases)
    return theme, tuple(used for _, used in built)


def custom_theme(colors: Sequence[str], base: str = "dark") -> ProjectorTheme:
    """A whole theme from four accents ``"#RRGGBB"`` (calm, warning, final, overtime).

    Each phase's background is a very dark tint of its accent (a very light one on the
    ``"light"`` base); overtime takes the accent itself as a strong, pulsing background.
    Accents too faint to see are moved (see :func:`adjusted_accents`) and every text colour is
    adjusted until each pair of :meth:`PhaseColors.text_pairs` reaches 4.5:1, whatever was
    picked. "Starting soon" and "finished" keep the base theme's neutral colours.

    Raises:
        ValueError: not four ``#RRGGBB`` colours, or ``base`` is not "dark" or "light".
    """
    return _build(_accents(colors), base)[0]


def adjusted_accents(colors: Sequence[str], base: str = "dark") -> dict[Phase, tuple[str, str]]:
    """The accents :func:`custom_theme` had to change: phase -> (picked, shown)."""
    accents = _accents(colors)
    used = _build(accents, base)[1]
    return {
        phase: (picked, shown)
        for phase, picked, shown in zip(ACCENT_PHASES, accents, used, strict=True)
        if picked != shown
    }


def _phase_name(phase: Phase) -> str:
    names = {
        Phase.CALM: QCoreApplication.translate("ProjectorTheme", "Time left"),
        Phase.WARNING: QCoreApplication.translate("ProjectorTheme", "Almost time"),
        Phase.FINAL: QCoreApplication.translate("ProjectorTheme", "Final seconds"),
        Phase.OVERTIME: QCoreApplication.translate("ProjectorTheme", "Over time"),
    }
    return names[phase]


def _alike(a: str, b: str) -> bool:
    return sum((x - y) ** 2 for x, y in zip(parse(a), parse(b), strict=True)) ** 0.5 < ALIKE


def problems(colors: Sequence[str], base: str = "dark") -> list[str]:
    """What the settings dialog should tell about these accents, in the UI language: each
    accent too faint that was adjusted (and to what), and each accent that looks like an
    earlier one (the projector still tells those phases apart by word and shape). Empty when
    all is well.

    Raises:
        ValueError: as :func:`custom_theme`.
    """
    faint = QCoreApplication.translate(
        "ProjectorTheme", "The colour for “%1” (%2) is too faint on the projector; shown as %3."
    )
    close = QCoreApplication.translate(
        "ProjectorTheme",
        "The colour for “%1” (%2) is too close to the normal background; shown as %3.",
    )
    alike = QCoreApplication.translate(
        "ProjectorTheme",
        "The colour for “%1” looks like the one for “%2”; the projector still tells them apart "
        "by word and shape.",
    )
    messages = [
        fill(close if phase == Phase.OVERTIME else faint, _phase_name(phase), picked, shown)
        for phase, (picked, shown) in adjusted_accents(colors, base).items()
    ]
    accents = _accents(colors)
    for later in range(1, len(accents)):
        earlier = next((k for k in range(later) if _alike(accents[k], accents[later])), None)
        if earlier is not None:
            names = _phase_name(ACCENT_PHASES[later]), _phase_name(ACCENT_PHASES[earlier])
            messages.append(fill(alike, *names))
    return messages


def theme_for(
    name: str, colors: Sequence[str] = DEFAULT_ACCENTS, base: str = "dark"
) -> ProjectorTheme:
    """The projector theme a setting names: ``"dark"``, ``"light"`` or ``"custom"`` (built
    from ``colors`` on ``base``), as ``Settings.projector_theme`` / ``custom_colors`` hold them.

    Raises:
        ValueError: an unknown name, or (for "custom") colours :func:`custom_theme` refuses.
    """
    if name == "custom":
        return custom_theme(colors, base)
    if name not in THEMES:
        raise ValueError(f"no projector theme {name!r}: dark, light or custom")
    return THEMES[name]

"""The projector's colours, per phase, as plain data (hex strings).

Two themes: a dark high-contrast default (what a dim room wants) and a light one (for rooms
that cannot be darkened), and custom ones built by :func:`custom_theme` from the four accents
a facilitator picked. Every colour a text is drawn in is paired with the background it is
drawn on in :meth:`PhaseColors.text_pairs`, so a test can hold each pair to WCAG's 4.5:1 —
and a custom theme adjusts its colours until each pair does, whatever was picked.
The phase is never told by colour alone: the view adds a word and a shape to every phase.
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


@dataclass(frozen=True)
class PhaseColors:
    """The colours of one phase.

    Attributes:
        background: The window's background.
        pulse: The second background the overtime pulse swings to (= background otherwise).
        text: Title, prompts, message, group names.
        soft: Instructions and the stages still to come in the strip.
        dim: Stages already done in the strip.
        clock: The big digits.
        clock_paused: The digits while paused (dimmer, still readable).
        accent: The phase's colour: top bar, number and phase badges, markers, current stage.
        on_accent: Text drawn on ``accent``.
        card: Prompt and group cards.
        label: Group labels on ``card``.
        paused_bg: The paused badge.
        paused_text: Text on ``paused_bg``.
    """

    background: str
    pulse: str
    text: str
    soft: str
    dim: str
    clock: str
    clock_paused: str
    accent: str
    on_accent: str
    card: str
    label: str
    paused_bg: str
    paused_text: str

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """Every (what, text colour, background colour) pair the view draws."""
        pairs = []
        for ground_name in ("background", "pulse"):
            ground = getattr(self, ground_name)
            for name in ("text", "soft", "dim", "clock", "clock_paused"):
                pairs.append((f"{name} on {ground_name}", getattr(self, name), ground))
        for name in ("text", "soft", "label"):
            pairs.append((f"{name} on card", getattr(self, name), self.card))
        pairs.append(("on_accent on accent", self.on_accent, self.accent))
        pairs.append(("paused_text on paused_bg", self.paused_text, self.paused_bg))
        return pairs


@dataclass(frozen=True)
class ProjectorTheme:
    """A projector theme: colours per phase, the flash colour and the blackout colour."""

    name: str
    phases: dict[Phase, PhaseColors]
    flash: str = "#FFFFFF"
    blackout: str = "#000000"

    def colors(self, phase: Phase) -> PhaseColors:
        """The colours of ``phase``."""
        return self.phases[phase]


def _dark(background: str, accent: str, clock: str, label: str, card: str) -> PhaseColors:
    return PhaseColors(
        background=background,
        pulse=background,
        text="#F5F7FA",
        soft="#C9D1DA",
        dim="#8C96A1",
        clock=clock,
        clock_paused="#9AA4AF",
        accent=accent,
        on_accent="#0B0E11",
        card=card,
        label=label,
        paused_bg="#8AB4F8",
        paused_text="#0B0E11",
    )


DARK = ProjectorTheme(
    name="dark",
    phases={
        Phase.NOT_STARTED: _dark("#0E1217", "#8AB4F8", "#F5F7FA", "#8AB4F8", "#1A2029"),
        Phase.CALM: _dark("#0D1412", "#3DD68C", "#F5F7FA", "#5BE0A0", "#18221F"),
        Phase.WARNING: _dark("#15120A", "#FFB020", "#FFC043", "#FFC043", "#241F12"),
        Phase.FINAL: _dark("#1A0E0E", "#FF5C52", "#FF7068", "#FF8A83", "#2A1716"),
        Phase.OVERTIME: PhaseColors(
            background="#7A1414",
            pulse="#A01B1B",
            text="#FFFFFF",
            soft="#FFE4E1",
            dim="#FFCCC7",
            clock="#FFFFFF",
            clock_paused="#FFD9D5",
            accent="#FFFFFF",
            on_accent="#7A1414",
            card="#5C0F0F",
            label="#FFFFFF",
            paused_bg="#FFFFFF",
            paused_text="#5C0F0F",
        ),
        Phase.FINISHED: _dark("#0E1217", "#8AB4F8", "#F5F7FA", "#8AB4F8", "#1A2029"),
    },
)


def _light(background: str, accent: str, clock: str, card: str) -> PhaseColors:
    return PhaseColors(
        background=background,
        pulse=background,
        text="#101418",
        soft="#333C46",
        dim="#5B6470",
        clock=clock,
        clock_paused="#56606B",
        accent=accent,
        on_accent="#FFFFFF",
        card=card,
        label=accent,
        paused_bg="#1F4E9E",
        paused_text="#FFFFFF",
    )


LIGHT = ProjectorTheme(
    name="light",
    phases={
        Phase.NOT_STARTED: _light("#F7F8FA", "#1F4E9E", "#101418", "#E6EAF0"),
        Phase.CALM: _light("#F6FAF8", "#0B6B44", "#101418", "#E3EDE8"),
        Phase.WARNING: _light("#FFF8EC", "#8A4B00", "#7A4200", "#F6E9D2"),
        Phase.FINAL: _light("#FFF3F2", "#A8201A", "#A8201A", "#F6E0DE"),
        Phase.OVERTIME: PhaseColors(
            background="#A8201A",
            pulse="#861812",
            text="#FFFFFF",
            soft="#FFEDEB",
            dim="#FFDAD6",
            clock="#FFFFFF",
            clock_paused="#FFE4E1",
            accent="#FFFFFF",
            on_accent="#861812",
            card="#7A1510",
            label="#FFFFFF",
            paused_bg="#FFFFFF",
            paused_text="#7A1510",
        ),
        Phase.FINISHED: _light("#F7F8FA", "#1F4E9E", "#101418", "#E6EAF0"),
    },
)

THEMES: dict[str, ProjectorTheme] = {DARK.name: DARK, LIGHT.name: LIGHT}


# -- custom themes -------------------------------------------------------------------------

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

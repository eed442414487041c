"""The projector's built-in colours, per phase, as plain data (hex strings).

Two themes: a dark high-contrast default (what a dim room wants) and a light one (for rooms
that cannot be darkened); :mod:`ui.projector_custom_theme` builds custom ones from the four
accents a facilitator picked. Every colour a text is drawn in is paired with the background it
is drawn on in :meth:`PhaseColors.text_pairs`, so a test can hold each pair to WCAG's 4.5:1.
The phase is never told by colour alone: the view adds a word and a shape to every phase.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.run_state import Phase


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

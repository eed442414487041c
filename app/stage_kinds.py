"""The kinds of stage an agenda is made of (stdlib only: the first paint imports it)."""

from __future__ import annotations

STAGE_KINDS: frozenset[str] = frozenset(
    {
        "opening",
        "inventory",
        "strengths",
        "target",
        "declaration",
        "dialogue",
        "role_model",
        "break",
        "wrapup",
        "condition",
        "current",
        "challenge",
        "feedback",
        "next_action",
        "custom",
    }
)

CORE_KINDS: tuple[str, ...] = ("inventory", "strengths", "target", "declaration")
"""The four steps of the workshop; every workshop template has each of them once, in order."""

"""The kinds of stage an agenda is made of (``app.stage_kinds``)."""

from __future__ import annotations

from app.stage_kinds import STAGE_KINDS


def test_stage_kinds_are_exactly_the_agreed_set() -> None:
    assert (
        frozenset(
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
        == STAGE_KINDS
    )

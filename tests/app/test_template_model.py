"""Templates as values: frozen and hashable, texts that fall back to the other language, and
the error a template Ippo cannot use raises (``app.template_model``)."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest

from app.template_model import StageTemplate, TemplateError
from app.templates import parse_template
from tests.helpers.template_files import valid_data, write


def test_template_error_is_a_user_error() -> None:
    from app.errors import UserError

    error = TemplateError(None, "stages[0].kind", "unknown")
    assert isinstance(error, UserError)
    assert str(error) == "<unsaved template>: stages[0].kind: unknown"


def test_templates_are_hashable_and_immutable(tmp_path: Path) -> None:
    template = parse_template(write(tmp_path, valid_data()))

    assert len({template, copy.deepcopy(template)}) == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        template.id = "other"  # type: ignore[misc]


def test_text_falls_back_to_the_other_language() -> None:
    stage = StageTemplate(
        kind="custom",
        title={"ja": "休憩", "en": ""},
        planned_seconds=60,
        instructions={"ja": "", "en": "Rest."},
        prompts={"ja": (), "en": ("Ready?",)},
    )

    assert stage.text("title", "en") == "休憩"
    assert stage.text("instructions", "ja") == "Rest."
    assert stage.prompt_texts("ja") == ("Ready?",)
    with pytest.raises(ValueError, match="no text field"):
        stage.text("prompts", "ja")

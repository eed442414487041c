"""Template files for the template tests: a small valid template as data, written as TOML,
and the error reading one raises (shared by ``tests/app/test_template*.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import tomli_w

from app.template_model import TemplateError
from app.templates import parse_template


def stage_data(kind: str, minutes: float, prompts: int = 2, **extra: Any) -> dict[str, Any]:
    stage: dict[str, Any] = {
        "kind": kind,
        "minutes": minutes,
        "title": {"ja": f"{kind}の段階", "en": f"The {kind} stage"},
        "instructions": {"ja": "一人で書きます。ペアで話します。", "en": "Write. Then talk."},
        "prompts": {
            "ja": [f"問い{n}？" for n in range(prompts)],
            "en": [f"Question {n}?" for n in range(prompts)],
        },
    }
    stage.update(extra)
    return stage


def valid_data() -> dict[str, Any]:
    """A small valid workshop: 5 + 10 + 10 + 10 + 10 + 5 = 50 minutes."""
    return {
        "schema": 1,
        "id": "my-workshop",
        "kind": "workshop",
        "minutes": 50,
        "title": {"ja": "私のワークショップ", "en": "My workshop"},
        "description": {"ja": "説明です。", "en": "A description."},
        "stages": [
            stage_data("opening", 5, prompts=0, warning_minutes=1),
            stage_data("inventory", 10),
            stage_data("strengths", 10),
            stage_data("target", 10),
            stage_data("declaration", 10, protected=True),
            stage_data("wrapup", 5, prompts=1, warning_minutes=1),
        ],
    }


def write(tmp_path: Path, data: dict[str, Any], name: str = "my-workshop.toml") -> Path:
    path = tmp_path / name
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def expect_error(path: Path) -> TemplateError:
    with pytest.raises(TemplateError) as info:
        parse_template(path)
    return info.value

"""Making a template from a plan, and a file-name-safe id from any title
(``app.template_build``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.template_build import slugify_id, template_from_stages
from app.template_model import StageTemplate, TemplateError
from app.templates import builtin_dir, parse_template, save_template

ID_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")


# --------------------------------------------------------------------------- from a plan


def test_template_from_stages_totals_and_fills_languages() -> None:
    base = parse_template(builtin_dir() / "workshop-60.toml")
    custom = StageTemplate(
        kind="custom",
        title={"ja": "社長からのメッセージ"},
        planned_seconds=150,
        instructions={"ja": "", "en": ""},
        prompts={},
    )
    stages = [*base.stages[:1], custom, *base.stages[1:]]

    template = template_from_stages("with-message", {"ja": "社長メッセージ付き"}, stages)

    assert template.minutes == 63  # 62.5 min rounds half up
    assert template.total_seconds == 3750
    assert template.title == {"ja": "社長メッセージ付き", "en": "社長メッセージ付き"}
    assert template.stages[1].title == {"ja": "社長からのメッセージ", "en": "社長からのメッセージ"}
    assert template.path is None and template.builtin is False
    assert template.kind == "workshop"


def test_template_from_stages_rejects_a_workshop_without_its_declaration() -> None:
    base = parse_template(builtin_dir() / "workshop-60.toml")
    stages = [stage for stage in base.stages if stage.kind != "declaration"]

    with pytest.raises(TemplateError) as info:
        template_from_stages("no-declaration", base.title, stages)

    assert info.value.path is None
    assert info.value.field == "stages"
    assert "missing: declaration" in info.value.message


def test_template_from_stages_makes_oneonone_templates() -> None:
    base = parse_template(builtin_dir() / "oneonone-45.toml")

    template = template_from_stages("short-1on1", base.title, base.stages[:3], kind="oneonone")

    assert template.minutes == 35
    assert template.kind == "oneonone"


# --------------------------------------------------------------------------- ids


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("My Workshop (90 min)", "my-workshop-90-min"),
        ("  Career -- 1on1  ", "career-1on1"),
        ("Ｗｏｒｋｓｈｏｐ　６０", "workshop-60"),  # full-width forms are narrowed
        ("Café crème", "cafe-creme"),
        ("CON", "con-template"),
    ],
)
def test_slugify_latin_titles(title: str, expected: str) -> None:
    assert slugify_id(title) == expected


def test_slugify_japanese_titles_fall_back_to_a_hash() -> None:
    first = slugify_id("キャリアオーナーシップ研修")
    second = slugify_id("新任管理職向けワークショップ")

    assert re.fullmatch(r"template-[0-9a-f]{8}", first)
    assert first != second
    assert slugify_id("キャリアオーナーシップ研修") == first  # stable
    assert slugify_id("").startswith("template-")
    assert slugify_id("2024").startswith("template-")


def test_slugify_mixed_titles_keep_the_latin_part_and_stay_distinct() -> None:
    first = slugify_id("1on1 研修")
    second = slugify_id("1on1 練習")

    assert first.startswith("1on1-") and second.startswith("1on1-")
    assert first != second


@given(st.text(max_size=200))
def test_slugify_always_gives_a_usable_id(text: str) -> None:
    slug = slugify_id(text)

    assert ID_RE.fullmatch(slug), slug
    assert slug not in {"con", "prn", "aux", "nul"}


def test_slugified_id_is_accepted_by_save(tmp_path: Path) -> None:
    base = parse_template(builtin_dir() / "workshop-60.toml")
    template = template_from_stages(slugify_id("営業部向け（60分）"), base.title, base.stages)

    path = save_template(template, tmp_path / "user")

    assert path.name == f"{template.id}.toml"
    assert parse_template(path).id == template.id

"""Stage templates: the built-ins, every validation rule, loading, saving and ids."""

from __future__ import annotations

import copy
import dataclasses
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from app.stage_kinds import CORE_KINDS, STAGE_KINDS
from app.template_build import slugify_id, template_from_stages
from app.template_model import LANGUAGES, StageTemplate, TemplateError, TemplateProblem
from app.templates import builtin_dir, load_templates, parse_template, save_template

ID_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")

EXPECTED_BUILTINS: dict[str, tuple[str, int, list[tuple[str, int]]]] = {
    "workshop-60": (
        "workshop",
        60,
        [
            ("opening", 5),
            ("inventory", 13),
            ("strengths", 13),
            ("target", 12),
            ("declaration", 12),
            ("wrapup", 5),
        ],
    ),
    "workshop-90": (
        "workshop",
        90,
        [
            ("opening", 5),
            ("inventory", 15),
            ("strengths", 15),
            ("dialogue", 20),
            ("target", 15),
            ("declaration", 12),
            ("wrapup", 8),
        ],
    ),
    "workshop-120": (
        "workshop",
        120,
        [
            ("opening", 5),
            ("role_model", 20),
            ("inventory", 15),
            ("strengths", 15),
            ("break", 10),
            ("dialogue", 20),
            ("target", 15),
            ("declaration", 12),
            ("wrapup", 8),
        ],
    ),
    "oneonone-45": (
        "oneonone",
        45,
        [("condition", 5), ("current", 15), ("challenge", 15), ("feedback", 7), ("next_action", 3)],
    ),
}


# --------------------------------------------------------------------------- helpers


def _stage(kind: str, minutes: float, prompts: int = 2, **extra: Any) -> dict[str, Any]:
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
            _stage("opening", 5, prompts=0, warning_minutes=1),
            _stage("inventory", 10),
            _stage("strengths", 10),
            _stage("target", 10),
            _stage("declaration", 10, protected=True),
            _stage("wrapup", 5, prompts=1, warning_minutes=1),
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


# --------------------------------------------------------------------------- built-ins


def test_builtins_load_without_problems_in_order() -> None:
    templates, problems = load_templates()

    assert problems == []
    assert [t.id for t in templates] == [
        "workshop-60",
        "workshop-90",
        "workshop-120",
        "oneonone-45",
    ]
    assert all(t.builtin and t.path is not None for t in templates)
    assert all(t.path.parent == builtin_dir() for t in templates if t.path is not None)


@pytest.mark.parametrize("template_id", sorted(EXPECTED_BUILTINS))
def test_builtin_stages_and_totals(template_id: str) -> None:
    kind, minutes, stages = EXPECTED_BUILTINS[template_id]
    template = parse_template(builtin_dir() / f"{template_id}.toml", builtin=True)

    assert template.kind == kind
    assert template.minutes == minutes
    assert template.total_seconds == minutes * 60
    assert [(s.kind, s.planned_seconds // 60) for s in template.stages] == stages
    for stage in template.stages:
        assert 0 <= stage.warning_seconds < stage.planned_seconds
        assert stage.at_zero == "hold"
    for lang in LANGUAGES:
        assert template.title[lang].strip()
        assert template.description[lang].strip()
        assert str(minutes) in template.title[lang]


@pytest.mark.parametrize("template_id", ["workshop-60", "workshop-90", "workshop-120"])
def test_builtin_workshops_have_core_stages_in_order_with_protected_declaration(
    template_id: str,
) -> None:
    template = parse_template(builtin_dir() / f"{template_id}.toml")
    core = [stage for stage in template.stages if stage.kind in CORE_KINDS]

    assert [stage.kind for stage in core] == list(CORE_KINDS)
    assert [stage.kind for stage in template.stages if stage.protected] == ["declaration"]
    assert template.stages[0].kind == "opening"
    assert template.stages[-1].kind == "wrapup"


def test_dialogue_and_role_model_placement() -> None:
    kinds90 = parse_template(builtin_dir() / "workshop-90.toml").stage_kinds
    kinds120 = parse_template(builtin_dir() / "workshop-120.toml").stage_kinds

    assert kinds90.index("strengths") < kinds90.index("dialogue") < kinds90.index("target")
    assert "role_model" in kinds120 and "break" in kinds120
    assert kinds120.index("strengths") < kinds120.index("dialogue") < kinds120.index("target")


def test_builtin_oneonone_protects_the_agreement() -> None:
    template = parse_template(builtin_dir() / "oneonone-45.toml")

    assert [stage.kind for stage in template.stages if stage.protected] == ["next_action"]
    assert "誰が・いつまでに・何を" in template.stages[-1].prompts["ja"][0]


def _sentences(text: str, lang: str) -> int:
    if lang == "ja":
        return text.count("。")
    return len(re.findall(r"[.!?](?:\s|$)", text))


@pytest.mark.parametrize("template_id", sorted(EXPECTED_BUILTINS))
def test_builtin_texts_are_projector_ready(template_id: str) -> None:
    template = parse_template(builtin_dir() / f"{template_id}.toml")
    for index, stage in enumerate(template.stages):
        where = f"{template_id} stages[{index}] ({stage.kind})"
        for lang in LANGUAGES:
            assert stage.title[lang].strip(), where
            sentences = _sentences(stage.instructions[lang], lang)
            assert 2 <= sentences <= 4, f"{where} {lang}: {sentences} sentences"
        count = len(stage.prompts["ja"])
        assert count == len(stage.prompts["en"]), where
        if stage.kind in {*CORE_KINDS, "dialogue"}:
            assert 2 <= count <= 4, where
        else:
            assert 0 <= count <= 4, where
        assert all(len(prompt) <= 40 for prompt in stage.prompts["ja"]), where
        assert all(len(prompt) <= 100 for prompt in stage.prompts["en"]), where
        # Japanese prompts are Japanese; English ones are plain ASCII apart from typography.
        assert all(re.search(r"[ぁ-んァ-ヶ一-龥]", p) for p in stage.prompts["ja"]), where
        assert not any(re.search(r"[ぁ-んァ-ヶ一-龥]", p) for p in stage.prompts["en"]), where


def test_builtin_prompts_use_the_articles_good_questions() -> None:
    ja = {
        prompt
        for path in builtin_dir().glob("*.toml")
        for stage in parse_template(path).stages
        for prompt in stage.prompts["ja"]
    }
    assert "直近で一番エネルギーが上がった仕事は？その要因は何？" in ja
    assert "半年後に「成長した」と言える状態は？" in ja
    assert "誰が・いつまでに・何をする？" in ja


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


# --------------------------------------------------------------------------- parsing


def test_valid_file_parses_with_defaults_and_fractional_minutes(tmp_path: Path) -> None:
    data = valid_data()
    data["stages"][1]["minutes"] = 7.5
    data["stages"][2]["minutes"] = 12.5
    path = write(tmp_path, data)

    template = parse_template(path)

    assert template.id == "my-workshop"
    assert template.path == path and template.builtin is False
    assert template.minutes == 50
    assert [s.planned_seconds for s in template.stages] == [300, 450, 750, 600, 600, 300]
    inventory = template.stages[1]
    assert inventory.warning_seconds == 120  # default 2 minutes
    assert inventory.protected is False and inventory.at_zero == "hold" and inventory.chimes
    assert template.stages[0].warning_seconds == 60
    assert template.stages[4].protected is True
    assert inventory.prompts == {"ja": ("問い0？", "問い1？"), "en": ("Question 0?", "Question 1?")}
    assert inventory.text("title", "en") == "The inventory stage"
    assert template.text("description", "ja") == "説明です。"


def test_optional_tables_may_be_left_out(tmp_path: Path) -> None:
    data = valid_data()
    del data["description"]
    del data["stages"][0]["instructions"]
    del data["stages"][0]["prompts"]

    template = parse_template(write(tmp_path, data))

    assert template.description == {"ja": "", "en": ""}
    assert template.stages[0].instructions == {"ja": "", "en": ""}
    assert template.stages[0].prompts == {"ja": (), "en": ()}
    assert template.text("description", "en") == ""


def test_oneonone_template_needs_no_core_stages(tmp_path: Path) -> None:
    data = valid_data()
    data.update(kind="oneonone", minutes=10)
    data["stages"] = [_stage("condition", 5, prompts=0), _stage("next_action", 5, prompts=1)]

    template = parse_template(write(tmp_path, data))

    assert template.kind == "oneonone"
    assert template.stage_kinds == ("condition", "next_action")


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + tomli_w.dumps(valid_data()).encode("utf-8"))

    assert parse_template(path).id == "my-workshop"


Mutation = Callable[[dict[str, Any]], None]


def _set(*keys: str | int, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return mutate


def _delete(*keys: str | int) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for key in keys[:-1]:
            target = target[key]
        del target[keys[-1]]

    return mutate


def _prompts(index: int, ja: int, en: int) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        data["stages"][index]["prompts"] = {
            "ja": [f"問い{n}" for n in range(ja)],
            "en": [f"Question {n}" for n in range(en)],
        }

    return mutate


def _swap(first: int, second: int) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        stages = data["stages"]
        stages[first], stages[second] = stages[second], stages[first]

    return mutate


def _both(*mutations: Mutation) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        for mutation in mutations:
            mutation(data)

    return mutate


INVALID_CASES: list[tuple[str, Mutation, str, str]] = [
    # (case id, mutation, expected field, expected fragment of the message)
    ("missing id", _delete("id"), "id", "missing"),
    ("missing kind", _delete("kind"), "kind", "missing"),
    ("missing stages", _delete("stages"), "stages", "missing"),
    ("missing stage minutes", _delete("stages", 1, "minutes"), "stages[1].minutes", "missing"),
    ("missing stage title", _delete("stages", 2, "title"), "stages[2].title", "missing"),
    ("missing schema", _delete("schema"), "schema", "schema = 1"),
    (
        "minutes as text",
        _set("stages", 1, "minutes", value="20"),
        "stages[1].minutes",
        'must be a number, got the text "20"',
    ),
    (
        "protected as text",
        _set("stages", 4, "protected", value="yes"),
        "stages[4].protected",
        "must be true or false",
    ),
    ("chimes as number", _set("stages", 0, "chimes", value=1), "stages[0].chimes", "true or false"),
    ("kind as number", _set("stages", 0, "kind", value=3), "stages[0].kind", "must be text"),
    (
        "prompts not a list",
        _set("stages", 1, "prompts", "ja", value="問い"),
        "stages[1].prompts.ja",
        "must be a list",
    ),
    ("title not a table", _set("title", value="題"), "title", "must be a table"),
    (
        "negative minutes",
        _set("stages", 2, "minutes", value=-5),
        "stages[2].minutes",
        "must be greater than 0, got -5",
    ),
    (
        "zero minutes",
        _set("stages", 2, "minutes", value=0),
        "stages[2].minutes",
        "must be greater than 0, got 0",
    ),
    (
        "minutes not finite",
        _set("stages", 2, "minutes", value=float("nan")),
        "stages[2].minutes",
        "finite",
    ),
    (
        "absurd minutes",
        _set("stages", 2, "minutes", value=10_000),
        "stages[2].minutes",
        "at most 600",
    ),
    (
        "negative template minutes",
        _set("minutes", value=-50),
        "minutes",
        "must be greater than 0, got -50",
    ),
    (
        "negative warning",
        _set("stages", 1, "warning_minutes", value=-1),
        "stages[1].warning_minutes",
        "must be 0 or more, got -1",
    ),
    (
        "warning equal to duration",
        _set("stages", 1, "warning_minutes", value=10),
        "stages[1].warning_minutes",
        "must be less than the stage's minutes (10), got 10",
    ),
    (
        "warning longer than duration",
        _set("stages", 0, "warning_minutes", value=7.5),
        "stages[0].warning_minutes",
        "must be less than the stage's minutes (5), got 7.5",
    ),
    (
        "unknown stage kind",
        _set("stages", 5, "kind", value="lunch"),
        "stages[5].kind",
        "unknown stage kind 'lunch'",
    ),
    ("unknown template kind", _set("kind", value="seminar"), "kind", "must be one of: workshop"),
    (
        "unknown at_zero",
        _set("stages", 1, "at_zero", value="stop"),
        "stages[1].at_zero",
        'must be "hold" or "advance", got the text "stop"',
    ),
    (
        "typo in a field name",
        _set("stages", 1, "warning_minute", value=1),
        "stages[1].warning_minute",
        "unknown field 'warning_minute'",
    ),
    ("unknown top-level field", _set("lenght", value=3), "lenght", "unknown field"),
    (
        "template title without English",
        _delete("title", "en"),
        "title.en",
        "missing the English text",
    ),
    (
        "stage title without Japanese",
        _delete("stages", 3, "title", "ja"),
        "stages[3].title.ja",
        "missing the Japanese text",
    ),
    (
        "instructions without Japanese",
        _delete("stages", 1, "instructions", "ja"),
        "stages[1].instructions.ja",
        "missing the Japanese text",
    ),
    (
        "prompts without English",
        _delete("stages", 2, "prompts", "en"),
        "stages[2].prompts.en",
        "missing the English text",
    ),
    (
        "blank English title",
        _set("stages", 2, "title", "en", value="  "),
        "stages[2].title.en",
        "must not be empty",
    ),
    (
        "instructions in one language only",
        _set("stages", 1, "instructions", "en", value=""),
        "stages[1].instructions.en",
        "give both languages",
    ),
    (
        "a third language",
        _set("stages", 1, "title", "zh", value="经验"),
        "stages[1].title.zh",
        "unknown language 'zh'",
    ),
    (
        "empty prompt",
        _set("stages", 1, "prompts", "en", 1, value=" "),
        "stages[1].prompts.en[1]",
        "must not be empty",
    ),
    (
        "prompt counts differ",
        _prompts(1, 3, 2),
        "stages[1].prompts",
        "ja has 3 prompt(s) but en has 2",
    ),
    (
        "too few core prompts",
        _prompts(3, 1, 1),
        "stages[3].prompts",
        "a target stage needs 2 to 4 prompts per language, got 1",
    ),
    (
        "too many core prompts",
        _prompts(4, 5, 5),
        "stages[4].prompts",
        "a declaration stage needs 2 to 4 prompts per language, got 5",
    ),
    ("core stage with no prompts", _delete("stages", 2, "prompts"), "stages[2].prompts", "got 0"),
    (
        "too many prompts elsewhere",
        _prompts(5, 5, 5),
        "stages[5].prompts",
        "at most 4 prompts per language, got 5",
    ),
    (
        "stages do not add up",
        _set("minutes", value=60),
        "minutes",
        "the stages add up to 50 but minutes is 60",
    ),
    (
        "stages add up to a fraction",
        _set("stages", 0, "minutes", value=5.5),
        "minutes",
        "the stages add up to 50.5 but minutes is 50",
    ),
    ("newer schema", _set("schema", value=2), "schema", "written by a newer Ippo (schema 2)"),
    ("older schema", _set("schema", value=0), "schema", "must be 1, got 0"),
    ("schema as text", _set("schema", value="1"), "schema", "must be a whole number"),
    ("empty stage list", _set("stages", value=[]), "stages", "must have at least one stage"),
    (
        "workshop without a core stage",
        _both(_delete("stages", 3), _set("minutes", value=40)),
        "stages",
        "missing: target",
    ),
    (
        "workshop with only custom stages",
        _set("stages", value=[_stage("custom", 50)]),
        "stages",
        "missing: inventory, strengths, target, declaration",
    ),
    (
        "core stages out of order",
        _swap(2, 3),
        "stages[2].kind",
        "'target' comes before 'strengths'",
    ),
    (
        "core stage twice",
        _both(_set("stages", 5, "kind", value="inventory"), _prompts(5, 2, 2)),
        "stages[5].kind",
        "'inventory' appears twice (also stages[1])",
    ),
    ("id with spaces", _set("id", value="My Workshop"), "id", "lowercase letters, digits"),
    ("id that Windows reserves", _set("id", value="con"), "id", "reserved file name"),
]


@pytest.mark.parametrize(
    ("mutation", "field", "fragment"),
    [case[1:] for case in INVALID_CASES],
    ids=[case[0] for case in INVALID_CASES],
)
def test_each_validation_failure_names_file_and_field(
    tmp_path: Path, mutation: Mutation, field: str, fragment: str
) -> None:
    data = valid_data()
    mutation(data)
    path = write(tmp_path, data)

    error = expect_error(path)

    assert error.path == path
    assert error.field == field
    assert fragment in error.message
    assert str(error) == f"{path}: {field}: {error.message}"


def test_first_valid_data_is_really_valid(tmp_path: Path) -> None:
    # Guards the table above: every case starts from a file that loads.
    assert parse_template(write(tmp_path, valid_data())).id == "my-workshop"


def test_invalid_toml_reports_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('schema = 1\nid = "broken"\nkind = workshop\n', encoding="utf-8")

    error = expect_error(path)

    assert error.path == path
    assert error.field == ""
    assert (error.line, error.column) == (3, 8)
    assert "not valid TOML at line 3, column 8" in error.message
    assert str(error).startswith(f"{path}: is not valid TOML at line 3, column 8: ")


def test_non_utf8_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "sjis.toml"
    path.write_bytes('schema = 1\nid = "経験"\n'.encode("shift_jis"))

    error = expect_error(path)

    assert error.path == path
    assert "not UTF-8" in error.message


def test_missing_file_is_reported(tmp_path: Path) -> None:
    error = expect_error(tmp_path / "nowhere.toml")

    assert "cannot read the file" in error.message


def test_template_error_is_a_user_error() -> None:
    from app.errors import UserError

    error = TemplateError(None, "stages[0].kind", "unknown")
    assert isinstance(error, UserError)
    assert str(error) == "<unsaved template>: stages[0].kind: unknown"


# --------------------------------------------------------------------------- loading


def test_load_keeps_going_past_broken_user_files(tmp_path: Path) -> None:
    user = tmp_path / "templates"
    user.mkdir()
    good = write(user, valid_data(), "a-good.toml")
    broken_data = valid_data()
    broken_data["id"] = "broken"
    broken_data["stages"][2]["minutes"] = -5
    broken = write(user, broken_data, "b-broken.toml")
    (user / "c-syntax.toml").write_text("schema = = 1\n", encoding="utf-8")
    clash = valid_data()
    clash["id"] = "workshop-90"
    clash_path = write(user, clash, "d-clash.toml")
    duplicate = write(user, valid_data(), "e-duplicate.toml")
    (user / "notes.txt").write_text("not a template", encoding="utf-8")
    (user / ".my-workshop.abc.tmp").write_text("half a file", encoding="utf-8")
    (user / ".hidden.toml").write_text("junk", encoding="utf-8")

    templates, problems = load_templates(user)

    assert [t.id for t in templates] == [
        "workshop-60",
        "workshop-90",
        "workshop-120",
        "oneonone-45",
        "my-workshop",
    ]
    assert templates[-1].path == good and not templates[-1].builtin
    assert [(p.path.name, p.field) for p in problems] == [
        ("b-broken.toml", "stages[2].minutes"),
        ("c-syntax.toml", ""),
        ("d-clash.toml", "id"),
        ("e-duplicate.toml", "id"),
    ]
    assert problems[0] == TemplateProblem(broken, "stages[2].minutes", problems[0].message)
    assert "must be greater than 0, got -5" in problems[0].message
    assert "line 1" in problems[1].message
    assert problems[2].path == clash_path and "built-in template" in problems[2].message
    assert problems[3].path == duplicate and "a-good.toml" in problems[3].message
    assert str(problems[0]).startswith(f"{broken}: stages[2].minutes: ")


def test_missing_user_folder_is_not_a_problem(tmp_path: Path) -> None:
    templates, problems = load_templates(tmp_path / "not-yet")

    assert problems == []
    assert len(templates) == 4


def test_builtin_dir_in_a_frozen_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert builtin_dir() == tmp_path / "resources" / "templates"


def test_builtin_dir_from_source() -> None:
    assert builtin_dir() == Path(__file__).resolve().parents[2] / "resources" / "templates"


# --------------------------------------------------------------------------- saving


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    original = parse_template(builtin_dir() / "workshop-90.toml", builtin=True)
    copy_ = dataclasses.replace(original, id="our-workshop-90", path=None, builtin=False)
    user = tmp_path / "deep" / "templates"

    path = save_template(copy_, user)

    assert path == user / "our-workshop-90.toml"
    assert [p.name for p in user.iterdir()] == ["our-workshop-90.toml"]  # no temp file left
    again = parse_template(path)
    assert again == dataclasses.replace(copy_, path=path)
    templates, problems = load_templates(user)
    assert problems == []
    assert templates[-1].id == "our-workshop-90"
    assert templates[-1].stages == original.stages


def test_round_trip_keeps_odd_seconds(tmp_path: Path) -> None:
    base = parse_template(write(tmp_path, valid_data()))
    stages = list(base.stages)
    stages[1] = dataclasses.replace(stages[1], planned_seconds=100, warning_seconds=25)
    stages[2] = dataclasses.replace(stages[2], planned_seconds=631)
    template = template_from_stages("odd-seconds", base.title, stages)

    assert template.total_seconds == 300 + 100 + 631 + 600 + 600 + 300
    assert template.minutes == 42  # 2531 s = 42.18 min
    again = parse_template(save_template(template, tmp_path / "user"))
    assert again.stages == template.stages
    assert again.minutes == 42


def test_save_replaces_an_earlier_version(tmp_path: Path) -> None:
    template = parse_template(write(tmp_path, valid_data()))
    user = tmp_path / "user"
    save_template(template, user)
    renamed = dataclasses.replace(template, title={"ja": "改訂版", "en": "Revised"})

    path = save_template(renamed, user)

    assert parse_template(path).title == {"ja": "改訂版", "en": "Revised"}
    assert sorted(p.name for p in user.iterdir()) == ["my-workshop.toml"]


@pytest.mark.parametrize("template_id", sorted(EXPECTED_BUILTINS))
def test_save_refuses_to_overwrite_a_builtin(tmp_path: Path, template_id: str) -> None:
    builtin = parse_template(builtin_dir() / f"{template_id}.toml", builtin=True)

    user = tmp_path / "user"

    with pytest.raises(TemplateError) as info:
        save_template(builtin, user)

    assert info.value.field == "id"
    assert info.value.path == user / f"{template_id}.toml"
    assert "built-in" in info.value.message
    assert not user.exists()


def test_save_refuses_an_invalid_template_and_writes_nothing(tmp_path: Path) -> None:
    template = parse_template(write(tmp_path, valid_data()))
    stages = list(template.stages)
    stages[1] = dataclasses.replace(stages[1], warning_seconds=stages[1].planned_seconds)
    broken = dataclasses.replace(template, stages=tuple(stages))
    user = tmp_path / "user"

    with pytest.raises(TemplateError) as info:
        save_template(broken, user)

    assert info.value.field == "stages[1].warning_minutes"
    assert info.value.path == user / "my-workshop.toml"
    assert not user.exists()


def test_save_refuses_minutes_that_contradict_the_stages(tmp_path: Path) -> None:
    template = parse_template(write(tmp_path, valid_data()))

    with pytest.raises(TemplateError) as info:
        save_template(dataclasses.replace(template, minutes=90), tmp_path / "user")

    assert info.value.field == "minutes"
    assert "add up to 50 but minutes is 90" in info.value.message


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


# --------------------------------------------------------------------------- layering


def test_module_does_not_import_qt() -> None:
    code = (
        "import sys, app.templates, app.template_build; "
        "qt = {'PySide6', 'shiboken6', 'ui'}; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr

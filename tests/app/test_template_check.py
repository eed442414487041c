"""Every rule a template file is checked against, each failure naming the file and the field
(``app.template_check``, with the schema's own messages from ``app.template_schema``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.templates import parse_template
from tests.helpers.template_files import expect_error, valid_data, write
from tests.helpers.template_files import stage_data as _stage


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

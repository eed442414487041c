"""Stage template files: the built-ins, reading a file (and what goes wrong reading one),
loading a folder, and saving (``app.templates``)."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest
import tomli_w

from app.stage_kinds import CORE_KINDS
from app.template_build import template_from_stages
from app.template_model import LANGUAGES, TemplateError, TemplateProblem
from app.templates import builtin_dir, load_templates, parse_template, save_template
from tests.helpers.template_files import expect_error, valid_data, write

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


# --------------------------------------------------------------------------- reading a file


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + tomli_w.dumps(valid_data()).encode("utf-8"))

    assert parse_template(path).id == "my-workshop"


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

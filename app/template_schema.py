"""The shape of a template file (schema 1): the models it must fit, and the document written.

:func:`app.template_check.from_data` validates parsed TOML against :class:`TemplateIn`. Pydantic
checks types, required fields and unknown keys; :func:`pydantic_message` turns its first error
into plain English (``must be a number, got the text "ten"``) and :func:`field_path` names the
field (``stages[2].minutes``). :func:`to_data` goes the other way: the TOML document for a
template, which :func:`app.templates.save_template` writes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.errors import QT_TRANSLATE_NOOP
from app.template_model import (
    DEFAULT_WARNING_MINUTES,
    LANGUAGES,
    MAX_STAGE_MINUTES,
    WorkshopTemplate,
)

SCHEMA_VERSION = 1
"""The template file format this Ippo reads and writes."""


_STRICT = ConfigDict(extra="forbid", strict=True)


class TextsIn(BaseModel):
    model_config = _STRICT
    ja: str
    en: str


class PromptsIn(BaseModel):
    model_config = _STRICT
    ja: list[str]
    en: list[str]


class StageIn(BaseModel):
    model_config = _STRICT
    kind: str
    minutes: float = Field(gt=0, le=MAX_STAGE_MINUTES, allow_inf_nan=False)
    warning_minutes: float = Field(default=DEFAULT_WARNING_MINUTES, ge=0, allow_inf_nan=False)
    protected: bool = False
    at_zero: str = "hold"
    chimes: bool = True
    title: TextsIn
    instructions: TextsIn | None = None
    prompts: PromptsIn | None = None


class TemplateIn(BaseModel):
    model_config = _STRICT
    id: str
    kind: str
    minutes: float = Field(gt=0, allow_inf_nan=False)
    title: TextsIn
    description: TextsIn | None = None
    stages: list[StageIn]


_TEXT_TABLES = frozenset({"title", "instructions", "description", "prompts"})


def field_path(loc: Sequence[int | str]) -> str:
    """``("stages", 2, "minutes")`` -> ``"stages[2].minutes"``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def fmt_number(value: object) -> str:
    """``-5.0`` -> ``"-5"``, ``2.5`` -> ``"2.5"``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def describe_value(value: object) -> str:
    """How a TOML value looks to the person who wrote it."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (a true/false value)"
    if isinstance(value, int | float):
        return f"the number {fmt_number(value)}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'the text "{shown}"'
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__} value"


def _allowed_keys(parent: Sequence[int | str]) -> tuple[str, ...]:
    if not parent:
        return ("schema", *TemplateIn.model_fields)
    last = parent[-1]
    if isinstance(last, int):
        return tuple(StageIn.model_fields)
    if last in _TEXT_TABLES:
        return LANGUAGES
    return ()


def pydantic_message(error: Mapping[str, Any]) -> tuple[str, ...]:
    """Plain English for one pydantic error (the field is reported separately): a marked
    template and its values."""
    kind = error["type"]
    loc: tuple[int | str, ...] = tuple(error["loc"])
    value = error.get("input")
    ctx = error.get("ctx") or {}
    key = loc[-1] if loc else ""
    parent = loc[:-1]
    in_text_table = bool(parent) and parent[-1] in _TEXT_TABLES
    if kind == "missing":
        if in_text_table and key == "ja":
            return (QT_TRANSLATE_NOOP("Core", "missing the Japanese text; every text needs both ja and en"),)  # noqa: E501 # fmt: skip
        if in_text_table and key == "en":
            return (QT_TRANSLATE_NOOP("Core", "missing the English text; every text needs both ja and en"),)  # noqa: E501 # fmt: skip
        return (QT_TRANSLATE_NOOP("Core", "missing; this field is required"),)
    if kind == "extra_forbidden":
        allowed = _allowed_keys(parent)
        if in_text_table:
            return (
                QT_TRANSLATE_NOOP("Core", "unknown language %1; texts are given as ja and en"),
                repr(key),
            )
        if allowed:
            return (
                QT_TRANSLATE_NOOP("Core", "unknown field %1; check the spelling (expected one of: %2)"),  # noqa: E501
                repr(key),
                ", ".join(allowed),
            )  # fmt: skip
        return (QT_TRANSLATE_NOOP("Core", "unknown field %1; check the spelling"), repr(key))
    got = describe_value(value)
    if kind == "string_type":
        return (QT_TRANSLATE_NOOP("Core", "must be text in double quotes, got %1"), got)
    if kind in {"float_type", "int_type", "float_parsing", "int_parsing", "int_from_float"}:
        return (QT_TRANSLATE_NOOP("Core", "must be a number, got %1"), got)
    if kind == "bool_type":
        return (QT_TRANSLATE_NOOP("Core", "must be true or false, got %1"), got)
    if kind == "list_type":
        return (QT_TRANSLATE_NOOP("Core", 'must be a list of texts like ["...", "..."], got %1'), got)  # noqa: E501 # fmt: skip
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return (QT_TRANSLATE_NOOP("Core", "must be a table, got %1"), got)
    if kind == "finite_number":
        return (QT_TRANSLATE_NOOP("Core", "must be a finite number, got %1"), str(value))
    if kind == "greater_than":
        return (
            QT_TRANSLATE_NOOP("Core", "must be greater than %1, got %2"),
            fmt_number(ctx["gt"]),
            fmt_number(value),
        )
    if kind == "greater_than_equal":
        return (
            QT_TRANSLATE_NOOP("Core", "must be %1 or more, got %2"),
            fmt_number(ctx["ge"]),
            fmt_number(value),
        )
    if kind == "less_than_equal":
        return (
            QT_TRANSLATE_NOOP("Core", "must be at most %1, got %2"),
            fmt_number(ctx["le"]),
            fmt_number(value),
        )
    return (str(error.get("msg", "is not valid")),)  # pydantic's own words: English only


def _minutes_value(seconds: int) -> int | float:
    return seconds // 60 if seconds % 60 == 0 else seconds / 60


def _texts_out(texts: Mapping[str, str]) -> dict[str, str]:
    return {lang: str(texts.get(lang) or "") for lang in LANGUAGES}


def to_data(template: WorkshopTemplate) -> dict[str, Any]:
    """The TOML document for a template (schema 1)."""
    data: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "id": template.id,
        "kind": template.kind,
        "minutes": _minutes_value(template.total_seconds),
        "title": _texts_out(template.title),
    }
    if any(template.description.get(lang) for lang in LANGUAGES):
        data["description"] = _texts_out(template.description)
    stages: list[dict[str, Any]] = []
    for stage in template.stages:
        out: dict[str, Any] = {
            "kind": stage.kind,
            "minutes": _minutes_value(stage.planned_seconds),
            "warning_minutes": _minutes_value(stage.warning_seconds),
            "protected": stage.protected,
            "at_zero": stage.at_zero,
            "chimes": stage.chimes,
            "title": _texts_out(stage.title),
        }
        if any(stage.instructions.get(lang) for lang in LANGUAGES):
            out["instructions"] = _texts_out(stage.instructions)
        if any(stage.prompts.get(lang) for lang in LANGUAGES):
            out["prompts"] = {lang: list(stage.prompts.get(lang, ())) for lang in LANGUAGES}
        stages.append(out)
    data["stages"] = stages
    return data

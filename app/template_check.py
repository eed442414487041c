"""Checking a template's data: parsed TOML in, a sound template out, or the first problem found.

:func:`from_data` checks what the schema (:mod:`app.template_schema`) checks, then everything that
spans fields, and raises a :class:`app.template_model.TemplateError` naming the field, e.g.
``stages[2].minutes: must be greater than 0, got -5``, so a facilitator can fix a hand-edited
file without guessing. :func:`check_object` runs the same checks on a template made in memory.

Minutes may be fractional (``2.5``); internally every duration is a whole number of seconds
(``minutes * 60``, rounded half up), and the stages must add up to the template's ``minutes``
to the second.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from pydantic import ValidationError

from app.errors import QT_TRANSLATE_NOOP
from app.stage_kinds import CORE_KINDS, STAGE_KINDS
from app.template_model import (
    AT_ZERO_ACTIONS,
    LANGUAGES,
    MAX_PROMPTS,
    MIN_PROMPTS,
    PROMPTED_KINDS,
    TEMPLATE_KINDS,
    StageTemplate,
    TemplateError,
    WorkshopTemplate,
)
from app.template_schema import (
    SCHEMA_VERSION,
    StageIn,
    TemplateIn,
    TextsIn,
    describe_value,
    field_path,
    fmt_number,
    pydantic_message,
    to_data,
)

_MINUTES_SUM = QT_TRANSLATE_NOOP("Core", "must equal the sum of the stage minutes: the stages add up to %1 but minutes is %2")  # noqa: E501 # fmt: skip

_ID_PATTERN = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{n}" for n in range(1, 10)}
    | {f"lpt{n}" for n in range(1, 10)}
)
"""File names Windows reserves (with any extension); no template id may be one."""


def _seconds(minutes: float) -> int:
    """Minutes to whole seconds, rounded half up."""
    return math.floor(minutes * 60 + 0.5)


def whole_minutes(seconds: int) -> int:
    """Seconds to whole minutes, rounded half up."""
    return (seconds + 30) // 60


def _minutes_label(seconds: int) -> str:
    if seconds % 60 == 0:
        return str(seconds // 60)
    return f"{seconds / 60:.2f}".rstrip("0").rstrip(".")


def _check_texts(
    texts: TextsIn | None, where: str, fail: _Fail, *, required: bool
) -> dict[str, str]:
    """Both languages non-blank (``required``), or both blank, or both given."""
    if texts is None:
        return dict.fromkeys(LANGUAGES, "")
    values = {"ja": texts.ja, "en": texts.en}
    blank = [lang for lang in LANGUAGES if not values[lang].strip()]
    if required and blank:
        lang = blank[0]
        fail(
            f"{where}.{lang}",
            QT_TRANSLATE_NOOP("Core", "the Japanese text must not be empty")
            if lang == "ja"
            else QT_TRANSLATE_NOOP("Core", "the English text must not be empty"),
        )
    if len(blank) == 1:
        lang = blank[0]
        fail(
            f"{where}.{lang}",
            QT_TRANSLATE_NOOP("Core", "the Japanese text is empty but the English one is not; give both languages")  # noqa: E501
            if lang == "ja"
            else QT_TRANSLATE_NOOP("Core", "the English text is empty but the Japanese one is not; give both languages"),  # noqa: E501
        )  # fmt: skip
    return values


class _Fail:
    """Raises a :class:`TemplateError` for one file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def __call__(self, field: str, message: str, *args: object) -> NoReturn:
        raise TemplateError(self.path, field, message, args=args)


def _check_stage(stage: StageIn, index: int, fail: _Fail) -> StageTemplate:
    where = f"stages[{index}]"
    if stage.kind not in STAGE_KINDS:
        fail(
            f"{where}.kind",
            QT_TRANSLATE_NOOP("Core", "unknown stage kind %1; expected one of: %2"),
            repr(stage.kind),
            ", ".join(sorted(STAGE_KINDS)),
        )
    planned = _seconds(stage.minutes)
    if planned < 1:
        fail(
            f"{where}.minutes",
            QT_TRANSLATE_NOOP("Core", "must be at least 1 second, got %1"),
            fmt_number(stage.minutes),
        )
    warning = _seconds(stage.warning_minutes)
    if warning >= planned:
        fail(
            f"{where}.warning_minutes",
            QT_TRANSLATE_NOOP("Core", "must be less than the stage's minutes (%1), got %2"),
            fmt_number(stage.minutes),
            fmt_number(stage.warning_minutes),
        )
    if stage.at_zero not in AT_ZERO_ACTIONS:
        fail(
            f"{where}.at_zero",
            QT_TRANSLATE_NOOP("Core", 'must be "hold" or "advance", got %1'),
            describe_value(stage.at_zero),
        )
    title = _check_texts(stage.title, f"{where}.title", fail, required=True)
    instructions = _check_texts(stage.instructions, f"{where}.instructions", fail, required=False)

    prompts: dict[str, tuple[str, ...]] = dict.fromkeys(LANGUAGES, ())
    if stage.prompts is not None:
        prompts = {"ja": tuple(stage.prompts.ja), "en": tuple(stage.prompts.en)}
    for lang in LANGUAGES:
        for n, prompt in enumerate(prompts[lang]):
            if not prompt.strip():
                fail(
                    f"{where}.prompts.{lang}[{n}]",
                    QT_TRANSLATE_NOOP("Core", "a prompt must not be empty"),
                )
    count_ja, count_en = len(prompts["ja"]), len(prompts["en"])
    if count_ja != count_en:
        fail(
            f"{where}.prompts",
            QT_TRANSLATE_NOOP("Core", "ja has %1 prompt(s) but en has %2; give the same prompts in both languages"),  # noqa: E501
            count_ja,
            count_en,
        )  # fmt: skip
    if stage.kind in PROMPTED_KINDS and not MIN_PROMPTS <= count_ja <= MAX_PROMPTS:
        fail(
            f"{where}.prompts",
            QT_TRANSLATE_NOOP("Core", "a %1 stage needs %2 to %3 prompts per language, got %4"),
            stage.kind,
            MIN_PROMPTS,
            MAX_PROMPTS,
            count_ja,
        )
    if count_ja > MAX_PROMPTS:
        fail(
            f"{where}.prompts",
            QT_TRANSLATE_NOOP("Core", "at most %1 prompts per language, got %2"),
            MAX_PROMPTS,
            count_ja,
        )

    return StageTemplate(
        kind=stage.kind,
        title=title,
        planned_seconds=planned,
        instructions=instructions,
        prompts=prompts,
        warning_seconds=warning,
        protected=stage.protected,
        at_zero=stage.at_zero,
        chimes=stage.chimes,
    )


def _check_core_order(stages: Sequence[StageTemplate], fail: _Fail) -> None:
    seen: dict[str, int] = {}
    for index, stage in enumerate(stages):
        if stage.kind not in CORE_KINDS:
            continue
        if stage.kind in seen:
            fail(
                f"stages[{index}].kind",
                QT_TRANSLATE_NOOP("Core", "%1 appears twice (also stages[%2]); each core stage appears once"),  # noqa: E501
                repr(stage.kind),
                seen[stage.kind],
            )  # fmt: skip
        seen[stage.kind] = index
    missing = [kind for kind in CORE_KINDS if kind not in seen]
    if missing:
        fail(
            "stages",
            QT_TRANSLATE_NOOP("Core", "a workshop needs the four core stages %1; missing: %2"),
            ", ".join(CORE_KINDS),
            ", ".join(missing),
        )
    previous = CORE_KINDS[0]
    for kind in CORE_KINDS[1:]:
        if seen[kind] < seen[previous]:
            fail(
                f"stages[{seen[kind]}].kind",
                QT_TRANSLATE_NOOP("Core", "the core stages must come in the order %1, but %2 comes before %3"),  # noqa: E501
                " → ".join(CORE_KINDS),
                repr(kind),
                repr(previous),
            )  # fmt: skip
        previous = kind


def from_data(data: Mapping[str, Any], *, path: Path | None, builtin: bool) -> WorkshopTemplate:
    """Check parsed TOML data and build the template from it.

    Raises:
        TemplateError: The first problem found, with its field.
    """
    fail = _Fail(path)
    body = dict(data)
    if "schema" not in body:
        fail(
            "schema",
            QT_TRANSLATE_NOOP("Core", "missing; a template file starts with 'schema = %1'"),
            SCHEMA_VERSION,
        )
    schema = body.pop("schema")
    if isinstance(schema, bool) or not isinstance(schema, int):
        fail(
            "schema",
            QT_TRANSLATE_NOOP("Core", "must be a whole number, got %1"),
            describe_value(schema),
        )
    if schema > SCHEMA_VERSION:
        fail(
            "schema",
            QT_TRANSLATE_NOOP("Core", "this template was written by a newer Ippo (schema %1); this Ippo reads schema %2. Update Ippo to use it"),  # noqa: E501
            schema,
            SCHEMA_VERSION,
        )  # fmt: skip
    if schema < SCHEMA_VERSION:
        fail("schema", QT_TRANSLATE_NOOP("Core", "must be %1, got %2"), SCHEMA_VERSION, schema)

    try:
        raw = TemplateIn.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        fail(field_path(first["loc"]), *pydantic_message(first))

    if not _ID_PATTERN.fullmatch(raw.id):
        fail(
            "id",
            QT_TRANSLATE_NOOP("Core", 'must be 1 to 64 lowercase letters, digits and hyphens, starting and ending with a letter or digit (like "my-workshop-90"), got %1'),  # noqa: E501
            describe_value(raw.id),
        )  # fmt: skip
    if raw.id in WINDOWS_RESERVED:
        fail(
            "id",
            QT_TRANSLATE_NOOP("Core", "%1 is a reserved file name on Windows; choose another id"),
            repr(raw.id),
        )
    if raw.kind not in TEMPLATE_KINDS:
        fail(
            "kind",
            QT_TRANSLATE_NOOP("Core", "must be one of: %1, got %2"),
            ", ".join(TEMPLATE_KINDS),
            describe_value(raw.kind),
        )
    title = _check_texts(raw.title, "title", fail, required=True)
    description = _check_texts(raw.description, "description", fail, required=False)
    if not raw.stages:
        fail("stages", QT_TRANSLATE_NOOP("Core", "must have at least one stage"))
    stages = tuple(_check_stage(stage, index, fail) for index, stage in enumerate(raw.stages))
    if raw.kind == "workshop":
        _check_core_order(stages, fail)

    total = sum(stage.planned_seconds for stage in stages)
    if total != _seconds(raw.minutes):
        fail(
            "minutes",
            _MINUTES_SUM,
            _minutes_label(total),
            fmt_number(raw.minutes),
        )
    return WorkshopTemplate(
        id=raw.id,
        kind=raw.kind,
        title=title,
        description=description,
        minutes=whole_minutes(total),
        stages=stages,
        path=path,
        builtin=builtin,
    )


def check_object(template: WorkshopTemplate, path: Path | None) -> WorkshopTemplate:
    """Run the file checks on an in-memory template; returns the normalised copy."""
    nominal = whole_minutes(template.total_seconds)
    if template.stages and template.minutes != nominal:
        raise TemplateError(
            path,
            "minutes",
            _MINUTES_SUM,
            args=(_minutes_label(template.total_seconds), template.minutes),
        )
    return from_data(to_data(template), path=path, builtin=False)

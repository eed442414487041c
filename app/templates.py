"""Stage templates: the workshop and 1on1 plans Ippo ships, and the ones facilitators save.

A template is a TOML file (schema 1) with a title, a nominal length in minutes and a list of
stages. Each stage has a kind, a duration, its projector texts (title, instructions, prompts) in
Japanese and English, and a few clock settings (warning time, whether it may be skipped, what
happens at zero, chimes). The built-in templates live in ``resources/templates``; a facilitator's
own templates live in the data folder's ``templates`` folder (see :mod:`app.paths`).

Reading a template checks it thoroughly and reports the first problem with the file and the
field, e.g. ``workshop.toml: stages[2].minutes: must be greater than 0, got -5``, so a
facilitator can fix a hand-edited file without guessing.

Minutes may be fractional (``2.5``); internally every duration is a whole number of seconds
(``minutes * 60``, rounded half up), and the stages must add up to the template's ``minutes``
to the second.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import math
import os
import re
import sys
import tempfile
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.stage_kinds import CORE_KINDS, STAGE_KINDS

LANGUAGES: tuple[str, ...] = ("ja", "en")
"""The languages every text in a template is written in."""

_MINUTES_SUM = QT_TRANSLATE_NOOP("Core", "must equal the sum of the stage minutes: the stages add up to %1 but minutes is %2")  # noqa: E501 # fmt: skip

SCHEMA_VERSION = 1
"""The template file format this Ippo reads and writes."""

TEMPLATE_KINDS: tuple[str, ...] = ("workshop", "oneonone")
"""Kinds of template, in the order :func:`load_templates` lists them."""

PROMPTED_KINDS: frozenset[str] = frozenset(CORE_KINDS) | {"dialogue"}
"""Stage kinds that must show 2 to 4 prompts; other kinds show 0 to 4."""

AT_ZERO_ACTIONS: tuple[str, ...] = ("hold", "advance")
"""What the clock does when a stage reaches zero: keep counting into overtime, or move on."""

MIN_PROMPTS = 2
MAX_PROMPTS = 4
DEFAULT_WARNING_MINUTES = 2
MAX_STAGE_MINUTES = 600
MAX_FILE_BYTES = 1_000_000

_ID_PATTERN = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{n}" for n in range(1, 10)}
    | {f"lpt{n}" for n in range(1, 10)}
)
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_FILE_HEADER = "# Ippo stage template (schema 1), saved by Ippo.\n"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class StageTemplate:
    """One stage of a template: what the projector shows and how the clock treats it.

    Attributes:
        kind: One of :data:`STAGE_KINDS`.
        title: The stage title by language (``{"ja": ..., "en": ...}``).
        planned_seconds: The planned duration in whole seconds.
        instructions: What participants do now, by language (may be empty strings).
        prompts: The questions shown on the projector, by language.
        warning_seconds: How long before zero the clock turns to "almost done".
        protected: Whether the operator is asked to confirm before skipping the stage.
        at_zero: ``"hold"`` (count into overtime) or ``"advance"`` (move to the next stage).
        chimes: Whether the warning and the end of the stage sound a chime.
    """

    kind: str
    title: Mapping[str, str] = dataclasses.field(hash=False)
    planned_seconds: int
    instructions: Mapping[str, str] = dataclasses.field(hash=False)
    prompts: Mapping[str, tuple[str, ...]] = dataclasses.field(hash=False)
    warning_seconds: int = DEFAULT_WARNING_MINUTES * 60
    protected: bool = False
    at_zero: str = "hold"
    chimes: bool = True

    @property
    def minutes(self) -> float:
        """The planned duration in minutes (may be fractional)."""
        return self.planned_seconds / 60

    @property
    def is_core(self) -> bool:
        """Whether this is one of the four core workshop stages."""
        return self.kind in CORE_KINDS

    def text(self, field: str, lang: str) -> str:
        """A text of the stage in one language, falling back to the other language if empty.

        Args:
            field: ``"title"`` or ``"instructions"``.
            lang: ``"ja"`` or ``"en"``.

        Returns:
            The text, or ``""`` when neither language has one.

        Raises:
            ValueError: If ``field`` is not a text field of a stage.
        """
        if field == "title":
            return _pick(self.title, lang)
        if field == "instructions":
            return _pick(self.instructions, lang)
        raise ValueError(f"a stage has no text field {field!r}; use 'title' or 'instructions'")

    def prompt_texts(self, lang: str) -> tuple[str, ...]:
        """The stage's prompts in one language, falling back to the other language if empty."""
        own = tuple(self.prompts.get(lang, ()))
        if own:
            return own
        for other in LANGUAGES:
            if self.prompts.get(other):
                return tuple(self.prompts[other])
        return ()


@dataclass(frozen=True)
class WorkshopTemplate:
    """A whole template: its identity, its titles and its stages.

    Attributes:
        id: A file-name-safe id (lowercase letters, digits and hyphens), unique among templates.
        kind: ``"workshop"`` or ``"oneonone"``.
        title: The template's title by language.
        description: A one-line description by language (empty strings when there is none).
        minutes: The nominal length in whole minutes (the stages' total, rounded half up).
        stages: The stages in running order.
        path: The file the template was read from, or ``None`` for one made in memory.
        builtin: Whether the template ships with Ippo (and so cannot be overwritten).
    """

    id: str
    kind: str
    title: Mapping[str, str] = dataclasses.field(hash=False)
    description: Mapping[str, str] = dataclasses.field(hash=False)
    minutes: int
    stages: tuple[StageTemplate, ...]
    path: Path | None = None
    builtin: bool = False

    @property
    def total_seconds(self) -> int:
        """The sum of the stages' planned durations, in seconds."""
        return sum(stage.planned_seconds for stage in self.stages)

    @property
    def stage_kinds(self) -> tuple[str, ...]:
        """The kinds of the stages, in order."""
        return tuple(stage.kind for stage in self.stages)

    def text(self, field: str, lang: str) -> str:
        """The title or description in one language, falling back to the other if empty.

        Args:
            field: ``"title"`` or ``"description"``.
            lang: ``"ja"`` or ``"en"``.

        Returns:
            The text, or ``""`` when neither language has one.

        Raises:
            ValueError: If ``field`` is not a text field of a template.
        """
        if field == "title":
            return _pick(self.title, lang)
        if field == "description":
            return _pick(self.description, lang)
        raise ValueError(f"a template has no text field {field!r}; use 'title' or 'description'")


class TemplateError(UserError):
    """A template file (or an in-memory template) that Ippo cannot use, and why.

    ``str(error)`` reads ``"<file>: <field>: <message>"``; the field is left out for problems
    with the file as a whole (unreadable, not TOML). ``message`` is a marked template filled
    from ``args`` (see :class:`app.errors.UserError`); the values that quote the file
    (``got the text "…"``) stay English, as they name TOML.

    Attributes:
        path: The file, or ``None`` for a template that has not been saved.
        field: Where in the file, e.g. ``"stages[2].minutes"`` (``""`` for the whole file).
        message: What is wrong, in plain English.
        line: For TOML syntax errors, the 1-based line number, else ``None``.
        column: For TOML syntax errors, the 1-based column number, else ``None``.
    """

    def __init__(
        self,
        path: Path | None,
        field: str,
        message: str,
        *,
        args: Sequence[object] = (),
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message, path=path, args=args)
        self.field = field
        self.line = line
        self.column = column

    def __str__(self) -> str:
        return _describe_problem(self.path, self.field, self.message)


@dataclass(frozen=True)
class TemplateProblem:
    """A template file that could not be loaded, for listing in the UI.

    Attributes:
        path: The file (or folder) concerned.
        field: Where in the file (``""`` for the whole file).
        message: What is wrong, in plain English.
    """

    path: Path
    field: str
    message: str

    @classmethod
    def from_error(cls, error: TemplateError, path: Path) -> TemplateProblem:
        """Turn a :class:`TemplateError` into a problem, using ``path`` if the error has none."""
        return cls(error.path or path, error.field, error.message)

    def __str__(self) -> str:
        return _describe_problem(self.path, self.field, self.message)


def _describe_problem(path: Path | None, field: str, message: str) -> str:
    where = str(path) if path is not None else "<unsaved template>"
    return ": ".join(part for part in (where, field, message) if part)


def _pick(texts: Mapping[str, str], lang: str) -> str:
    own = texts.get(lang, "")
    if own:
        return own
    for other in LANGUAGES:
        if texts.get(other):
            return texts[other]
    return ""


# --------------------------------------------------------------------------- file schema
# The shape of a schema-1 file. Pydantic checks types, required fields and unknown keys;
# _from_data() turns its errors into plain English and checks everything that spans fields.

_STRICT = ConfigDict(extra="forbid", strict=True)


class _TextsIn(BaseModel):
    model_config = _STRICT
    ja: str
    en: str


class _PromptsIn(BaseModel):
    model_config = _STRICT
    ja: list[str]
    en: list[str]


class _StageIn(BaseModel):
    model_config = _STRICT
    kind: str
    minutes: float = Field(gt=0, le=MAX_STAGE_MINUTES, allow_inf_nan=False)
    warning_minutes: float = Field(default=DEFAULT_WARNING_MINUTES, ge=0, allow_inf_nan=False)
    protected: bool = False
    at_zero: str = "hold"
    chimes: bool = True
    title: _TextsIn
    instructions: _TextsIn | None = None
    prompts: _PromptsIn | None = None


class _TemplateIn(BaseModel):
    model_config = _STRICT
    id: str
    kind: str
    minutes: float = Field(gt=0, allow_inf_nan=False)
    title: _TextsIn
    description: _TextsIn | None = None
    stages: list[_StageIn]


_TEXT_TABLES = frozenset({"title", "instructions", "description", "prompts"})


def _field_path(loc: Sequence[int | str]) -> str:
    """``("stages", 2, "minutes")`` -> ``"stages[2].minutes"``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _fmt_number(value: object) -> str:
    """``-5.0`` -> ``"-5"``, ``2.5`` -> ``"2.5"``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _describe_value(value: object) -> str:
    """How a TOML value looks to the person who wrote it."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (a true/false value)"
    if isinstance(value, int | float):
        return f"the number {_fmt_number(value)}"
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
        return ("schema", *_TemplateIn.model_fields)
    last = parent[-1]
    if isinstance(last, int):
        return tuple(_StageIn.model_fields)
    if last in _TEXT_TABLES:
        return LANGUAGES
    return ()


def _pydantic_message(error: Mapping[str, Any]) -> tuple[str, ...]:
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
    got = _describe_value(value)
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
            _fmt_number(ctx["gt"]),
            _fmt_number(value),
        )
    if kind == "greater_than_equal":
        return (
            QT_TRANSLATE_NOOP("Core", "must be %1 or more, got %2"),
            _fmt_number(ctx["ge"]),
            _fmt_number(value),
        )
    if kind == "less_than_equal":
        return (
            QT_TRANSLATE_NOOP("Core", "must be at most %1, got %2"),
            _fmt_number(ctx["le"]),
            _fmt_number(value),
        )
    return (str(error.get("msg", "is not valid")),)  # pydantic's own words: English only


def _seconds(minutes: float) -> int:
    """Minutes to whole seconds, rounded half up."""
    return math.floor(minutes * 60 + 0.5)


def _whole_minutes(seconds: int) -> int:
    """Seconds to whole minutes, rounded half up."""
    return (seconds + 30) // 60


def _minutes_label(seconds: int) -> str:
    if seconds % 60 == 0:
        return str(seconds // 60)
    return f"{seconds / 60:.2f}".rstrip("0").rstrip(".")


# --------------------------------------------------------------------------- reading


def _check_texts(
    texts: _TextsIn | None, where: str, fail: _Fail, *, required: bool
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


def _check_stage(stage: _StageIn, index: int, fail: _Fail) -> StageTemplate:
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
            _fmt_number(stage.minutes),
        )
    warning = _seconds(stage.warning_minutes)
    if warning >= planned:
        fail(
            f"{where}.warning_minutes",
            QT_TRANSLATE_NOOP("Core", "must be less than the stage's minutes (%1), got %2"),
            _fmt_number(stage.minutes),
            _fmt_number(stage.warning_minutes),
        )
    if stage.at_zero not in AT_ZERO_ACTIONS:
        fail(
            f"{where}.at_zero",
            QT_TRANSLATE_NOOP("Core", 'must be "hold" or "advance", got %1'),
            _describe_value(stage.at_zero),
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


def _from_data(data: Mapping[str, Any], *, path: Path | None, builtin: bool) -> WorkshopTemplate:
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
            _describe_value(schema),
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
        raw = _TemplateIn.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        fail(_field_path(first["loc"]), *_pydantic_message(first))

    if not _ID_PATTERN.fullmatch(raw.id):
        fail(
            "id",
            QT_TRANSLATE_NOOP("Core", 'must be 1 to 64 lowercase letters, digits and hyphens, starting and ending with a letter or digit (like "my-workshop-90"), got %1'),  # noqa: E501
            _describe_value(raw.id),
        )  # fmt: skip
    if raw.id in _WINDOWS_RESERVED:
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
            _describe_value(raw.kind),
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
            _fmt_number(raw.minutes),
        )
    return WorkshopTemplate(
        id=raw.id,
        kind=raw.kind,
        title=title,
        description=description,
        minutes=_whole_minutes(total),
        stages=stages,
        path=path,
        builtin=builtin,
    )


def parse_template(path: Path, *, builtin: bool = False) -> WorkshopTemplate:
    """Read and check one template file.

    Args:
        path: The ``.toml`` file.
        builtin: Whether the file ships with Ippo.

    Returns:
        The template, with ``path`` and ``builtin`` set.

    Raises:
        TemplateError: The file cannot be read, is not UTF-8 TOML, or breaks a rule of the
            format; the error names the file, the field and what is wrong.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TemplateError(
                path,
                "",
                QT_TRANSLATE_NOOP("Core", "is too large for a template (%1 bytes)"),
                args=(f"{size:,}",),
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise TemplateError(
            path,
            "",
            QT_TRANSLATE_NOOP("Core", "cannot read the file: %1"),
            args=(exc.strerror or exc,),
        ) from exc
    try:
        text = raw.decode("utf-8-sig")  # Notepad may add a byte-order mark
    except UnicodeDecodeError as exc:
        raise TemplateError(
            path,
            "",
            QT_TRANSLATE_NOOP("Core", "is not UTF-8 text (byte %1); save it as UTF-8, not Shift_JIS or another encoding"),  # noqa: E501
            args=(exc.start,),
        ) from exc  # fmt: skip
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(path, exc) from exc
    return _from_data(data, path=path, builtin=builtin)


def _toml_error(path: Path, exc: tomllib.TOMLDecodeError) -> TemplateError:
    detail = str(exc)
    match = _TOML_POSITION.search(detail)
    if match is None:
        return TemplateError(
            path, "", QT_TRANSLATE_NOOP("Core", "is not valid TOML: %1"), args=(detail,)
        )
    line, column = int(match.group(1)), int(match.group(2))
    reason = detail[: match.start()]
    return TemplateError(
        path,
        "",
        QT_TRANSLATE_NOOP("Core", "is not valid TOML at line %1, column %2: %3"),
        args=(line, column, reason),
        line=line,
        column=column,
    )


# --------------------------------------------------------------------------- loading


def builtin_dir() -> Path:
    """The folder of the templates that ship with Ippo.

    Returns:
        ``<bundle>/resources/templates`` in a frozen (PyInstaller) app, else
        ``<repository>/resources/templates``.
    """
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        base = Path(bundle) if bundle else Path(sys.executable).resolve().parent
        return base / "resources" / "templates"
    return Path(__file__).resolve().parent.parent / "resources" / "templates"


def _template_files(folder: Path, problems: list[TemplateProblem]) -> list[Path]:
    """The ``*.toml`` files of a folder, sorted by name; hidden and temporary files skipped."""
    if not folder.is_dir():
        problems.append(TemplateProblem(folder, "", "is not a folder"))
        return []
    try:
        entries = list(folder.iterdir())
    except OSError as exc:
        problems.append(TemplateProblem(folder, "", f"cannot list the folder: {exc.strerror}"))
        return []
    files = [
        entry
        for entry in entries
        if entry.suffix.lower() == ".toml" and not entry.name.startswith(".") and entry.is_file()
    ]
    return sorted(files, key=lambda entry: entry.name)


def _kind_rank(kind: str) -> int:
    return TEMPLATE_KINDS.index(kind) if kind in TEMPLATE_KINDS else len(TEMPLATE_KINDS)


def load_templates(
    user_dir: Path | None = None,
) -> tuple[list[WorkshopTemplate], list[TemplateProblem]]:
    """Load the built-in templates and the facilitator's own.

    A file that cannot be used becomes a :class:`TemplateProblem` and the others still load.

    Args:
        user_dir: The facilitator's templates folder; ``None`` or a folder that does not exist
            yet means there are no user templates.

    Returns:
        The templates (built-ins first, workshops before 1on1s and shortest first; then the user
        templates by file name) and the problems found. A user template whose id is already
        taken by an earlier template is a problem, not a template.
    """
    problems: list[TemplateProblem] = []
    builtins: list[WorkshopTemplate] = []
    folder = builtin_dir()
    if folder.is_dir():
        for path in _template_files(folder, problems):
            try:
                builtins.append(parse_template(path, builtin=True))
            except TemplateError as exc:
                problems.append(TemplateProblem.from_error(exc, path))
    else:
        problems.append(
            TemplateProblem(folder, "", "the built-in templates folder is missing; reinstall Ippo")
        )
    builtins.sort(key=lambda t: (_kind_rank(t.kind), t.minutes, t.id))

    users: list[WorkshopTemplate] = []
    if user_dir is not None and user_dir.exists():
        for path in _template_files(user_dir, problems):
            try:
                users.append(parse_template(path))
            except TemplateError as exc:
                problems.append(TemplateProblem.from_error(exc, path))

    templates: list[WorkshopTemplate] = []
    owners: dict[str, WorkshopTemplate] = {}
    for template in [*builtins, *users]:
        owner = owners.get(template.id)
        if owner is not None:
            where = "a built-in template" if owner.builtin else _file_name(owner.path)
            problems.append(
                TemplateProblem(
                    template.path or Path(template.id),
                    "id",
                    f"{template.id!r} is already used by {where}; give this template another id",
                )
            )
            continue
        owners[template.id] = template
        templates.append(template)
    return templates, problems


def _file_name(path: Path | None) -> str:
    return path.name if path is not None else "another template"


def _builtin_ids() -> frozenset[str]:
    templates, _ = load_templates(None)
    ids = {template.id for template in templates}
    # A built-in file that fails to load still reserves its id (its file name).
    folder = builtin_dir()
    if folder.is_dir():
        ids.update(path.stem for path in folder.glob("*.toml"))
    return frozenset(ids)


# --------------------------------------------------------------------------- writing


def _minutes_value(seconds: int) -> int | float:
    return seconds // 60 if seconds % 60 == 0 else seconds / 60


def _texts_out(texts: Mapping[str, str]) -> dict[str, str]:
    return {lang: str(texts.get(lang) or "") for lang in LANGUAGES}


def _to_data(template: WorkshopTemplate) -> dict[str, Any]:
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


def _check_object(template: WorkshopTemplate, path: Path | None) -> WorkshopTemplate:
    """Run the file checks on an in-memory template; returns the normalised copy."""
    nominal = _whole_minutes(template.total_seconds)
    if template.stages and template.minutes != nominal:
        raise TemplateError(
            path,
            "minutes",
            _MINUTES_SUM,
            args=(_minutes_label(template.total_seconds), template.minutes),
        )
    return _from_data(_to_data(template), path=path, builtin=False)


def save_template(template: WorkshopTemplate, user_dir: Path) -> Path:
    """Write a template to ``<user_dir>/<id>.toml``, replacing any earlier version atomically.

    The template is checked first (the written file always loads again), then written to a
    temporary file in the same folder and moved into place, so a crash never leaves half a file.

    Args:
        template: The template to save; its ``path`` and ``builtin`` are ignored.
        user_dir: The facilitator's templates folder; created if missing.

    Returns:
        The path of the written file.

    Raises:
        TemplateError: The id belongs to a built-in template, the template breaks a rule of
            the format, or the file cannot be written.
    """
    target = user_dir / f"{template.id}.toml"
    if template.id in _builtin_ids():
        raise TemplateError(
            target,
            "id",
            QT_TRANSLATE_NOOP("Core", "%1 is a built-in template and cannot be overwritten; save your version under another id"),  # noqa: E501
            args=(repr(template.id),),
        )  # fmt: skip
    checked = _check_object(template, target)
    text = _FILE_HEADER + tomli_w.dumps(_to_data(checked))
    try:
        user_dir.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{template.id}.", suffix=".tmp", dir=user_dir)
        temp = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(text.encode("utf-8"))
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
    except OSError as exc:
        raise TemplateError(
            target,
            "",
            QT_TRANSLATE_NOOP("Core", "cannot save the template: %1"),
            args=(exc.strerror or exc,),
        ) from exc
    return target


def _fill_languages(texts: Mapping[str, str]) -> dict[str, str]:
    """Both languages, a blank one copied from the other."""
    values = {lang: str(texts.get(lang, "") or "") for lang in LANGUAGES}
    for lang in LANGUAGES:
        if not values[lang].strip():
            values[lang] = next((v for v in values.values() if v.strip()), "")
    return values


def _fill_prompts(prompts: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
    values = {lang: tuple(prompts.get(lang, ()) or ()) for lang in LANGUAGES}
    for lang in LANGUAGES:
        if not values[lang]:
            values[lang] = next((v for v in values.values() if v), ())
    return values


def template_from_stages(
    id: str,
    title: Mapping[str, str],
    stages: Sequence[StageTemplate],
    kind: str = "workshop",
    *,
    description: Mapping[str, str] | None = None,
) -> WorkshopTemplate:
    """Make a template from a list of stages, e.g. when a facilitator saves a workshop's plan.

    A text given in only one language (a title typed only in Japanese, say) is used for both
    languages, so a plan made in the app can always be saved.

    Args:
        id: The template id (see :func:`slugify_id` to make one from a title).
        title: The template title by language.
        stages: The stages in running order.
        kind: ``"workshop"`` or ``"oneonone"``.
        description: An optional one-line description by language.

    Returns:
        The checked template, with ``minutes`` = the stages' total rounded to whole minutes,
        ``path=None`` and ``builtin=False``.

    Raises:
        TemplateError: The stages break a rule of the format (for example a workshop without
            its declaration stage); the error's path is ``None``.
    """
    filled = tuple(
        StageTemplate(
            kind=stage.kind,
            title=_fill_languages(stage.title),
            planned_seconds=stage.planned_seconds,
            instructions=_fill_languages(stage.instructions),
            prompts=_fill_prompts(stage.prompts),
            warning_seconds=stage.warning_seconds,
            protected=stage.protected,
            at_zero=stage.at_zero,
            chimes=stage.chimes,
        )
        for stage in stages
    )
    draft = WorkshopTemplate(
        id=id,
        kind=kind,
        title=_fill_languages(title),
        description=_fill_languages(description or {}),
        minutes=_whole_minutes(sum(stage.planned_seconds for stage in filled)),
        stages=filled,
        path=None,
        builtin=False,
    )
    return _check_object(draft, None)


def slugify_id(text: str) -> str:
    """A file-name-safe template id made from any title.

    Latin letters and digits are kept (lowercased, accents dropped, full-width forms narrowed)
    and everything else becomes hyphens. Text that would be lost (Japanese, for instance) is
    represented by a short hash so different titles give different ids; a title with no Latin
    letters at all gives ``"template-<hash>"``.

    Args:
        text: Any title, e.g. ``"My workshop (90 min)"`` or ``"新任管理職向け"``.

    Returns:
        An id such as ``"my-workshop-90-min"`` or ``"template-3f9a1c2e"``, always valid for
        a template file.
    """
    normal = unicodedata.normalize("NFKC", text).lower()
    stripped = "".join(
        char for char in unicodedata.normalize("NFKD", normal) if not unicodedata.combining(char)
    )
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    slug = re.sub(r"[^a-z0-9]+", "-", stripped).strip("-")[:40].strip("-")
    if not re.search(r"[a-z]", slug):
        return f"template-{digest[:8]}"
    if any(char.isalnum() and not char.isascii() for char in stripped):
        slug = f"{slug}-{digest[:6]}"
    if slug in _WINDOWS_RESERVED:
        slug = f"{slug}-template"
    return slug

"""Stage templates as values: a template, its stages, and what can be wrong with one.

A template has a title, a nominal length in minutes and a list of stages. Each stage has a kind,
a duration, its projector texts (title, instructions, prompts) in Japanese and English, and a few
clock settings (warning time, whether it may be skipped, what happens at zero, chimes).
:class:`WorkshopTemplate` and :class:`StageTemplate` hold them. A template Ippo cannot use raises
:class:`TemplateError`; :func:`app.templates.load_templates` lists the files it skipped as
:class:`TemplateProblem` values. The limits every template keeps (kinds, prompt counts, what
happens at zero) are constants here. Reading and writing the files is :mod:`app.templates`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.stage_kinds import CORE_KINDS

LANGUAGES: tuple[str, ...] = ("ja", "en")
"""The languages every text in a template is written in."""

TEMPLATE_KINDS: tuple[str, ...] = ("workshop", "oneonone")
"""Kinds of template, in the order :func:`app.templates.load_templates` lists them."""

PROMPTED_KINDS: frozenset[str] = frozenset(CORE_KINDS) | {"dialogue"}
"""Stage kinds that must show 2 to 4 prompts; other kinds show 0 to 4."""

AT_ZERO_ACTIONS: tuple[str, ...] = ("hold", "advance")
"""What the clock does when a stage reaches zero: keep counting into overtime, or move on."""

MIN_PROMPTS = 2
MAX_PROMPTS = 4
DEFAULT_WARNING_MINUTES = 2
MAX_STAGE_MINUTES = 600


@dataclass(frozen=True)
class StageTemplate:
    """One stage of a template: what the projector shows and how the clock treats it.

    Attributes:
        kind: One of :data:`app.stage_kinds.STAGE_KINDS`.
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

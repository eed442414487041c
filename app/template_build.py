"""Making a template from a plan, e.g. when a facilitator saves a workshop's stages.

:func:`template_from_stages` uses a text given in one language for both and checks the result as
a file is checked, so a plan made in the app can always be saved; :func:`slugify_id` makes a
file-name-safe template id from any title.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence

from app.template_check import WINDOWS_RESERVED, check_object, whole_minutes
from app.template_model import LANGUAGES, StageTemplate, WorkshopTemplate


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
        minutes=whole_minutes(sum(stage.planned_seconds for stage in filled)),
        stages=filled,
        path=None,
        builtin=False,
    )
    return check_object(draft, None)


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
    if slug in WINDOWS_RESERVED:
        slug = f"{slug}-template"
    return slug

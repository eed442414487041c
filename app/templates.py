"""Stage template files: the workshop and 1on1 plans Ippo ships, and the ones facilitators save.

A template is a TOML file (schema 1, shaped as :mod:`app.template_schema` says) with a title, a
nominal length in minutes and a list of stages; read, it becomes a
:class:`app.template_model.WorkshopTemplate`. The built-in templates live in
``resources/templates``; a facilitator's own templates live in the data folder's ``templates``
folder (see :mod:`app.paths`).

Reading a template checks it thoroughly (:mod:`app.template_check`) and reports the first problem
with the file and the field, e.g. ``workshop.toml: stages[2].minutes: must be greater than 0,
got -5``, so a facilitator can fix a hand-edited file without guessing. Saving checks the
template first and replaces the file atomically.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import tomllib
from pathlib import Path

import tomli_w

from app.errors import QT_TRANSLATE_NOOP
from app.template_check import check_object, from_data
from app.template_model import TEMPLATE_KINDS, TemplateError, TemplateProblem, WorkshopTemplate
from app.template_schema import to_data

MAX_FILE_BYTES = 1_000_000
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_FILE_HEADER = "# Ippo stage template (schema 1), saved by Ippo.\n"


# --------------------------------------------------------------------------- reading


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
    return from_data(data, path=path, builtin=builtin)


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
    checked = check_object(template, target)
    text = _FILE_HEADER + tomli_w.dumps(to_data(checked))
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

"""The ``ippo`` verbs about workshops: ``new``, ``list``, ``show``, ``demo``, ``templates``
and ``status`` (a run's state, read from the store).

Each verb imports the store's modules only when it runs, so ``ippo --help`` stays light.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from app.cli_common import EXIT_OK, resolve_workshop, with_store
from app.errors import UserError
from app.paths import DataDir


def _find_template(data_dir: DataDir, wanted: str) -> Any:
    from app.templates import load_templates

    templates, _problems = load_templates(data_dir.templates)
    aliases = {wanted, f"workshop-{wanted}", f"oneonone-{wanted.removeprefix('1on1')}"}
    if wanted in ("1on1", "oneonone"):
        aliases.add("oneonone-45")
    for template in templates:
        if template.id in aliases:
            return template
    known = ", ".join(t.id for t in templates)
    raise UserError(f"There is no template '{wanted}'.", f"Known templates: {known}.")


def cmd_new(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.workshops import create_workshop

    template = _find_template(data_dir, args.template)
    workshop = with_store(
        data_dir,
        lambda store: create_workshop(
            store,
            template,
            args.title,
            when=args.date,
            venue=args.venue,
            facilitator=args.facilitator,
            language=args.language,
        ),
        write=True,
    )
    print(workshop.id, file=out)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.workshops import list_workshops

    rows = with_store(data_dir, list_workshops)
    if args.json:
        payload = [
            {
                "id": str(r.id),
                "title": r.title,
                "date": r.date.isoformat() if r.date else None,
                "venue": r.venue,
                "status": r.status,
                "participants": r.participants,
                "planned_minutes": round(r.planned_seconds / 60, 1),
            }
            for r in rows
        ]
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    if not rows:
        print("No workshops yet. Create one with `ippo new` or `ippo demo`.", file=out)
    for r in rows:
        when = r.date.isoformat() if r.date else "----------"
        print(
            f"{r.id.hex[:8]}  {when}  {r.planned_seconds // 60:>4} min  "
            f"{r.participants:>3} people  {r.title}",
            file=out,
        )
    return EXIT_OK


def workshop_json(detail: Any) -> dict[str, Any]:
    """The ``show --json`` form of a workshop."""
    w = detail.workshop
    return {
        "id": str(w.id),
        "title": w.title,
        "date": w.date.isoformat() if w.date else None,
        "venue": w.venue,
        "facilitator": w.facilitator,
        "language": w.language,
        "status": w.status,
        "template": w.template_id,
        "planned_minutes": round(detail.planned_seconds / 60, 1),
        "stages": [
            {
                "id": str(s.id),
                "kind": s.kind,
                "title": s.title,
                "planned_seconds": s.planned_seconds,
                "warning_seconds": s.warning_seconds,
                "protected": s.protected,
                "at_zero": s.at_zero,
                "instructions": s.instructions,
                "prompts": list(s.prompts),
            }
            for s in detail.stages
        ],
        "participants": [
            {
                "id": str(p.id),
                "name": p.name,
                "reading": p.reading,
                "department": p.department,
                "employee_code": p.employee_code,
                "email": p.email,
                "attended": p.attended,
                "print_name": p.print_name,
            }
            for p in detail.participants
        ],
    }


def cmd_show(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.workshops import get_workshop

    detail = with_store(
        data_dir, lambda store: get_workshop(store, resolve_workshop(store, args.id))
    )
    if args.json:
        json.dump(workshop_json(detail), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    w = detail.workshop
    print(f"{w.title}  ({w.id})", file=out)
    print(f"{w.date or '-'}  {w.venue}  {w.facilitator}", file=out)
    print(f"\nAgenda ({detail.planned_seconds // 60} min):", file=out)
    for index, s in enumerate(detail.stages, 1):
        mark = " [protected]" if s.protected else ""
        print(f"  {index:>2}. {s.planned_seconds // 60:>3} min  {s.title}{mark}", file=out)
    print(f"\nParticipants ({len(detail.participants)}):", file=out)
    for p in detail.participants:
        print(f"  {p.name}  {p.department}", file=out)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.demo import create_demo

    template = _find_template(data_dir, "90")
    workshop = with_store(
        data_dir, lambda store: create_demo(store, template, args.participants), write=True
    )
    print(workshop.id, file=out)
    return EXIT_OK


def cmd_templates(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.templates import load_templates

    templates, problems = load_templates(data_dir.templates)
    for t in templates:
        origin = "built-in" if t.builtin else str(t.path)
        print(f"{t.id:<20} {t.minutes:>4} min  {t.title.get('ja', '')}  ({origin})", file=out)
    for problem in problems:
        print(f"ippo: broken template {problem.path}: {problem.field}: {problem.message}", file=err)
    return EXIT_OK


def cmd_status(args: argparse.Namespace, data_dir: DataDir, out: TextIO, err: TextIO) -> int:
    from app.runs import local_time, run_status

    status = with_store(data_dir, lambda store: run_status(store, resolve_workshop(store, args.id)))
    if args.json:
        json.dump(status.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    s = status.state
    if not s.started:
        print(f"{status.title}: not started", file=out)
    elif s.finished:
        print(f"{status.title}: finished at {local_time(s.finished_at)}", file=out)
    else:
        paused = " (paused)" if s.paused else ""
        print(f"{status.title}: {status.stage_title} — {s.display} {s.phase}{paused}", file=out)
        behind = s.ahead_behind_seconds or 0
        print(
            f"projected end {local_time(s.projected_end)} (planned {local_time(s.planned_end)}, "
            f"{'behind' if behind > 0 else 'ahead'} {abs(behind) / 60:.1f} min)",
            file=out,
        )
    return EXIT_OK

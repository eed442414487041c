"""The group assignments as a printable A4 list: one section per round, a box per group."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from reports.fonts import GOTHIC, missing_characters, register_fonts


@dataclass(frozen=True)
class GroupLine:
    """A member as printed: the display name (print name or name) and the department."""

    name: str
    department: str


@dataclass(frozen=True)
class PrintedRound:
    title: str  # "ラウンド 1"
    groups: tuple[tuple[str, tuple[GroupLine, ...]], ...]  # (label, members)


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=GOTHIC, fontSize=10.5, leading=14, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, spaceAfter=4),
        "meta": ParagraphStyle("meta", parent=base, textColor=colors.HexColor("#4a5561")),
        "round": ParagraphStyle(
            "round", parent=base, fontSize=13, leading=18, spaceBefore=10, spaceAfter=4
        ),
        "label": ParagraphStyle("label", parent=base, fontSize=11.5, leading=15),
        "name": base,
        "dept": ParagraphStyle(
            "dept", parent=base, fontSize=9, textColor=colors.HexColor("#4a5561")
        ),
    }


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _group_box(
    label: str, members: Sequence[GroupLine], styles: dict[str, ParagraphStyle]
) -> Flowable:
    rows = [[Paragraph(_escape(label), styles["label"]), ""]]
    rows += [
        [
            Paragraph(_escape(m.name), styles["name"]),
            Paragraph(_escape(m.department), styles["dept"]),
        ]
        for m in members
    ]
    table = Table(rows, colWidths=[50 * mm, 30 * mm])
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("FONTNAME", (0, 0), (-1, -1), GOTHIC),
                ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#e8eef5")),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#8a97a6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def write_group_list(
    path: Path, workshop: str, when: date | None, rounds: Sequence[PrintedRound]
) -> list[str]:
    """Write the PDF; returns the characters the font could not draw (printed as they are
    nowhere: the caller shows the list and suggests print names)."""
    styles = _styles()
    story: list[Flowable] = [
        Paragraph(_escape(workshop), styles["title"]),
        Paragraph(_escape(when.isoformat() if when else ""), styles["meta"]),
    ]
    text = [workshop]
    for printed in rounds:
        story.append(Paragraph(_escape(printed.title), styles["round"]))
        boxes = [_group_box(label, members, styles) for label, members in printed.groups]
        # two boxes side by side; each row of boxes stays together on a page
        for index in range(0, len(boxes), 2):
            pair = boxes[index : index + 2] + ([""] if len(boxes[index : index + 2]) == 1 else [])
            grid = Table([pair], colWidths=[88 * mm, 88 * mm])
            grid.setStyle(
                TableStyle(
                    [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), GOTHIC)]
                )
            )
            story.append(KeepTogether([grid, Spacer(1, 3 * mm)]))
        for label, members in printed.groups:
            text += [label, *(m.name for m in members), *(m.department for m in members)]
    partial = path.with_name(path.name + ".part")
    document = SimpleDocTemplate(
        str(partial), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
        topMargin=15 * mm, bottomMargin=15 * mm, title=workshop, author="Ippo",
        # The canvas starts each page with a font: ours, so no unembedded Helvetica is listed.
        initialFontName=GOTHIC,
    )  # fmt: skip
    try:
        document.build(story)
        os.replace(partial, path)  # never half a file where the facilitator looks
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return missing_characters("".join(text))

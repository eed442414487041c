"""The summary PDF's words (ja/en), palette, paragraph styles, formats and page furniture.

The palette is Okabe–Ito (readable with every common colour-vision deficiency), and nothing is
told by colour alone: overtime is also written out ("+2:00"), every bar carries its number.
Page numbers read "n / N": the canvas keeps each finished page until the end and stamps the
total on all of them when saving, so the document is laid out once, not twice.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reports.fonts import GOTHIC, missing_characters, register_fonts
from reports.sheet_text import INVISIBLE, PLACEHOLDER, MissingChar

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5d6975")
RULE = colors.HexColor("#c3ccd5")
TINT = colors.HexColor("#eef2f6")
BLUE = colors.HexColor("#0072B2")  # actual time, strengths
VERMILLION = colors.HexColor("#D55E00")  # overtime, the anonymised label
ORANGE = colors.HexColor("#E69F00")  # low energy
SKY = colors.HexColor("#56B4E9")  # high energy
GREEN = colors.HexColor("#009E73")  # values
PURPLE = colors.HexColor("#CC79A7")  # learning themes
GREY = colors.HexColor("#a9b1b9")  # planned time, neutral energy

MARGIN_X = 15 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 17 * mm

LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "kicker": "ワークショップ実施サマリー",
        "anonymized": "匿名化済み",
        "made": "作成日 {date}",
        "facts": "ワークショップの概要",
        "title": "タイトル",
        "date": "実施日",
        "venue": "会場",
        "facilitator": "ファシリテーター",
        "template": "テンプレート",
        "planned": "予定時間",
        "actual": "実施時間",
        "status": "状態",
        "planned_value": "{total}（{stages}ステージ）",
        "template_value": "{id}（標準 {minutes}分）",
        "actual_value": "{total}（{start}〜{end}）",
        "paused": "、うち一時停止 {paused}",
        "not_run": "記録なし",
        "running": "実施中（{start}〜）",
        "planned_status": "予定",
        "running_status": "実施中",
        "finished_status": "終了",
        "attendance": "出席",
        "registered": "登録",
        "checked_in": "出席",
        "with_sheet": "ワークシート",
        "declared": "宣言記入",
        "people": "{n}名",
        "timing": "アジェンダ：予定と実績",
        "no_run": "進行の記録がありません（タイマーを使わずに実施されました）。",
        "legend_planned": "予定",
        "legend_actual": "実績",
        "legend_over": "超過",
        "legend_target": "調整後の目標",
        "minutes_axis": "{n}分",
        "total_line": "合計：予定 {planned}、実績 {actual}",
        "group": "グループの傾向",
        "strengths": "強み（上位10）",
        "values": "価値観（上位10）",
        "themes": "学びテーマ（上位10）",
        "energy": "エネルギーの分布（経験 {n}件）",
        "energy_low": "下がった",
        "energy_high": "上がった",
        "empty": "まだ記入がありません",
        "phrases_note": "同じ言葉は全角・半角、大文字・小文字を区別せずに数えています（1人1回）。",
        "declarations": "次の一歩の宣言",
        "name": "氏名",
        "department": "所属",
        "what": "やってみること",
        "by": "いつまでに",
        "supporter": "応援してくれる人",
        "not_written": "未記入",
        "no_declarations": "宣言はまだありません。",
        "notes": "ファシリテーターのメモ",
        "no_notes": "メモはありません。",
        "hours": "{h}時間{m}分",
        "minutes": "{m}分",
    },
    "en": {
        "kicker": "Workshop summary",
        "anonymized": "Anonymised",
        "made": "Made {date}",
        "facts": "The workshop",
        "title": "Title",
        "date": "Date",
        "venue": "Venue",
        "facilitator": "Facilitator",
        "template": "Template",
        "planned": "Planned length",
        "actual": "Actual length",
        "status": "Status",
        "planned_value": "{total} ({stages} stages)",
        "template_value": "{id} (nominal {minutes} min)",
        "actual_value": "{total} ({start}–{end})",
        "paused": ", paused {paused}",
        "not_run": "not recorded",
        "running": "running (since {start})",
        "planned_status": "planned",
        "running_status": "running",
        "finished_status": "finished",
        "attendance": "Attendance",
        "registered": "Registered",
        "checked_in": "Checked in",
        "with_sheet": "Worksheets",
        "declared": "Declarations",
        "people": "{n}",
        "timing": "Agenda: planned vs actual",
        "no_run": "No run was recorded (the workshop was run without the timer).",
        "legend_planned": "planned",
        "legend_actual": "actual",
        "legend_over": "overtime",
        "legend_target": "adjusted target",
        "minutes_axis": "{n} min",
        "total_line": "Total: planned {planned}, actual {actual}",
        "group": "The group",
        "strengths": "Strengths (top 10)",
        "values": "Values (top 10)",
        "themes": "Learning themes (top 10)",
        "energy": "Energy of the experiences ({n})",
        "energy_low": "drained",
        "energy_high": "energised",
        "empty": "Nothing written yet",
        "phrases_note": "The same phrase counts once per person, whatever its width or case.",
        "declarations": "Next-step declarations",
        "name": "Name",
        "department": "Department",
        "what": "I will",
        "by": "By",
        "supporter": "Supported by",
        "not_written": "not written",
        "no_declarations": "No declarations yet.",
        "notes": "Facilitator's notes",
        "no_notes": "No notes.",
        "hours": "{h} h {m} min",
        "minutes": "{m} min",
    },
}


def words_for(language: str) -> dict[str, str]:
    """The printed words for ``language`` ("en", else Japanese)."""
    return LABELS.get(language, LABELS["ja"])


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles, all in the embedded Gothic face, CJK line breaking."""
    register_fonts()
    base = ParagraphStyle(
        "base", fontName=GOTHIC, fontSize=9.5, leading=14, wordWrap="CJK", textColor=INK
    )
    return {
        "base": base,
        "kicker": ParagraphStyle("kicker", parent=base, fontSize=9, textColor=BLUE),
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, spaceAfter=2),
        "h2": ParagraphStyle(
            "h2", parent=base, fontSize=12.5, leading=17, spaceBefore=9, spaceAfter=5
        ),
        "h3": ParagraphStyle("h3", parent=base, fontSize=10, leading=14, spaceAfter=2),
        "key": ParagraphStyle("key", parent=base, fontSize=8.5, leading=12, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5),
        "head": ParagraphStyle("head", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED),
        "blank": ParagraphStyle("blank", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED),
        "note": ParagraphStyle("note", parent=base, fontSize=8, leading=11, textColor=MUTED),
        "big": ParagraphStyle("big", parent=base, fontSize=17, leading=21, alignment=1),
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8, leading=11, textColor=MUTED, alignment=1
        ),
    }


def escape(text: str) -> str:
    """Text for a Paragraph: markup characters escaped, line breaks kept as ``<br/>``."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r\n", "\n").replace("\n", "<br/>")


def clock(seconds: float) -> str:
    """``12:05`` (minutes:seconds), ``1:02:05`` from an hour; whole seconds, rounded."""
    total = round(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    sign = "−" if seconds < 0 and total else ""
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def length(seconds: float, words: dict[str, str]) -> str:
    """A workshop's length in words: ``1時間35分`` / ``1 h 35 min`` (whole minutes, rounded)."""
    minutes = round(seconds / 60)
    if minutes >= 60:
        return words["hours"].format(h=minutes // 60, m=minutes % 60)
    return words["minutes"].format(m=minutes)


def day(value: dt.date | None, language: str) -> str:
    """``2026年11月26日`` / ``26 Nov 2026``; empty for no date."""
    if value is None:
        return ""
    if language == "en":
        return f"{value.day} {value:%b %Y}"
    return f"{value.year}年{value.month}月{value.day}日"


def short_day(value: dt.date | None, language: str) -> str:
    """``2026/12/20`` / ``20 Dec 2026`` for a table cell; empty for no date."""
    if value is None:
        return ""
    if language == "en":
        return f"{value.day} {value:%b %Y}"
    return f"{value.year}/{value.month:02d}/{value.day:02d}"


def local_time(instant: dt.datetime) -> str:
    """``10:05`` in the computer's time zone."""
    return f"{instant.astimezone():%H:%M}"


def made_on(instant: dt.datetime, language: str) -> str:
    """The print date line, the day taken in the computer's time zone."""
    return words_for(language)["made"].format(date=day(instant.astimezone().date(), language))


def fit(text: str, size: float, width: float) -> str:
    """``text`` cut with … so that it is at most ``width`` points wide at ``size``."""
    if stringWidth(text, GOTHIC, size) <= width:
        return text
    while text and stringWidth(text + "…", GOTHIC, size) > width:
        text = text[:-1]
    return text + "…"


class TextCheck:
    """Every printed text passes here: characters the font lacks become 〓 and are reported
    (once per person, field and character); invisible joiners are dropped."""

    def __init__(self) -> None:
        register_fonts()
        self.found: dict[tuple[str, str, str], MissingChar] = {}

    def __call__(self, text: str, field: str, who: str = "") -> str:
        absent = set(missing_characters(text)) | (INVISIBLE & set(text))
        if not absent:
            return text
        out = []
        for char in text:
            if char in INVISIBLE:
                continue
            if char in absent:
                self.found.setdefault(
                    (who, field, char), MissingChar(who, field, char, f"U+{ord(char):04X}")
                )
                char = PLACEHOLDER
            out.append(char)
        return "".join(out)

    @property
    def missing(self) -> tuple[MissingChar, ...]:
        return tuple(self.found.values())


class NumberedCanvas(Canvas):
    """Holds every page until saving, then stamps "n / N" on each (one layout pass).

    Saves with plain compressed streams (no ASCII85), like the one-sheets.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self.saveState()
            self.setFont(GOTHIC, 8)
            self.setFillColor(MUTED)
            width = self._pagesize[0]
            self.drawRightString(width - MARGIN_X, MARGIN_BOTTOM - 9 * mm, f"{number} / {total}")
            self.restoreState()
            Canvas.showPage(self)
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            Canvas.save(self)
        finally:
            rl_config.useA85 = previous


def draw_furniture(canvas: Canvas, title: str, made: str, anonymized_label: str | None) -> None:
    """The header (workshop title, the anonymised label) and the footer's print date."""
    width, height = canvas._pagesize
    top = height - MARGIN_TOP + 8 * mm
    canvas.saveState()
    right = width - MARGIN_X
    if anonymized_label:
        size = 9.0
        label_w = stringWidth(anonymized_label, GOTHIC, size) + 5 * mm
        canvas.setStrokeColor(VERMILLION)
        canvas.setFillColor(colors.white)
        canvas.setLineWidth(1)
        canvas.roundRect(right - label_w, top - 2.2 * mm, label_w, 6.4 * mm, 1.5 * mm, 1, 1)
        canvas.setFillColor(VERMILLION)
        canvas.setFont(GOTHIC, size)
        canvas.drawCentredString(right - label_w / 2, top - 0.2 * mm, anonymized_label)
        right -= label_w + 4 * mm
    canvas.setFont(GOTHIC, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, top, fit(title, 8.5, right - MARGIN_X))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 3.4 * mm, width - MARGIN_X, top - 3.4 * mm)
    bottom = MARGIN_BOTTOM - 9 * mm
    canvas.line(MARGIN_X, bottom + 4.2 * mm, width - MARGIN_X, bottom + 4.2 * mm)
    canvas.setFont(GOTHIC, 8)
    canvas.drawString(MARGIN_X, bottom, made)
    canvas.drawCentredString(width / 2, bottom, "Ippo")
    canvas.restoreState()

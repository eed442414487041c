"""The words of the manager's follow-up guide and the check-in slips (Japanese and English),
and the text helpers both documents share.

The guide is written from the article's advice on career 1on1s: keep them apart from
performance reviews, the manager is a coach and not a judge (「評価者」ではなく「コーチ」), the
team member is 「議題の共同作成者」, listen 7 : ask 2 : advise 1, praise and point out
specifically. Its 45-minute flow is not written here: it is read from the 1on1 template, so the
guide and the template the manager runs never disagree (see :func:`manager_line`).
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from app.models import WorksheetRow
from app.template_model import StageTemplate
from app.workshop_record import PersonRecord, WorkshopRecord
from reports.one_sheet import SheetContent, SheetPerson
from reports.sheet_layout import FAINT, Rect
from reports.sheet_parts import CELL_KEEP, SheetParts
from reports.sheet_text import Fitted, Styled, Typesetter

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "kicker": "上司のための ふりかえり1on1 ガイド",
        "held": "研修実施日",
        "checkin_at": "ふりかえり1on1",
        "declaration": "研修で宣言した「次の一歩」",
        "declaration_hint": "本人の言葉です。評価せず、まずはそのまま受け止めてください",
        "not_written": "未記入",
        "no_sheet": (
            "ワークシートは未記入です。1on1の中で、研修で考えたことと次の一歩を"
            "本人の言葉で聞いてください。"
        ),
        "short_strengths": "強み",
        "short_values": "価値観",
        "short_themes": "学びテーマ",
        "stance": "上司の関わり方",
        "stance_sub": "評価ではなく、コーチとして",
        "stance1": "評価面談とは分ける：評価者ではなくコーチ",
        "stance2": "傾聴7：問い2：助言1 の配分で聴く",
        "stance3": "称賛も指摘も、具体的な場面を挙げて",
        "stance4": "議題は一緒に：部下は「議題の共同作成者」",
        "flow": "進め方（{minutes}分）",
        "minutes": "{n}分",
        "col_stage": "ステップ",
        "col_manager": "上司がすること",
        "questions": "良い問い（例）",
        "actions": "合意したネクストアクション（誰が・いつまでに・何を）",
        "act_who": "誰が",
        "act_by": "いつまでに",
        "act_what": "何を",
        "next_meeting": "次回の1on1：　　月　　日",
        "confidential": "取扱注意：本人の記録を含みます",
        "slip_kicker": "ふりかえりチェック",
        "slip_step": "宣言した次の一歩",
        "slip_checkin": "1on1予定日",
        "tick_held": "1on1を実施した（　　月　　日）",
        "tick_updated": "次の一歩を更新した",
        "date_blank": "　　年　　月　　日",
        "list_sep": "、",
        "more_items": "ほか{n}件",
    },
    "en": {
        "kicker": "1on1 guide for the manager",
        "held": "Workshop held",
        "checkin_at": "Check-in 1on1",
        "declaration": "The next step they declared",
        "declaration_hint": "In their own words: take it as it is, without judging",
        "not_written": "not written",
        "no_sheet": (
            "No worksheet was written. In the 1on1, ask them in their own words what they "
            "thought about at the workshop and what their next step is."
        ),
        "short_strengths": "Strengths",
        "short_values": "Values",
        "short_themes": "Themes",
        "stance": "Your stance",
        "stance_sub": "a coach, not a judge",
        "stance1": "Keep it apart from performance reviews: coach, don't judge",
        "stance2": "Listen 7 : ask 2 : advise 1",
        "stance3": "Praise and point out with specific moments",
        "stance4": "They co-author the agenda: build it together",
        "flow": "The flow ({minutes} min)",
        "minutes": "{n} min",
        "col_stage": "Step",
        "col_manager": "What the manager does",
        "questions": "Good questions",
        "actions": "Next actions agreed (who, by when, what)",
        "act_who": "Who",
        "act_by": "By when",
        "act_what": "What",
        "next_meeting": "Next 1on1:  ____ / ____",
        "confidential": "Confidential: holds a person's own record",
        "slip_kicker": "Check-in slip",
        "slip_step": "The next step declared",
        "slip_checkin": "1on1 on",
        "tick_held": "1on1 held on ____ / ____",
        "tick_updated": "Next step updated",
        "date_blank": "____ / ____ / ______",
        "list_sep": "; ",
        "more_items": "+{n} more",
    },
}

#: The good questions, in the template's own wording where the 1on1 template has them (a test
#: checks that they are its prompts). Parts of one tuple are one question of the article
#: ("半年後に…？その兆しを来週つくるなら…"), which the template shows as two prompts.
QUESTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "ja": (
        ("宣言した「次の一歩」は、やってみてどうだった？",),
        ("直近で一番エネルギーが上がった仕事は？その要因は何？",),
        ("半年後に「成長した」と言える状態は？", "その兆しを来週つくるなら、何をする？"),
        ("今の業務のうち、強みが最も生きる比率を上げるには、何を減らす？何を増やす？",),
        ("私（上司）が取り除ける障害は何？どの順番で手を打つ？",),
        ("社内の機会（公募・越境学習・短期アサイン）で試せるものは？",),
    ),
    "en": (
        ("How did the next step you declared go when you tried it?",),
        ("Which recent work gave you the most energy? What made it so?",),
        (
            'In six months, what would let you say "I\'ve grown"?',
            "To make a first sign of it next week, what would you do?",
        ),
        ("To use your strengths in more of your work, what would you do less of, and more of?",),
        ("What obstacles can I, as your manager, remove? In what order?",),
        (
            "What in-house opportunities could you try: job postings, cross-team learning, "
            "short assignments?",
        ),
    ),
}
#: The article's question the built-in 1on1 template does not ask (index into QUESTIONS).
ADDED_QUESTION = 3

_SENTENCE = re.compile(r"(?<=[。！？])|(?<=[.!?])\s+")
_LEADS = ("上司は", "上司から", "The manager ")
_MENTIONS = ("上司", "manager")
#: Where template texts are reported when a character cannot be printed.
TEMPLATE_FIELD = "1on1 template"


def words(language: str) -> dict[str, str]:
    """The guide's and the slips' printed words for ``language`` (else Japanese)."""
    return WORDS.get(language, WORDS["ja"])


def good_questions(language: str) -> list[str]:
    """The questions printed on the guide, one string each."""
    joiner = "　" if language != "en" else " "
    return [joiner.join(parts) for parts in QUESTIONS.get(language, QUESTIONS["ja"])]


def _sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE.split(text) if part.strip()]


def manager_line(stage: StageTemplate, language: str) -> str:
    """What the manager does in a stage, in one sentence taken from the template's
    instructions: the first that starts with the manager (上司は… / The manager …), else the
    first that mentions them, else the first sentence. Read from the template, so an edited
    1on1 template changes the guide too."""
    sentences = _sentences(stage.text("instructions", language))
    for wanted in (
        lambda s: s.startswith(_LEADS),
        lambda s: any(word in s for word in _MENTIONS),
        lambda s: True,
    ):
        found = next((s for s in sentences if wanted(s)), None)
        if found is not None:
            return found
    return ""


def minutes_text(seconds: int, language: str) -> str:
    """``5分`` / ``5 min`` (``2.5分`` for a fractional minute)."""
    minutes = seconds / 60
    shown = f"{minutes:g}" if minutes != int(minutes) else str(int(minutes))
    return words(language)["minutes"].format(n=shown)


def person_content(record: WorkshopRecord, person: PersonRecord) -> SheetContent:
    """A person of the record as the one-sheet's parts expect them (the label as the name)."""
    workshop = record.workshop
    return SheetContent(
        workshop.title,
        workshop.date,
        SheetPerson(person.id, person.label, "", person.department),
        person.sheet,
        workshop.language,
    )


def empty_worksheet() -> WorksheetRow:
    return WorksheetRow(participant_id=uuid.UUID(int=0), workshop_id=uuid.UUID(int=0))


class FollowupParts(SheetParts):
    """The one-sheet's text helpers, with the follow-up documents' words and blanks."""

    def __init__(self, canvas: Canvas, content: SheetContent, typesetter: Typesetter) -> None:
        super().__init__(canvas, content, typesetter, content.worksheet or empty_worksheet())
        self.written = content.worksheet is not None
        self.words = {**self.words, **words(content.language)}

    def blank(self, area: Rect, size: float = 8.5) -> float:
        """未記入 where a field was left empty (the manager sees what to ask about); returns
        the baseline."""
        baseline = area.top - size * 1.15
        self.label(self.words["not_written"], area.x, baseline, size=size, color=FAINT)
        return baseline

    def value(self, field: str, text: str, area: Rect, base: float, **options: Any) -> float:
        """A field's text, or 未記入; returns the first line's baseline."""
        if text.strip():
            baseline = self.text(field, text, area, base, write=False, **options)
            if baseline is not None:
                return baseline
        return self.blank(area)

    def phrases(self, field: str, items: list[str], area: Rect, base: float) -> float:
        """A short list on the lines it has; past the room "ほか N 件" (reported as cut).
        Returns the first line's baseline."""
        if not items:
            return self.blank(area)
        sep, floor, leading = self.words["list_sep"], 7.0, 1.35
        text = sep.join(items)
        for shown in range(len(items), 0, -1):
            more = self.words["more_items"].format(n=len(items) - shown)
            text = sep.join(items[:shown]) + (sep + more if shown < len(items) else "")
            styled = self.ts.prepare(text, "", single_line=True, keep=CELL_KEEP * 4)
            if self.ts.height(styled, area.w, floor, leading) <= area.h + 0.01:
                if shown < len(items):
                    self.cut.append(field)
                break
        return self.value(field, text, area, base, floor=floor, leading=leading,
                          single_line=True, keep=CELL_KEEP * 4)  # fmt: skip

    def template_text(self, text: str, width: float, base: float, lines: int) -> Fitted:
        """A text of the 1on1 template on one line if a slightly smaller size allows, else in
        at most ``lines`` lines (cut with "…", not reported: the template keeps it whole)."""
        styled = self.ts.prepare(text, TEMPLATE_FIELD, single_line=True, keep=CELL_KEEP)
        marker = Styled("…")
        one = self.ts.fit(styled, width, base * 1.3, base, floor=base - 1, max_lines=1,
                          leading=1.3, marker=marker, pad=0.5)  # fmt: skip
        if not one.cut:
            return one
        return self.ts.fit(styled, width, lines * base * 1.3, base, floor=7.0, max_lines=lines,
                           leading=1.3, marker=marker, pad=0.5)  # fmt: skip

"""Japanese line breaking: no 。、」 at a line start, no 「（ at a line end, widths kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.fonts import GOTHIC, register_fonts
from reports.kinsoku import HANGING, NO_END, NO_START, break_lines, can_break, wrap

SIZE = 10.0


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()  # the limits below are measured in the bundled face


def _widths(text: str) -> list[float]:
    register_fonts()
    return [stringWidth(char, GOTHIC, SIZE) for char in text]


def _lines(text: str, limit: float, hang: float = 0.0) -> list[str]:
    return [
        text[line.start : line.end] for line in break_lines(text, _widths(text), limit, hang=hang)
    ]


def test_a_line_never_starts_with_a_closing_mark() -> None:
    # 6 em: greedy filling would start the second line with "。"
    text = "あいうえおか。きくけこ"
    assert _lines(text, 6 * SIZE) == ["あいうえお", "か。きくけこ"]


def test_an_opening_bracket_moves_to_the_next_line() -> None:
    text = "あいうえお「かきくけこ」"
    lines = _lines(text, 6 * SIZE)
    assert lines[0] == "あいうえお"  # not "あいうえお「"
    assert lines[1].startswith("「")


def test_the_full_stop_hangs_into_the_padding_when_allowed() -> None:
    text = "あいうえおか。きく"
    assert _lines(text, 6 * SIZE, hang=SIZE)[0] == "あいうえおか。"  # ぶら下げ
    assert _lines(text, 6 * SIZE)[0] == "あいうえお"  # 追い出し: か moves down with 。


def test_small_kana_and_the_long_vowel_mark_do_not_start_a_line() -> None:
    for text in ("あいうえおゃかき", "あいうえおーかき", "あいうえお…かき"):
        lines = _lines(text, 5 * SIZE)
        assert all(line[0] not in NO_START for line in lines), lines


def test_latin_words_stay_whole_and_spaces_do_not_count_at_the_end() -> None:
    text = "the quick brown fox jumps over the lazy dog"
    limit = stringWidth("the quick brown", GOTHIC, SIZE) + 1
    lines = _lines(text, limit)
    assert lines == ["the quick brown", "fox jumps over", "the lazy dog"]


def test_a_long_unbroken_word_is_broken_anywhere() -> None:
    text = "x" * 100
    limit = 20 * stringWidth("x", GOTHIC, SIZE) + 0.01
    lines = _lines(text, limit)
    assert [len(line) for line in lines] == [20] * 5


def test_mixed_scripts_break_between_cjk_and_latin() -> None:
    text = "来週の1on1で上司に伝える"
    assert can_break(text, text.index("1"))  # の|1
    assert not can_break(text, text.index("o"))  # inside "1on1"
    lines = _lines(text, 5 * SIZE)
    assert "".join(lines) == text


def test_newlines_are_hard_breaks_and_empty_paragraphs_are_kept() -> None:
    assert _lines("あい\n\nうえ", 10 * SIZE) == ["あい", "", "うえ"]


def test_max_lines_stops_early() -> None:
    text = "あ" * 10_000
    lines = break_lines(text, _widths(text), 10 * SIZE, max_lines=3)
    assert len(lines) == 4  # one more than asked: enough to know it overflows


def test_widths_must_match_the_text() -> None:
    with pytest.raises(ValueError):
        break_lines("abc", [1.0], 10)


def test_wrap_measures_with_a_font() -> None:
    register_fonts()
    assert wrap("あいうえお。かきくけこ", GOTHIC, SIZE, 5 * SIZE, hang=SIZE)[0] == "あいうえお。"


# Text made of realistic pieces: CJK phrases (maybe in brackets, maybe closed by punctuation)
# and Latin words. A cluster that may not be broken is then always narrower than the line,
# which is when the rules can always be kept.
_CJK = st.text(alphabet="あいうかきゃっー漢字髙﨑山田アイウッャ①", min_size=1, max_size=6)
_PHRASE = st.tuples(
    st.sampled_from(["", "「", "（", "『"]),
    _CJK,
    st.sampled_from(["", "」", "）", "』"]),
    st.sampled_from(["", "、", "。", "！", "？", "…", "。」"]),
).map("".join)
_WORD = st.text(alphabet="abcdefghXYZ0123", min_size=1, max_size=8).map(lambda w: f" {w} ")
_TEXT = st.lists(st.one_of(_PHRASE, _WORD, st.just("\n")), min_size=1, max_size=40).map("".join)


@settings(max_examples=80, deadline=None)
@given(text=_TEXT, ems=st.integers(min_value=12, max_value=40), hang=st.booleans())
def test_rules_hold_for_generated_text(text: str, ems: int, hang: bool) -> None:
    limit, allowance = ems * SIZE, SIZE if hang else 0.0
    widths = _widths(text)
    lines = break_lines(text, widths, limit, hang=allowance)
    # nothing lost: the lines hold every character but the spaces at the breaks
    kept = "".join(text[line.start : line.end] for line in lines)
    assert kept.replace(" ", "") == text.replace(" ", "").replace("\n", "")
    paragraph_starts = {0} | {i + 1 for i, c in enumerate(text) if c == "\n"}
    paragraph_ends = {len(text)} | {i for i, c in enumerate(text) if c == "\n"}
    for line in lines:
        body = text[line.start : line.end]
        assert line.width == pytest.approx(sum(widths[line.start : line.end]))
        assert line.width <= limit + allowance + 1e-6
        if line.width > limit + 1e-6:
            assert body[-1] in HANGING  # only a hanging 、。 reaches into the padding
        if body and line.start not in paragraph_starts:
            assert body[0] not in NO_START, (body, lines)
        rest = text[line.end : line.end + 1]
        if body and line.end not in paragraph_ends and rest != "\n":
            assert body[-1] not in NO_END, (body, lines)

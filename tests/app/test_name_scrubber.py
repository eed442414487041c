"""Names taken out of free texts: whole names always, parts only where they read as names."""

from __future__ import annotations

from app.name_scrubber import SHARED_NAME, NameScrubber


def scrubber(*people: tuple[str, str]) -> NameScrubber:
    return NameScrubber((label, (name,)) for label, name in people)


def test_whole_names_always_and_parts_only_where_they_read_as_names() -> None:
    scrub = scrubber(("P01", "佐藤 未来"), ("P02", "高橋 希望"), ("P03", "An Li"))
    assert scrub("未来の自分に向けて、希望する部署で") == "未来の自分に向けて、希望する部署で"
    assert scrub("佐藤 未来さんと高橋希望さん") == "P01さんとP02さん"
    assert scrub("佐藤さんと希望さんが言った") == "P01さんとP02さんが言った"
    assert scrub("Analysis of the Lisbon plan") == "Analysis of the Lisbon plan"
    assert scrub("Li said that an li is here") == "P03 said that P03 is here"


def test_a_shared_part_gets_no_ones_label() -> None:
    scrub = scrubber(("P01", "井上 悠斗"), ("P02", "井上 誠"))
    assert scrub("井上さんと井上 誠さん") == f"{SHARED_NAME}さんとP02さん"
    # ı matches I without a case-fold partner: still no name left, and no crash
    assert scrubber(("P01", "Ivan Ilic"))("ıvan and IVAN") == f"{SHARED_NAME} and P01"


def test_a_whole_name_matches_whatever_stands_between_its_parts() -> None:
    scrub = scrubber(("P01", "田中 太郎"), ("P02", "Ken Tanaka"))
    for written in ("田中 太郎", "田中太郎", "田中\u3000太郎", "田中・太郎", "田中･太郎",
                    "田中  太郎"):  # fmt: skip
        assert scrub(f"{written}さんと話した") == "P01さんと話した"
    assert scrub("KEN\u3000TANAKA said, and Ken・Tanaka") == "P02 said, and P02"
    # the parts alone are not whole names: only an honorific makes them a name
    assert scrub("田中に相談した。太郎の件") == "田中に相談した。太郎の件"


def test_a_longer_whole_name_wins_over_one_it_begins_with() -> None:
    scrub = scrubber(("P01", "田中 太"), ("P02", "田中 太郎"), ("P03", "Ann Lee"))
    assert scrub("田中太郎さん、田中 太さん、田中　太郎") == "P02さん、P01さん、P02"
    # not "P03ds": the whole name is not inside a longer word (Ann alone is a part, a word)
    assert scrub("Ann Leeds and Ann Lee") == "P03 Leeds and P03"


def test_one_character_parts_before_an_honorific_only() -> None:
    scrub = scrubber(("P01", "田中 光"), ("P02", "林 誠"), ("P03", "奥 心"), ("P04", "王 偉"))
    assert scrub("光さん、誠くん、林課長、心さん、奥主任、王さん") == (
        "P01さん、P02くん、P02課長、P03さん、P03主任、P04さん"
    )
    # no honorific, inside a longer name (小林さん), or an honorific making a common word
    untouched = "光が差す。小林さんと若林さんは誠実。皆さん、奥さんによろしく。王様と元部長"
    assert scrub(untouched) == untouched


def test_a_short_spelling_in_one_piece_is_a_part_and_a_longer_one_a_whole_name() -> None:
    scrub = NameScrubber(
        [("P01", ("田中 愛", "", "あい")), ("P02", ("佐藤 誠", "さとう まこと", "まこと")),
         ("P03", ("未来",)), ("P04", ("高橋 心", "", "こころ"))]
    )  # fmt: skip
    untouched = "あいさつをした。まことにありがとう。こころがけ次第。未来の自分、未来志向"
    assert scrub(untouched) == untouched
    named = "あいさん、まことさん、未来さん、こころちゃん"
    assert scrub(named) == "P01さん、P02さん、P03さん、P04ちゃん"
    whole = NameScrubber([("P01", ("佐藤未来", "さとうみらい"))])  # long enough: whole names
    assert whole("佐藤未来と、さとうみらいと、サトウミライ") == "P01と、P01と、P01"


def test_latin_parts_are_names_as_written_not_as_the_lower_case_word() -> None:
    scrub = scrubber(("P01", "Will Smith"), ("P02", "May Lee"), ("P03", "ken tanaka"))
    assert scrub("I will try, it may rain, Smithsonian") == "I will try, it may rain, Smithsonian"
    assert scrub("Will said May and SMITH agreed") == "P01 said P02 and P01 agreed"
    assert scrub("will smith and MAY LEE") == "P01 and P02"  # a whole name, in any case
    assert scrub("ken said") == "P03 said"  # spelled in lower case: so it is matched


def test_accented_latin_names_are_latin_words() -> None:
    scrub = scrubber(("P01", "José García"), ("P02", "Renée Roy"), ("P03", "O'Brien Seán"))
    assert scrub("García said hi; José was late; Renéeさん; O'Brien") == (
        "P01 said hi; P01 was late; P02さん; P03"
    )
    assert scrub("Renée Royal, Josélito, Garcías, Seánna") == "P02 Royal, Josélito, Garcías, Seánna"


def test_kana_spellings_match_in_hiragana_and_katakana() -> None:
    scrub = NameScrubber(
        [("P01", ("田中 光", "たなか ひかる")), ("P02", ("Ken Tanaka", "タナカ ケン"))]
    )
    named = "ヒカルさん、ひかるさん、けんさん、タナカヒカル"
    assert scrub(named) == "P01さん、P01さん、P02さん、P01"
    assert scrub("タナカさん") == f"{SHARED_NAME}さん"  # たなか of both, in either kana
    assert scrub("ひかりが差す。ケンカした") == "ひかりが差す。ケンカした"


def test_tokens_are_replaced_whole_in_any_case() -> None:
    scrub = NameScrubber(
        [("P01", ("佐藤 未来",))], tokens=[("P01", ("mirai@example.jp", "E01001")), ("P02", ("",))]
    )
    assert scrub("MIRAI@example.jp / e01001 / E01001さん") == "P01 / P01 / P01さん"
    untouched = "E010015, XE01001, kmirai@example.jp.x"
    assert scrub(untouched) == untouched


def test_kana_parts_and_common_words_are_not_taken_from_ordinary_words() -> None:
    """Found by review: 大先輩, 学部長, おなかさん, しあいさん are ordinary words."""
    scrub = NameScrubber(
        [("P01", ("大 太郎",)), ("P02", ("山田 あい",)), ("P03", ("中 なか",)), ("P04", ("学 一",))]
    )
    for text in ("私の大先輩", "学部長と話した", "おなかさんが空いた", "しあいさんかする"):
        assert scrub(text) == text
    assert scrub("大さん、なかさん、あいさん、学さん") == "P01さん、P03さん、P02さん、P04さん"

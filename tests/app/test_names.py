"""Names are sacred: stored exactly as given, matched through a separate key."""

from __future__ import annotations

import pytest

from app.names import clean_name, name_key, widen_katakana


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("髙橋 一郎", "髙橋 一郎"),
        ("﨑山　花子", "﨑山　花子"),
        ("① 山田", "① 山田"),
        ("𠮷田 太郎", "𠮷田 太郎"),
        ("神 (U+FA19)".replace("神", "\ufa19"), "\ufa19 (U+FA19)"),
        ("佐藤 😀", "佐藤 😀"),
        ("　 ｻﾄｳ ﾀﾛｳ \t", "サトウ タロウ"),
        ("ｶﾞｷﾞｸﾞﾊﾟﾋﾟ", "ガギグパピ"),
        ("Ｔａｎａｋａ", "Ｔａｎａｋａ"),  # full-width Latin is not katakana: kept
    ],
)
def test_clean_name_keeps_the_name(typed: str, stored: str) -> None:
    assert clean_name(typed) == stored


def test_widening_touches_only_half_width_katakana() -> None:
    assert widen_katakana("①ｱ㈱") == "①ア㈱"


def test_the_key_matches_variants_of_one_name() -> None:
    assert name_key("ﾀﾅｶ ﾀﾛｳ") == name_key("タナカ　タロウ")
    assert name_key("Tanaka Taro") == name_key("ＴＡＮＡＫＡ　taro")
    assert name_key("髙橋") != name_key("高橋")  # different people may be both

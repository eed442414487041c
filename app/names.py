"""People's names: kept exactly as typed, with a separate key for matching.

Never NFKC a stored name: it turns ① into 1 and 神 (U+FA19) into 神 (U+795E). Only the ends are
trimmed (ASCII and full-width spaces) and half-width katakana is widened, as HR exports often
carry ｶﾀｶﾅ from old systems.
"""

from __future__ import annotations

import re
import unicodedata

_HALF_WIDTH_KATAKANA = re.compile("[\uff61-\uff9f]+")
_TRIM = " \t\r\n\u3000"
_INNER_SPACES = re.compile(r"[\s\u3000]+")


def widen_katakana(text: str) -> str:
    """Turn half-width katakana runs into full-width ones (ｶﾞ → ガ), leaving all else alone."""
    return _HALF_WIDTH_KATAKANA.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def clean_name(text: str) -> str:
    """The form in which a name (or a department) is stored."""
    return widen_katakana(text.strip(_TRIM))


def name_key(text: str) -> str:
    """A matching key: width- and case-folded, spaces removed. Never stored as the name."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _INNER_SPACES.sub("", folded)


def matches_any(query: str, *values: str) -> bool:
    """Whether ``query`` occurs in any of ``values``, width- and case-insensitively (search)."""
    key = name_key(query)
    return not key or any(key in name_key(value) for value in values)

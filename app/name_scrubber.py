"""Taking people's names out of free texts: the rules of :class:`NameScrubber`, and the two
scrubbers Ippo builds — one that gives each person their label when a workshop is anonymised
(:func:`scrubber_for`), one that writes ``（氏名）`` for someone erased (:func:`erasure_scrubber`).

A whole name is always replaced, however its parts are separated; a part of a name (a family
name, a given name) only where it reads as a name — before an honorific (田中さん, 花子様), or in
the Latin script as a whole word — so 未来 in 「未来の自分」 stays even when someone is called 未来.
Where a text cannot tell, the rules err towards taking a name out: a capitalised English word
spelled like someone's name part ("May", "Will" at the start of a sentence) is replaced too.
"""

from __future__ import annotations

import itertools
import re
import uuid
from collections.abc import Iterable

from app.models import Participant

_NAME_PARTS = re.compile(r"[\s\u3000・･]+")

_TITLES = ("課長", "部長", "係長", "主任", "室長", "社長")
#: Words after a family or given name that make it a name (田中さん, 花子様, 佐藤課長).
_HONORIFICS = "|".join(("さん", "様", "さま", "氏", "君", "くん", "ちゃん", "殿", "先輩", *_TITLES))
#: Ordinary words a name part and an honorific make — everyone (みなさん), a wife (奥さん), a king,
#: a god, alike (一様), a former or new manager (元部長, 新課長): never taken for a name.
_COMMON_WORDS = (
    "みなさん", "みなさま", "皆さん", "皆様", "奥さん", "奥様", "王様", "神様",
    "一様", "文様", "有様", "本部長", "学部長", "大先輩",
    *(f"{new}{title}" for new in "元新前" for title in _TITLES),
)  # fmt: skip
#: Letters and digits of the Latin script: a Latin name is matched as a whole word only (not
#: inside "Kentucky" or "Renée"), and 「Tanakaさん」 still reads as one.
_LATIN = "0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff"
#: A spelling in the Latin script (José, O'Brien, Jean-Pierre).
_LATIN_NAME = re.compile(f"[{_LATIN}'’ -]+")
_KANA = re.compile("[\u3041-\u309f\u30a0-\u30ff]+")  # hiragana, katakana, ー
#: The scripts a one-character part is not taken from the inside of (林 in 小林さん, い in
#: おじいさん): kanji, hiragana, katakana, Latin.
_SCRIPTS = ("\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ", "\u3041-\u309f", "\u30a0-\u30ff",
            _LATIN)  # fmt: skip
#: What may stand between the parts of a whole name: nothing, spaces (\s has U+3000), a middle
#: dot. Not a character class: hundreds of those make the pattern slow to compile.
_SEPARATOR = "(?:\\s|・|･)*"
_TO_KATAKANA = {c: c + 0x60 for c in range(ord("ぁ"), ord("ゖ") + 1)}
_TO_HIRAGANA = {c + 0x60: c for c in range(ord("ぁ"), ord("ゖ") + 1)}
#: An employee code is taken out of texts from this length; one of digits only from
#: :data:`_MIN_NUMBER_CODE` digits (a shorter number is more likely a year or a count: 2024年).
_MIN_CODE = 3
_MIN_NUMBER_CODE = 5
#: A part of a name shared by several people cannot be given one person's label.
SHARED_NAME = "（氏名）"
#: What an erased person's name becomes in the texts of the people who remain.
ERASED_NAME = SHARED_NAME
#: The label of the people whose names stay as written (never a pseudonym: P01…).
_AS_WRITTEN = "\x00"


class NameScrubber:
    """Replaces participants' names written inside free texts by their labels.

    A whole name is always replaced: a name in several parts, whatever stands between them
    (田中 太郎, 田中太郎, 田中　太郎, 田中・太郎), or a name in one piece of three characters or
    more, not all kana (佐藤未来; in kana from five: さとうみらい). A part of a name — a family or
    given name, from the name, its reading or its print name, or a short name in one piece
    (未来, まこと, あい) — is replaced only where it reads as a name: before an honorific
    (田中さん, 光さん; not in 皆さん or 奥さん, nor 林 in 小林さん) or, in Latin script, as a
    whole word not written all in lower case (Will, WILL; not "I will"). So 未来 in 「未来の自分」
    stays, even when someone is called 未来. Kana match in hiragana and katakana alike (ひかる,
    ヒカル). A part several people share becomes ``（氏名）``: no one else's label is put on it.
    ``tokens`` (e-mail addresses, employee codes) are replaced whole, in any case.

    People whose names are to stay (``as_written``: those who remain when one person is erased)
    are matched too, and their names left as written, so that their names are never taken for
    part of someone else's; a part they share with someone in ``people`` becomes ``（氏名）``.
    """

    def __init__(
        self,
        people: Iterable[tuple[str, Iterable[str]]],
        *,
        as_written: Iterable[Iterable[str]] = (),
        tokens: Iterable[tuple[str, Iterable[str]]] = (),
    ) -> None:
        """``people``: (label, spellings) per person — the name, its reading, its print name;
        ``as_written``: the spellings of each person whose name stays as it is;
        ``tokens``: (label, texts) per person replaced only whole — e-mail address, code."""
        whole: dict[str, set[str]] = {}
        shapes: set[tuple[str, ...]] = set()  # whole names and tokens, as their pieces
        parts: dict[str, set[str]] = {}
        kept = ((_AS_WRITTEN, spellings) for spellings in as_written)
        for label, spellings in (*people, *kept):
            for spelling in _kana_forms(spellings):
                pieces = tuple(p for p in _NAME_PARTS.split(spelling) if p)
                if len(pieces) > 1 or (pieces and _is_whole(pieces[0])):
                    whole.setdefault(_key(spelling), set()).add(label)
                    shapes.add(pieces)
                if len(pieces) > 1 or (pieces and not _is_whole(pieces[0])):
                    for part in pieces:
                        parts.setdefault(part, set()).add(label)
        for label, texts in tokens:
            for token in {t.strip() for t in texts} - {""}:
                whole.setdefault(_key(token), set()).add(label)
                shapes.add((token,))
        self._whole = _by_fold(whole)
        self._parts = _by_fold(parts)
        latin = {p for p in parts if len(p) > 1 and _LATIN_NAME.fullmatch(p)}
        #: A Latin part in lower case is the ordinary word ("will" for Will), unless so spelled.
        self._words = {p.lower() for p in latin} - latin
        alternatives = [f"(?P<w>{_whole_names(shapes)})"] if shapes else []
        if near := parts.keys() - latin:
            alternatives.append(_before_honorifics(near))
        if latin:
            words = "|".join(re.escape(p) for p in _longest_first(latin))
            alternatives.append(_bounded(f"(?i:(?P<l>{words}))", before=True, after=True))
        firsts = {shape[0][0] for shape in shapes} | {part[0] for part in parts}
        self._pattern = re.compile(_at(firsts, "|".join(alternatives))) if alternatives else None

    def __call__(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        return self._pattern.sub(self._label_for, text)

    def _label_for(self, match: re.Match[str]) -> str:
        found = match.group()
        if match.lastgroup == "w":
            label = self._whole.get(_key(found), SHARED_NAME)
        elif match.lastgroup == "l" and found in self._words:
            return found
        else:
            label = self._parts.get(found.casefold(), SHARED_NAME)
        return found if label == _AS_WRITTEN else label


def _kana_forms(spellings: Iterable[str]) -> set[str]:
    """The spellings, trimmed, and each in hiragana and in katakana (ひかる, ヒカル)."""
    found = {s.strip() for s in spellings} - {""}
    return found | {s.translate(table) for s in found for table in (_TO_KATAKANA, _TO_HIRAGANA)}


def _is_whole(piece: str) -> bool:
    """Whether a spelling without separators is a whole name: three characters or more, not all
    kana (five kana or more: a reading written in one piece), not Latin (a Latin word is matched
    as a part)."""
    if _LATIN_NAME.fullmatch(piece):
        return False
    return len(piece) >= (5 if _KANA.fullmatch(piece) else 3)


def _key(text: str) -> str:
    return _NAME_PARTS.sub("", text).casefold()


def _one(labels: set[str]) -> str:
    return next(iter(labels)) if len(labels) == 1 else SHARED_NAME


def _by_fold(found: dict[str, set[str]]) -> dict[str, str]:
    """Labels by case-folded spelling (Ken and KEN of two people are one shared spelling)."""
    merged: dict[str, set[str]] = {}
    for spelling, labels in found.items():
        merged.setdefault(spelling.casefold(), set()).update(labels)
    return {spelling: _one(labels) for spelling, labels in merged.items()}


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted(words, key=lambda w: (-len(w), w))


def _literal(text: str) -> str:
    """``text`` as a pattern, in any case if it has letters with a case (only those: a pattern
    that ignores case is slower to try)."""
    escaped = re.escape(text)
    return f"(?i:{escaped})" if text.lower() != text.upper() else escaped


def _whole_names(shapes: Iterable[tuple[str, ...]]) -> str:
    """Whole names (their pieces with any separator between) and tokens, longest first among
    those that begin with the same letter, so that a longer name wins over one it begins with.

    A Latin edge is bounded (not inside "Renée Royal", nor E1001 in "E10015") once for a run of
    names alike, and a run whose letter has a case is tried only after a test of that letter:
    hundreds of bounds are slow to compile, hundreds of names in any case slow to try.
    """
    ordered = sorted(shapes, key=lambda s: (s[0][0].lower(), -len("".join(s)), s))
    edges = itertools.groupby(
        ordered, key=lambda s: (s[0][0].lower(), _is_latin(s[0][0]), _is_latin(s[-1][-1]))
    )
    runs = []
    for (_, before, after), group in edges:
        run = list(group)
        names = _bounded("|".join(_SEPARATOR.join(map(_literal, s)) for s in run), before, after)
        first = run[0][0][0]
        runs.append(f"(?={_literal(first)}){names}" if first.lower() != first.upper() else names)
    return "|".join(runs)


def _before_honorifics(parts: Iterable[str]) -> str:
    """The parts that are a name only before an honorific, and not in a common word (みなさん);
    a one-character part not after a letter of its own script either (林さん, not 小林さん), nor a
    part all in hiragana or all in katakana after one of its own (なかさん, not おなかさん)."""
    alternatives = []
    by_kana: dict[str, list[str]] = {}
    for part in (p for p in parts if len(p) > 1):
        kana = next((s for s in _SCRIPTS[1:3] if re.fullmatch(f"[{s}]+", part)), "")
        by_kana.setdefault(kana, []).append(part)
    if by_kana:
        longer = (f"(?<![{s}])" * bool(s) + f"(?:{'|'.join(map(_literal, _longest_first(p)))})"
                  for s, p in sorted(by_kana.items()))  # fmt: skip
        alternatives.append(f"(?P<p>{'|'.join(longer)})")
    scripts: dict[str, list[str]] = {}
    for part in sorted(p for p in parts if len(p) == 1):
        script = next((s for s in _SCRIPTS if re.fullmatch(f"[{s}]", part)), "")
        scripts.setdefault(script, []).append(_literal(part))
    if scripts:
        single = (f"(?<![{s}])" * bool(s) + f"(?:{'|'.join(c)})" for s, c in scripts.items())
        alternatives.append(f"(?P<q>{'|'.join(single)})")
    return f"(?!{'|'.join(_COMMON_WORDS)})(?:{'|'.join(alternatives)})(?={_HONORIFICS})"


def _is_latin(character: str) -> bool:
    return re.fullmatch(f"[{_LATIN}]", character) is not None


def _at(firsts: set[str], pattern: str) -> str:
    """``pattern``, tried only where the text has a character it can begin with (a quick test
    of one character instead of the whole list of names at every place in the text)."""
    cased = {c for c in firsts if c.lower() != c.upper()}
    classes = [f"[{''.join(map(re.escape, sorted(firsts - cased)))}]"] if firsts - cased else []
    classes += [f"(?i:[{''.join(map(re.escape, sorted(cased)))}])"] if cased else []
    return f"(?={'|'.join(classes)})(?:{pattern})"


def _bounded(pattern: str, before: bool, after: bool) -> str:
    """``pattern``, neither preceded (``before``) nor followed (``after``) by a Latin letter
    or digit."""
    start = f"(?<![{_LATIN}])" if before else ""
    end = f"(?![{_LATIN}])" if after else ""
    return f"{start}(?:{pattern}){end}"


def scrubber_for(people: Iterable[Participant], labels: dict[uuid.UUID, str]) -> NameScrubber:
    """The scrubber for these people, by label: their names, readings and print names, and their
    e-mail addresses and employee codes (an anonymised record drops them all)."""
    listed = list(people)
    return NameScrubber(
        ((labels[p.id], _spellings(p)) for p in listed),
        tokens=[(labels[p.id], _identifiers(p)) for p in listed],
    )


def erasure_scrubber(gone: Participant, remaining: Iterable[Participant]) -> NameScrubber:
    """The scrubber that takes an erased person out of the texts of those who remain.

    Their name, reading, print name (by the rules of :class:`NameScrubber`), e-mail address and
    employee code become ``（氏名）``; the names of the people who remain stay as written, except
    a part one of them shares with the erased person (田中さん, when two were called 田中): it
    could be either, so it becomes ``（氏名）`` too.
    """
    return NameScrubber(
        [(ERASED_NAME, _spellings(gone))],
        as_written=[_spellings(p) for p in remaining],
        tokens=[(ERASED_NAME, _identifiers(gone))],
    )


def _spellings(person: Participant) -> tuple[str, str, str]:
    return (person.name, person.reading, person.print_name)


def _identifiers(person: Participant) -> tuple[str, ...]:
    """The e-mail address, and the employee code when it is long enough to be taken out."""
    code = person.employee_code.strip()
    enough = len(code) >= (_MIN_NUMBER_CODE if code.isdigit() else _MIN_CODE)
    return (person.email, code) if enough else (person.email,)

"""The summary's figures: phrases matched across width, case and spaces and counted once a
person, the energy distribution, the declarations listed (also the unwritten ones)."""

from __future__ import annotations

import datetime as dt
import uuid
from datetime import date
from typing import Any

import pytest

from app.demo import STRENGTHS, create_demo
from app.models import WorksheetRow
from app.store import Store
from app.summary_stats import (
    Attendance,
    DeclarationRow,
    attendance,
    declarations,
    energy_distribution,
    top_phrases,
)
from app.template_model import WorkshopTemplate
from app.workshop_record import PersonRecord, load_record

DAY = dt.date(2026, 12, 3)


def person(
    label: str, *, attended: bool = True, department: str = "", **sheet: Any
) -> PersonRecord:
    """A person; ``sheet=None`` for none, else worksheet fields (an empty sheet by default)."""
    pid = uuid.uuid4()
    row = None
    if sheet.get("sheet", True) is not None:
        fields = {k: v for k, v in sheet.items() if k != "sheet"}
        row = WorksheetRow(participant_id=pid, workshop_id=uuid.UUID(int=1), **fields)
    return PersonRecord(pid, label, "", department, "", "", attended, row)


def test_phrases_match_across_width_case_and_spaces() -> None:
    people = [
        person("A", strengths=["ＡＢＣ", "傾聴"]),
        person("B", strengths=["abc"]),
        person("C", strengths=["A B C", "ｺｰﾁﾝｸﾞ"]),  # half-width katakana
        person("D", strengths=["abc", "コーチング"]),
    ]
    assert top_phrases(people, "strengths") == [("abc", 4), ("ｺｰﾁﾝｸﾞ", 2), ("傾聴", 1)]


def test_a_phrase_shows_in_its_most_frequent_spelling_and_ties_go_to_the_first_seen() -> None:
    people = [
        person("A", values=["Growth"]),
        person("B", values=["growth"]),
        person("C", values=["ＧＲＯＷＴＨ"]),
        person("D", values=["growth"]),
        person("E", values=["挑戦"]),
        person("F", values=["ﾁｬﾚﾝｼﾞ"]),
        person("G", values=["チャレンジ"]),
    ]
    assert top_phrases(people, "values") == [("growth", 4), ("ﾁｬﾚﾝｼﾞ", 2), ("挑戦", 1)]


def test_a_person_counts_once_per_phrase() -> None:
    people = [
        person("A", themes=["データ分析", "データ分析 ", "ﾃﾞｰﾀ分析", "英語"]),
        person("B", themes=["英語"]),
    ]
    assert top_phrases(people, "themes") == [("英語", 2), ("データ分析", 1)]


def test_ties_are_ordered_by_first_appearance_and_n_limits_the_list() -> None:
    people = [person("A", strengths=list("zyxwvutsrqponm")), person("B", strengths=["m", "z"])]
    ranked = top_phrases(people, "strengths", n=10)
    assert ranked[:2] == [("z", 2), ("m", 2)]
    assert [p for p, _ in ranked[2:]] == list("yxwvutsr")
    assert len(ranked) == 10
    assert top_phrases(people, "strengths", n=3) == [("z", 2), ("m", 2), ("y", 1)]


def test_blank_phrases_people_without_a_sheet_and_unknown_fields() -> None:
    people = [person("A", strengths=["", "　", " "]), person("B", sheet=None)]
    assert top_phrases(people, "strengths") == []
    with pytest.raises(ValueError, match="field"):
        top_phrases(people, "identity")


def test_the_energy_distribution_counts_every_experience() -> None:
    people = [
        person("A", experiences=[{"energy": 2}, {"energy": -2}, {"energy": 0, "what": "x"}]),
        person("B", experiences=[{"energy": 2}, {"energy": 5}, {"energy": -1.2}]),
        person("C", experiences=[{"what": "no energy"}, {"energy": "high"}, {"energy": None}]),
        person("D", sheet=None),
    ]
    assert energy_distribution(people) == {-2: 1, -1: 1, 0: 1, 1: 0, 2: 3}
    assert energy_distribution([]) == {-2: 0, -1: 0, 0: 0, 1: 0, 2: 0}


def test_declarations_list_who_came_or_wrote_with_empty_ones_kept() -> None:
    by, checkin = DAY + dt.timedelta(days=14), DAY + dt.timedelta(days=21)
    people = [
        person("佐藤", department="営業部", step_what=" 上司に伝える ", step_by=by,
               step_supporter="直属の上司", checkin_date=checkin),
        person("鈴木", step_what=""),  # a sheet, no step written
        person("田中", sheet=None),  # checked in, no sheet
        person("山田", attended=False, sheet=None),  # neither came nor wrote: left out
        person("伊藤", attended=False, step_what="本を読む"),  # absent but wrote (on paper)
    ]  # fmt: skip
    assert declarations(people) == [
        DeclarationRow("佐藤", "営業部", "上司に伝える", by, "直属の上司", checkin),
        DeclarationRow("鈴木", "", "", None, "", None),
        DeclarationRow("田中", "", "", None, "", None),
        DeclarationRow("伊藤", "", "本を読む", None, "", None),
    ]
    assert attendance(people) == Attendance(registered=5, checked_in=3, with_sheet=3, declared=2)


def test_the_demo_workshop_counts_each_persons_three_strengths(
    store: Store, template_90: WorkshopTemplate
) -> None:
    workshop = create_demo(store, template_90, participants=40, today=date(2026, 11, 26))
    for anonymize in (False, True):
        record = load_record(store, workshop.id, anonymize=anonymize)
        ranked = top_phrases(record.people, "strengths", n=10)
        assert {phrase for phrase, _ in ranked} == set(STRENGTHS)
        assert sum(count for _, count in ranked) == 3 * 40
        counts = [count for _, count in ranked]
        assert counts == sorted(counts, reverse=True)
        energies = energy_distribution(record.people)
        experiences = sum(len(p.sheet.experiences) for p in record.people if p.sheet)
        assert sum(energies.values()) == experiences and energies[2] > 0
        assert len(declarations(record.people)) == 40

"""Groups for the dialogue exercises: sizes, mixing departments, new partners each round."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.grouping import (
    NOTE_NOBODY,
    NOTE_ONE_DEPARTMENT,
    NOTE_ONE_PERSON,
    NOTE_REPEATS,
    Group,
    GroupingReport,
    Person,
    Round,
    make_groups,
    score,
    swap,
)

PROPERTY = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@st.composite
def rosters(draw: st.DrawFn, max_people: int = 60) -> list[Person]:
    """0-60 people with unique numeric keys, 1-8 departments, now and then an unknown one."""
    n = draw(st.integers(0, max_people))
    departments = [f"部署{i}" for i in range(draw(st.integers(1, 8)))]
    if draw(st.booleans()):
        departments.append("")
    keys = draw(st.lists(st.integers(1, 10_000), min_size=n, max_size=n, unique=True))
    return [Person(str(k), draw(st.sampled_from(departments))) for k in keys]


sizes = st.integers(2, 6)
round_counts = st.integers(1, 3)
seeds = st.integers(0, 2**32)


def people_of(n: int, departments: str = "ABCDEFGH") -> list[Person]:
    return [Person(str(i), departments[i % len(departments)]) for i in range(1, n + 1)]


def group_sizes(round_: Round) -> list[int]:
    return sorted(len(g.members) for g in round_.groups)


def pairs_of(round_: Round) -> set[frozenset[str]]:
    return {frozenset(p) for g in round_.groups for p in combinations(g.members, 2)}


# --- properties ---------------------------------------------------------------------------


@PROPERTY
@given(people=rosters(), size=sizes, rounds=round_counts, seed=seeds)
def test_sizes_are_within_bounds(people: list[Person], size: int, rounds: int, seed: int) -> None:
    n = len(people)
    report = make_groups(people, size, rounds, seed)
    assert len(report.rounds) == rounds
    full = n // size
    for round_ in report.rounds:
        found = group_sizes(round_)
        if n == 0:
            assert found == []
            continue
        assert found[-1] - found[0] <= 1
        assert found[0] >= 2 or n == 1
        if full and n <= full * (size + 1):  # groups of `size`, the rest spread one each
            assert len(found) == full
            assert set(found) <= {size, size + 1}
        else:  # too few for that: one group more, none bigger than asked
            assert len(found) == full + 1
            assert found[-1] <= size
        if size == 2 and n >= 3:
            assert found.count(3) == n % 2


@PROPERTY
@given(people=rosters(), size=sizes, rounds=round_counts, seed=seeds)
def test_everyone_is_in_exactly_one_group_each_round(
    people: list[Person], size: int, rounds: int, seed: int
) -> None:
    keys = sorted(p.key for p in people)
    for round_ in make_groups(people, size, rounds, seed).rounds:
        assert sorted(k for g in round_.groups for k in g.members) == keys


@PROPERTY
@given(people=rosters(), size=sizes, rounds=round_counts, seed=seeds, data=st.data())
def test_the_same_inputs_give_the_same_groups(
    people: list[Person], size: int, rounds: int, seed: int, data: st.DataObject
) -> None:
    first = make_groups(people, size, rounds, seed)
    assert make_groups(list(people), size, rounds, seed) == first
    shuffled = data.draw(st.permutations(people))
    assert make_groups(shuffled, size, rounds, seed) == first  # input order does not matter


@PROPERTY
@given(people=rosters(), size=sizes, seed=seeds)
def test_departments_are_fully_mixed_when_they_can_be(
    people: list[Person], size: int, seed: int
) -> None:
    report = make_groups(people, size, 1, seed)
    groups = len(report.rounds[0].groups)
    known = Counter(p.department for p in people if p.department)
    if all(count <= groups for count in known.values()):
        assert report.same_department_pairs == 0


@PROPERTY
@given(people=rosters(), rounds=round_counts, seed=seeds)
def test_pairs_never_repeat_while_there_are_enough_people(
    people: list[Person], rounds: int, seed: int
) -> None:
    if len(people) % 2:
        people = people[:-1]
    report = make_groups(people, 2, rounds, seed)
    if len(people) >= 2 * rounds + 2:
        assert report.repeated_pairs == 0
        seen = [pairs_of(r) for r in report.rounds]
        assert all(not (a & b) for a, b in combinations(seen, 2))


@PROPERTY
@given(people=rosters(), size=sizes, rounds=round_counts, seed=seeds)
def test_groups_never_repeat_a_partner_with_room_to_spare(
    people: list[Person], size: int, rounds: int, seed: int
) -> None:
    report = make_groups(people, size, rounds, seed)
    if len(people) >= size * size * rounds:
        assert report.repeated_pairs == 0


@PROPERTY
@given(people=rosters(), size=sizes, rounds=round_counts, seed=seeds)
def test_the_report_counts_what_score_counts(
    people: list[Person], size: int, rounds: int, seed: int
) -> None:
    report = make_groups(people, size, rounds, seed)
    assert score(report.rounds, people) == (report.repeated_pairs, report.same_department_pairs)


@PROPERTY
@given(people=rosters(), size=sizes, seed=seeds)
def test_asking_for_more_rounds_keeps_the_first_ones(
    people: list[Person], size: int, seed: int
) -> None:
    three = make_groups(people, size, 3, seed).rounds
    assert make_groups(people, size, 1, seed).rounds == three[:1]
    assert make_groups(people, size, 2, seed).rounds == three[:2]


@PROPERTY
@given(people=rosters(max_people=30), size=sizes, seed=seeds)
def test_previous_rounds_count_as_met(people: list[Person], size: int, seed: int) -> None:
    together = make_groups(people, size, 2, seed)
    first = together.rounds[:1]
    later = make_groups(people, size, 1, seed + 1, previous=first)
    assert later.repeated_pairs == len(pairs_of(later.rounds[0]) & pairs_of(first[0]))
    if len(people) >= size * size * 2:
        assert later.repeated_pairs == 0


@PROPERTY
@given(people=rosters(), size=sizes, seed=seeds, data=st.data())
def test_swap_exchanges_two_people_and_nothing_else(
    people: list[Person], size: int, seed: int, data: st.DataObject
) -> None:
    round_ = make_groups(people, size, 1, seed).rounds[0]
    if not people:
        return
    a = data.draw(st.sampled_from([p.key for p in people]))
    b = data.draw(st.sampled_from([p.key for p in people]))
    swapped = swap(round_, a, b)
    assert group_sizes(swapped) == group_sizes(round_)
    assert swap(swapped, a, b) == round_
    home = {k: i for i, g in enumerate(round_.groups) for k in g.members}
    moved = {k: i for i, g in enumerate(swapped.groups) for k in g.members}
    if home[a] == home[b]:
        assert swapped is round_
    else:
        assert (moved[a], moved[b]) == (home[b], home[a])
        assert {k: g for k, g in moved.items() if k not in (a, b)} == {
            k: g for k, g in home.items() if k not in (a, b)
        }


# --- examples -------------------------------------------------------------------------------


def test_an_odd_number_in_pairs_makes_one_trio() -> None:
    report = make_groups(people_of(9), 2)
    assert group_sizes(report.rounds[0]) == [2, 2, 2, 3]
    assert report.same_department_pairs == 0


@pytest.mark.parametrize(
    ("n", "size", "expected"),
    [
        (3, 2, [3]),
        (10, 4, [5, 5]),
        (11, 4, [3, 4, 4]),  # two groups of 4 cannot take 3 over: three groups
        (7, 6, [7]),
        (8, 6, [4, 4]),  # not one group of 8
        (5, 3, [2, 3]),
        (4, 6, [4]),
        (2, 3, [2]),
        (13, 6, [6, 7]),
    ],
)
def test_sizes_for_small_rosters(n: int, size: int, expected: list[int]) -> None:
    assert group_sizes(make_groups(people_of(n), size).rounds[0]) == expected


def test_everyone_in_one_department_is_handled_and_noted() -> None:
    people = [Person(str(i), "営業部") for i in range(8)]
    report = make_groups(people, 4, rounds=2)
    assert group_sizes(report.rounds[0]) == [4, 4]
    assert report.same_department_pairs == 2 * 12
    assert NOTE_ONE_DEPARTMENT in report.notes


def test_one_person_is_a_group_of_one() -> None:
    report = make_groups([Person("7", "人事部")], 3, rounds=2)
    assert report.rounds == (Round((Group(("7",)),)),) * 2
    assert report.notes == (NOTE_ONE_PERSON,)
    assert (report.repeated_pairs, report.same_department_pairs) == (0, 0)


def test_nobody_makes_no_groups() -> None:
    report = make_groups([], 4, rounds=2)
    assert report == GroupingReport((Round(()), Round(())), 0, 0, (NOTE_NOBODY,))


def test_unknown_departments_are_never_the_same_and_spaces_do_not_count() -> None:
    people = [Person(str(i), " " if i % 2 else "") for i in range(6)]
    report = make_groups(people, 3)
    assert report.same_department_pairs == 0
    assert NOTE_ONE_DEPARTMENT not in report.notes
    assert score(report.rounds, people) == (0, 0)
    trimmed = [Person("1", "営業部"), Person("2", " 営業部 "), Person("3", "人事部")]
    assert score([Round((Group(("1", "2", "3")),))], trimmed) == (0, 1)
    assert make_groups(trimmed, 2).same_department_pairs == 1  # three people: one trio


def test_four_people_in_pairs_for_four_rounds_repeat_as_little_as_possible() -> None:
    report = make_groups(people_of(4, "AB"), 2, rounds=4)
    assert len(set().union(*(pairs_of(r) for r in report.rounds[:3]))) == 6  # all partners
    assert report.repeated_pairs == 2  # the fourth round can only repeat
    assert NOTE_REPEATS in report.notes


def test_previous_rounds_of_absent_people_are_ignored() -> None:
    held = (Round((Group(("1", "2")), Group(("3", "99")))),)
    report = make_groups(people_of(4), 2, previous=held)
    assert frozenset({"1", "2"}) not in pairs_of(report.rounds[0])
    assert report.repeated_pairs == 0


def test_groups_list_keys_in_number_order() -> None:
    report = make_groups(people_of(12, "A"), 6)
    for group in report.rounds[0].groups:
        assert list(group.members) == sorted(group.members, key=int)
    firsts = [int(g.members[0]) for g in report.rounds[0].groups]
    assert firsts == sorted(firsts)


def test_swap_between_groups_and_within_one() -> None:
    round_ = Round((Group(("1", "2")), Group(("3", "4", "5"))))
    assert swap(round_, "2", "5") == Round((Group(("1", "5")), Group(("3", "4", "2"))))
    assert swap(round_, "3", "5") is round_
    with pytest.raises(ValueError, match="'6' is not in this round"):
        swap(round_, "1", "6")


@pytest.mark.parametrize("size", [0, 1, 7, -2, True, 2.0, "4"])
def test_an_invalid_size_is_refused_plainly(size: object) -> None:
    with pytest.raises(ValueError, match="group size must be 2 \\(pairs\\) or 3 to 6"):
        make_groups(people_of(6), size)  # type: ignore[arg-type]


def test_invalid_rounds_and_repeated_keys_are_refused() -> None:
    with pytest.raises(ValueError, match="rounds must be 1 or more"):
        make_groups(people_of(6), 2, rounds=0)
    with pytest.raises(ValueError, match="listed twice: 3"):
        make_groups([*people_of(4), Person("3", "Z")], 2)


def test_score_counts_each_extra_meeting_and_each_same_department_pair() -> None:
    people = [Person("1", "A"), Person("2", "A"), Person("3", "B"), Person("4", "")]
    rounds = [Round((Group(("1", "2", "4")), Group(("3",))))] * 3
    assert score(rounds, people) == (3 * 2, 3)
    assert score(rounds) == (6, 0)  # no people: no departments known

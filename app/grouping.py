"""Pairs and small groups for the dialogue exercises, mixing departments across rounds.

The workshop asks participants to talk with people from *other* departments, and to meet new
partners in each round. :func:`make_groups` deals the checked-in people into groups and then
improves the deal by local search; :func:`swap` is the facilitator's manual adjustment and
:func:`score` counts what is left to regret.

Rules (the tests pin each one):

* **Sizes.** ``size`` is 2 (pairs) or 3 to 6. ``n`` people make ``n // size`` groups of
  ``size`` or ``size + 1`` (an odd number of people in pairs gives one trio). When that many
  groups cannot take the remainder (``n`` smaller than ``size``, or e.g. 8 people in groups of
  6) there is one group more and the sizes are as even as possible, all at most ``size``.
  Sizes never differ by more than one, and a group of 1 only happens with one person.
* **Cost** of a round = ``weight`` x (times each pair in a group has met before, in
  ``previous`` or an earlier round) + (pairs from the same department). ``weight`` is
  ``n * size + 1``, more than any round's department pairs, so avoiding a repeat always comes
  first. Departments are compared without surrounding spaces; an empty one means "unknown" and
  is never the same as anyone's.
* **Determinism.** People are sorted by key (numbers in numeric order) and all chance comes
  from ``random.Random(seed)``; the search is bounded by counted work, never by the clock. Each
  round only depends on the ones before it, so asking for more rounds keeps the first ones.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

MIN_SIZE = 2
MAX_SIZE = 6
WORK_PER_ROUND = 150_000  # swaps judged (plus O(n) updates) one round's search may spend
PATIENCE = 40  # kicks in a row without a better round before the search gives up

NOTE_ONE_PERSON = "only one person"
NOTE_ONE_DEPARTMENT = "everyone is in one department"
NOTE_NOBODY = "nobody to group"
NOTE_REPEATS = "some partners meet again: there are not enough people to avoid it"


@dataclass(frozen=True)
class Person:
    """A checked-in participant: ``key`` is the participant id as text; ``department`` may be ""."""

    key: str
    department: str


@dataclass(frozen=True)
class Group:
    """The keys of the people talking together."""

    members: tuple[str, ...]


@dataclass(frozen=True)
class Round:
    """One round of the exercise: every person in exactly one group."""

    groups: tuple[Group, ...]


@dataclass(frozen=True)
class GroupingReport:
    """The new rounds, what could not be avoided in them, and notes for the facilitator.

    ``repeated_pairs`` counts the pairs in the new rounds that had already met (in ``previous``
    or an earlier new round); ``same_department_pairs`` counts same-department pairs in the new
    rounds.
    """

    rounds: tuple[Round, ...]
    repeated_pairs: int
    same_department_pairs: int
    notes: tuple[str, ...]


def make_groups(
    people: Sequence[Person],
    size: int,
    rounds: int = 1,
    seed: int = 0,
    previous: Sequence[Round] = (),
) -> GroupingReport:
    """Split ``people`` into groups for ``rounds`` rounds, mixing departments and partners.

    Args:
        people: The people present (keys must be unique); their order does not matter.
        size: 2 for pairs, or 3 to 6.
        rounds: How many rounds to make (1 or more).
        seed: Chooses among equally good arrangements; the same inputs give the same result.
        previous: Rounds already held; partners from them count as met. Keys of people not
            present are ignored.

    Returns:
        The rounds and what is left of repeated partners and same-department pairs.

    Raises:
        ValueError: A size other than 2 to 6, fewer than 1 round, or a key given twice.
    """
    if isinstance(size, bool) or not isinstance(size, int) or not MIN_SIZE <= size <= MAX_SIZE:
        raise ValueError(f"group size must be 2 (pairs) or 3 to 6, not {size!r}")
    if isinstance(rounds, bool) or not isinstance(rounds, int) or rounds < 1:
        raise ValueError(f"rounds must be 1 or more, not {rounds!r}")
    counts = Counter(p.key for p in people)
    if dupes := sorted((k for k, c in counts.items() if c > 1), key=_natural):
        raise ValueError(f"a person is listed twice: {', '.join(dupes)}")
    ordered = sorted(people, key=lambda p: _natural(p.key))
    keys = [p.key for p in ordered]
    n = len(keys)
    departments = [p.department.strip() for p in ordered]
    notes: list[str] = []
    if n == 0:
        return GroupingReport((Round(()),) * rounds, 0, 0, (NOTE_NOBODY,))
    if n == 1:
        notes.append(NOTE_ONE_PERSON)
    elif departments[0] and all(d == departments[0] for d in departments):
        notes.append(NOTE_ONE_DEPARTMENT)

    rng = random.Random(seed)
    count = _group_count(n, size)
    weight = n * size + 1
    cost = _department_costs(departments)
    index = {key: i for i, key in enumerate(keys)}
    for held in previous:
        groups = [[index[k] for k in g.members if k in index] for g in held.groups]
        _meet(cost, groups, weight)
    floor = _department_floor(departments, count)
    made: list[Round] = []
    for _ in range(rounds):
        groups = _Search(_deal(departments, count, rng), cost, floor).run(rng)
        _meet(cost, groups, weight)
        tidy = [sorted((keys[i] for i in g), key=_natural) for g in groups]
        tidy.sort(key=lambda members: _natural(members[0]))
        made.append(Round(tuple(Group(tuple(members)) for members in tidy)))
    repeats = score([*previous, *made], ordered)[0] - score(previous, ordered)[0]
    _, same_pairs = score(made, ordered)
    if repeats:
        notes.append(NOTE_REPEATS)
    return GroupingReport(tuple(made), repeats, same_pairs, tuple(notes))


def swap(round_: Round, a: str, b: str) -> Round:
    """Exchange two people between their groups, each taking the other's place.

    Args:
        round_: The round to adjust.
        a: Key of one person.
        b: Key of the other.

    Returns:
        The adjusted round; ``round_`` itself when both are in the same group.

    Raises:
        ValueError: ``a`` or ``b`` is not in the round.
    """
    where = {key: g for g, group in enumerate(round_.groups) for key in group.members}
    for key in (a, b):
        if key not in where:
            raise ValueError(f"{key!r} is not in this round")
    if where[a] == where[b]:
        return round_
    swapped = {a: b, b: a}
    return Round(
        tuple(Group(tuple(swapped.get(k, k) for k in group.members)) for group in round_.groups)
    )


def score(rounds: Sequence[Round], people: Sequence[Person] = ()) -> tuple[int, int]:
    """Count what the facilitator would rather avoid in ``rounds``.

    Args:
        rounds: The rounds to judge.
        people: Where the departments come from; keys missing here count as "unknown".

    Returns:
        ``(repeated_pairs, same_department_pairs)``: each time a pair meets again after their
        first meeting counts once; each same-department pair in a group counts once per round.
    """
    department = {p.key: p.department.strip() for p in people}
    meetings: Counter[tuple[str, str]] = Counter()
    same = 0
    for held in rounds:
        for group in held.groups:
            for x, y in combinations(group.members, 2):
                meetings[(x, y) if x < y else (y, x)] += 1
                same += int(department.get(x, "") != "" and department.get(x) == department.get(y))
    return sum(c - 1 for c in meetings.values()), same


def _natural(key: str) -> tuple[int, int, str]:
    """Sort keys like ``"2"`` before ``"10"``; other keys after the numbers, as text."""
    if key.isascii() and key.isdigit():
        return (0, int(key), key)
    return (1, 0, key)


def _group_count(n: int, size: int) -> int:
    """How many groups ``n`` people make (see "Sizes" in the module docstring)."""
    full = n // size
    return full if full and n - full * size <= full else full + 1


def _department_costs(departments: list[str]) -> list[list[int]]:
    """The cost matrix before anyone has met: 1 for two people of the same known department."""
    rows = {d: [int(e == d) for e in departments] for d in set(departments) if d}
    cost = []
    for i, department in enumerate(departments):
        row = rows[department][:] if department else [0] * len(departments)
        row[i] = 0
        cost.append(row)
    return cost


def _department_floor(departments: list[str], count: int) -> int:
    """Fewest same-department pairs any round could have: each department spread evenly."""
    floor = 0
    for department, m in Counter(departments).items():
        if department:
            q, r = divmod(m, count)
            floor += r * (q + 1) * q // 2 + (count - r) * q * (q - 1) // 2
    return floor


def _meet(cost: list[list[int]], groups: Sequence[Sequence[int]], weight: int) -> None:
    """Make every pair in each group cost ``weight`` more: they have met."""
    for group in groups:
        for x, y in combinations(group, 2):
            cost[x][y] += weight
            cost[y][x] += weight


def _deal(departments: list[str], count: int, rng: random.Random) -> list[list[int]]:
    """Deal people round-robin into ``count`` groups, largest department first.

    Each department is a run of consecutive cards, so one with at most ``count`` people lands
    in different groups; people with no department are dealt last.
    """
    by_department: dict[str, list[int]] = {}
    for i, department in enumerate(departments):
        by_department.setdefault(department, []).append(i)
    unknown = by_department.pop("", [])
    runs = sorted(by_department.items(), key=lambda item: (-len(item[1]), item[0]))
    cards: list[int] = []
    for _, members in [*runs, ("", unknown)]:
        rng.shuffle(members)
        cards.extend(members)
    groups: list[list[int]] = [[] for _ in range(count)]
    for position, person in enumerate(cards):
        groups[position % count].append(person)
    return groups


class _Search:
    """Local search over swaps of two people in different groups (sizes never change).

    ``sums[x][g]`` is the cost of ``x`` sitting with group ``g``, so a swap is judged in O(1)
    and applied in O(n). ``floor`` is a cost nothing can beat: reaching it ends the search.
    """

    def __init__(self, groups: list[list[int]], cost: list[list[int]], floor: int) -> None:
        self.cost = cost
        self.n = len(cost)
        self.floor = floor
        self._load(groups)

    def _load(self, groups: list[list[int]]) -> None:
        self.groups = [list(g) for g in groups]
        self.where = [0] * self.n
        for g, members in enumerate(self.groups):
            for x in members:
                self.where[x] = g
        self.sums = [[sum(map(row.__getitem__, g)) for g in self.groups] for row in self.cost]
        self.total = sum(self.sums[x][self.where[x]] for x in range(self.n)) // 2

    def swap(self, x: int, y: int) -> None:
        a, b = self.where[x], self.where[y]
        sums_x, sums_y = self.sums[x], self.sums[y]
        self.total += sums_y[a] - sums_y[b] + sums_x[b] - sums_x[a] - 2 * self.cost[x][y]
        self.groups[a][self.groups[a].index(x)] = y
        self.groups[b][self.groups[b].index(y)] = x
        self.where[x], self.where[y] = b, a
        cost_x, cost_y = self.cost[x], self.cost[y]
        for z, sums_z in enumerate(self.sums):
            d = cost_y[z] - cost_x[z]
            if d:
                sums_z[a] += d
                sums_z[b] -= d

    def descend(self, budget: int) -> int:
        """Make the best improving swap for each costly person until none is left; the work."""
        work, improved = 0, True
        where, sums, cost, people = self.where, self.sums, self.cost, range(self.n)
        while improved and work < budget and self.total > self.floor:
            improved = False
            for x in people:
                a = where[x]
                sums_x = sums[x]
                own = sums_x[a]
                if own == 0:
                    continue
                cost_x = cost[x]
                best, best_y = 0, -1
                for y in people:
                    b = where[y]
                    if b != a:
                        sums_y = sums[y]
                        d = sums_y[a] - sums_y[b] + sums_x[b] - own - 2 * cost_x[y]
                        if d < best:
                            best, best_y = d, y
                work += self.n
                if best_y >= 0:
                    self.swap(x, best_y)
                    work += self.n
                    improved = True
                    if self.total <= self.floor:
                        break
        return work

    def run(self, rng: random.Random) -> list[list[int]]:
        """Descend, then kick (random swaps of costly people) and descend again while it helps.

        Stops at the floor, after ``PATIENCE`` kicks in a row that found nothing better, or
        when ``WORK_PER_ROUND`` is spent. Returns the best groups seen.
        """
        if len(self.groups) < 2:
            return self.groups
        work = self.descend(WORK_PER_ROUND)
        best, best_groups, fruitless = self.total, [list(g) for g in self.groups], 0
        while best > self.floor and fruitless < PATIENCE and work < WORK_PER_ROUND:
            costly = [x for x in range(self.n) if self.sums[x][self.where[x]] > 0]
            if not costly:  # cost 0: nothing can be better
                break
            for _ in range(2):
                x = rng.choice(costly)
                others = [z for z in range(self.n) if self.where[z] != self.where[x]]
                self.swap(x, rng.choice(others))
            work += 2 * self.n + self.descend(WORK_PER_ROUND - work)
            if self.total < best:
                best, best_groups, fruitless = self.total, [list(g) for g in self.groups], 0
            else:
                fruitless += 1
                if self.total > best:
                    self._load(best_groups)
                    work += self.n * self.n
        return best_groups

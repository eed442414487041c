"""Parsing and importing a 5,000-person cp932 roster into a fresh store (no preview dialog).

Limit: at most 1.0 s for parse + import. Each run opens a new store in a temporary folder and
creates the workshop first (not timed); the roster is what Japanese Excel saves as CSV: cp932,
CRLF, quoted departments with commas, half-width katakana readings, ①, 髙 and 﨑 in names.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

from _common import median

from app.paths import DataDir
from app.roster import parse_roster
from app.roster_import import import_roster
from app.store import Store
from app.templates import load_templates
from app.workshops import create_workshop

RUNS = int(os.environ.get("RUNS", "5"))
PEOPLE = 5000
LIMIT = 1.0

SURNAMES = [
    ("佐藤", "ｻﾄｳ"), ("鈴木", "ｽｽﾞｷ"), ("髙橋", "ﾀｶﾊｼ"), ("田中", "ﾀﾅｶ"), ("伊藤", "ｲﾄｳ"),
    ("渡辺", "ﾜﾀﾅﾍﾞ"), ("山本", "ﾔﾏﾓﾄ"), ("中村", "ﾅｶﾑﾗ"), ("小林", "ｺﾊﾞﾔｼ"), ("加藤", "ｶﾄｳ"),
    ("吉田", "ﾖｼﾀﾞ"), ("山田", "ﾔﾏﾀﾞ"), ("﨑山", "ｻｷﾔﾏ"), ("松本", "ﾏﾂﾓﾄ"), ("井上", "ｲﾉｳｴ"),
]  # fmt: skip
GIVEN = [
    ("一郎", "ｲﾁﾛｳ"), ("花子", "ﾊﾅｺ"), ("翔太", "ｼｮｳﾀ"), ("美咲", "ﾐｻｷ"), ("大輔", "ﾀﾞｲｽｹ"),
    ("陽子", "ﾖｳｺ"), ("健太", "ｹﾝﾀ"), ("由美", "ﾕﾐ"), ("拓也", "ﾀｸﾔ"), ("直美", "ﾅｵﾐ"),
]  # fmt: skip
DEPARTMENTS = [
    "営業本部 第一営業部", '"営業本部, 東日本営業部"', "人事部 人材開発課", "経理部",
    "開発本部 プラットフォーム開発部", "㈱イッポ・ソリューションズ 出向", "総務部～法務課",
    "マーケティング部", "品質保証部", "製造本部 ①ライン",
]  # fmt: skip


def make_roster(people: int, seed: int = 1) -> bytes:
    """A roster as Japanese Excel saves it: cp932, CRLF, a header line and ``people`` lines."""
    rng = random.Random(seed)
    lines = ["社員番号,氏名,フリガナ,所属,メールアドレス"]
    for i in range(people):
        (surname, s_kana), (given, g_kana) = rng.choice(SURNAMES), rng.choice(GIVEN)
        code, department = f"{i + 100000:06d}", rng.choice(DEPARTMENTS)
        email = f"user{i:05d}@example.co.jp"
        lines.append(f"{code},{surname}　{given},{s_kana} {g_kana},{department},{email}")
    return ("\r\n".join(lines) + "\r\n").encode("cp932")


def main() -> int:
    data = make_roster(PEOPLE)
    template = load_templates(None)[0][0]
    parse_times, import_times, totals = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(RUNS):
            with Store.open(DataDir(Path(tmp) / f"run{run}")) as store:
                workshop = create_workshop(store, template, "ベンチ")
                started = time.perf_counter()
                preview = parse_roster(data, source="roster.csv")
                parsed = time.perf_counter()
                result = import_roster(store, workshop.id, preview)
                done = time.perf_counter()
            assert result.added == PEOPLE and not preview.problems, (result, preview.problems)
            parse_times.append(parsed - started)
            import_times.append(done - parsed)
            totals.append(done - started)
    total = median(totals)
    print(f"roster: {PEOPLE} people, {len(data) / 1024:.0f} KiB cp932, fresh store per run")
    print(f"  parse  median {median(parse_times):.3f} s")
    print(f"  import median {median(import_times):.3f} s (one transaction)")
    print(
        f"parse + import: median {total:.3f} s over {RUNS} runs "
        f"(limit {LIMIT} s; ratio {total / LIMIT:.2f})"
    )
    return 0 if total <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())

"""A sample workshop with fictional people, so a newcomer sees a full workshop at once."""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.models import Workshop
from app.participants import PersonDraft, add_participants
from app.store import Store
from app.templates import WorkshopTemplate
from app.workshops import create_workshop, update_workshop

DEPARTMENTS = ("営業部", "開発部", "人事部", "経理部", "マーケティング部", "カスタマーサクセス部")
FAMILY = (
    ("佐藤", "さとう"), ("鈴木", "すずき"), ("髙橋", "たかはし"), ("田中", "たなか"),
    ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("山本", "やまもと"), ("中村", "なかむら"),
    ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"),
    ("佐々木", "ささき"), ("山口", "やまぐち"), ("松本", "まつもと"), ("井上", "いのうえ"),
    ("木村", "きむら"), ("林", "はやし"), ("清水", "しみず"), ("山﨑", "やまさき"),
)  # fmt: skip
GIVEN = (
    ("陽菜", "ひな"), ("蓮", "れん"), ("結衣", "ゆい"), ("大翔", "ひろと"), ("美咲", "みさき"),
    ("翔太", "しょうた"), ("彩", "あや"), ("健一", "けんいち"), ("真由美", "まゆみ"),
    ("拓海", "たくみ"), ("直樹", "なおき"), ("さくら", "さくら"), ("誠", "まこと"),
    ("恵", "めぐみ"), ("悠斗", "ゆうと"), ("千尋", "ちひろ"),
)  # fmt: skip


def demo_people(count: int, seed: int = 1) -> list[PersonDraft]:
    """``count`` fictional people spread over the departments, reproducible for a seed."""
    rng = random.Random(seed)
    people = []
    for index in range(count):
        family, family_kana = FAMILY[rng.randrange(len(FAMILY))]
        given, given_kana = GIVEN[rng.randrange(len(GIVEN))]
        people.append(
            PersonDraft(
                name=f"{family} {given}",
                reading=f"{family_kana} {given_kana}",
                department=DEPARTMENTS[index % len(DEPARTMENTS)],
                employee_code=f"E{1001 + index:05d}",
                email=f"demo{index + 1:03d}@example.invalid",
            )
        )
    return people


def create_demo(
    store: Store, template: WorkshopTemplate, participants: int = 24, today: date | None = None
) -> Workshop:
    """The sample workshop: next week, at a fictional venue, with ``participants`` people."""
    if participants < 0:
        raise ValueError("participants must be 0 or more")
    when = (today or date.today()) + timedelta(days=7)
    workshop = create_workshop(
        store,
        template,
        "サンプル：キャリアオーナーシップ研修",
        when=when,
        venue="本社 12階 大会議室",
        facilitator="人事部 研修担当",
    )
    add_participants(store, workshop.id, demo_people(participants))
    return update_workshop(
        store, workshop.id, notes="サンプルのワークショップです。自由に編集・削除できます。"
    )

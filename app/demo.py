"""A sample workshop with fictional people, so a newcomer sees a full workshop at once."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from sqlmodel import select

from app.models import Participant, WorksheetRow, Workshop
from app.participants import PersonDraft, add_participants
from app.store import Store
from app.template_model import WorkshopTemplate
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


EXPERIENCES = (
    ("2019年", "新人研修の企画を任された", "企画リーダー", 2,
     "自分の工夫で参加者の表情が変わった", "相手の立場で考えること"),
    ("2020年", "リモート移行でチームが混乱した", "メンバー", -1,
     "先が見えず孤立感があった", "不安は言葉にすると軽くなる"),
    ("2021年", "大口顧客の提案に負けた", "サブ担当", -2,
     "準備不足を痛感した", "早めに周りを巻き込む"),
    ("2022年", "他部署と共同でツールを導入した", "推進役", 1,
     "部署を越えて感謝された", "調整には段取りが効く"),
    ("2023年", "後輩のOJTを担当した", "トレーナー", 2,
     "後輩の成長が自分の喜びだった", "教えると自分も学べる"),
    ("2024年", "新規事業の立ち上げに参加した", "プロジェクトメンバー", 1,
     "正解のない仕事が面白かった", "小さく試して学ぶ"),
)  # fmt: skip
STRENGTHS = ("傾聴", "段取り力", "巻き込み力", "粘り強さ", "分析力", "場づくり", "言語化", "好奇心")
VALUES = ("誠実さ", "挑戦", "人の成長", "チームワーク", "自律", "お客様の笑顔", "学び続けること")
THEMES = (
    "ファシリテーション",
    "データ分析",
    "マネジメントの基礎",
    "英語での発信",
    "企画力",
    "コーチング",
)
STEPS = (
    "来週の1on1で、やってみたい仕事を上司に伝える",
    "社内公募の説明会に参加して話を聞く",
    "月末までにデータ分析の入門講座を1つ修了する",
    "他部署の先輩に30分だけ話を聞かせてもらう",
    "次の会議でファシリテーターに立候補する",
)


def demo_worksheet(rng: random.Random, today: date) -> dict[str, object]:
    """A realistic, fictional worksheet (for the sample workshop and the benchmarks)."""
    keys = ("when", "what", "role", "energy", "why", "learned")
    chosen = rng.sample(EXPERIENCES, k=rng.randint(3, 5))
    step_by = today + timedelta(days=rng.randint(7, 30))
    return {
        "experiences": [dict(zip(keys, item, strict=True)) for item in sorted(chosen)],
        "strengths": rng.sample(STRENGTHS, k=3),
        "values": rng.sample(VALUES, k=2),
        "expectations": "チームのまとめ役として、後輩の相談に乗ることを期待されている",
        "partner_noticed": "説明がわかりやすく、相手の話を最後まで聞いてくれる",
        "identity": f"私は、{rng.choice(STRENGTHS)}で人と人をつなぐ人です",
        "target_state": "1年後、自分の強みを生かして小さなチームをまとめている",
        "horizon": rng.choice(("6m", "1y", "3y")),
        "themes": rng.sample(THEMES, k=2),
        "step_what": rng.choice(STEPS),
        "step_by": step_by,
        "step_supporter": "直属の上司",
        "checkin_date": step_by + timedelta(days=rng.randint(3, 10)),  # the 1on1 after it
    }


def fill_demo_worksheets(store: Store, workshop_id: uuid.UUID, today: date, seed: int = 1) -> int:
    """Write a demo worksheet for every participant of the workshop, in one transaction."""
    rng = random.Random(seed)
    with store.session() as session:
        people = session.exec(select(Participant).where(Participant.workshop_id == workshop_id))
        count = 0
        for person in people.all():
            session.add(
                WorksheetRow(
                    participant_id=person.id,
                    workshop_id=workshop_id,
                    **demo_worksheet(rng, today),  # type: ignore[arg-type]
                )
            )
            count += 1
    return count


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
    store: Store,
    template: WorkshopTemplate,
    participants: int = 24,
    today: date | None = None,
    language: str = "ja",
) -> Workshop:
    """The sample workshop: next week, at a fictional venue, with ``participants`` people.

    ``language="en"`` makes the same workshop for an English-speaking room (the agenda's texts
    come from the template's English; the people keep their Japanese names and answers).
    """
    if participants < 0:
        raise ValueError("participants must be 0 or more")
    english = language == "en"
    when = (today or date.today()) + timedelta(days=7)
    workshop = create_workshop(
        store,
        template,
        "Sample: career ownership workshop" if english else "サンプル：キャリアオーナーシップ研修",
        when=when,
        venue="Head office, 12F main hall" if english else "本社 12階 大会議室",
        facilitator="HR training team" if english else "人事部 研修担当",
        language="en" if english else "ja",
    )
    add_participants(store, workshop.id, demo_people(participants))
    fill_demo_worksheets(store, workshop.id, when)
    notes = (
        "A sample workshop: edit or delete it as you like."
        if english
        else "サンプルのワークショップです。自由に編集・削除できます。"
    )
    return update_workshop(store, workshop.id, notes=notes)

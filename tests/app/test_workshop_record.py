"""The workshop record documents are made from: anonymised once, by the same rules for all."""

from __future__ import annotations

import datetime as dt

from app.demo import create_demo
from app.participants import PersonDraft, add_participants, remove_participant
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import save_fields
from app.workshop_record import SHARED_NAME, NameScrubber, load_record


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


def test_withdrawn_people_are_scrubbed_and_labels_sorted(
    store: Store, template_90: WorkshopTemplate
) -> None:
    workshop = create_demo(store, template_90, participants=0, today=dt.date(2026, 12, 1))
    people = add_participants(
        store,
        workshop.id,
        [PersonDraft("髙橋 美咲", "たかはし みさき", "人事部"),
         PersonDraft("五月女 葵", "", "営業部"), PersonDraft("小鳥遊 ひなた", "", "営業部")],
    )  # fmt: skip
    save_fields(store, people[1].id, partner_noticed="髙橋さん（たかはしさん）が聞き上手だと言った")
    remove_participant(store, people[0].id, erase_worksheet=False)  # withdrawn, named in a text
    record = load_record(store, workshop.id, anonymize=True)
    labels = [p.label for p in record.people]
    assert labels == sorted(labels) and len(labels) == 2
    texts = " ".join(p.sheet.partner_noticed for p in record.people if p.sheet)
    assert "髙橋" not in texts and "たかはし" not in texts

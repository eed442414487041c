"""The workshop record documents are made from: anonymised once, by the same rules for all."""

from __future__ import annotations

import datetime as dt

from app.demo import create_demo
from app.participants import PersonDraft, add_participants, remove_participant
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import save_fields
from app.workshop_record import load_record


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

"""An erased person's name leaves the others' texts too, and an anonymised workshop stays
anonymised when a backup from before the anonymisation is restored."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlmodel import select

from app.archive import export_archive, import_archive
from app.archive_format import encode
from app.backup_restore import restore, restore_data_dir
from app.backups import make_backup
from app.demo import create_demo
from app.erasure import anonymize_workshop, erase_participant
from app.models import Participant, WorksheetRow, Workshop
from app.name_scrubber import ERASED_NAME, NameScrubber, erasure_scrubber
from app.participants import PersonDraft, add_participants
from app.paths import DataDir
from app.run_events import EventKind, RunEvent
from app.runs import load_events, save_event
from app.store import Store
from app.template_model import WorkshopTemplate
from app.worksheets import get_worksheet, save_fields
from app.workshop_record import load_record
from app.workshops import get_workshop, update_workshop

AT = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
GONE = PersonDraft("佐藤 未来", "さとう みらい", email="mirai.sato@example.jp")
STAYING = (PersonDraft("高橋 希望", "たかはし のぞみ"), PersonDraft("佐藤 健", "さとう けん"),
           PersonDraft("Ken Tanaka", "タナカ ケン"), PersonDraft("鈴木 一郎"))  # fmt: skip
#: What must not be left anywhere once 佐藤 未来 is erased (未来 alone is a word: 「未来の自分」).
GONE_TRACES = ("佐藤 未来", "佐藤未来", "さとう みらい", "みらい", "mirai.sato@example.jp")


def _encodings(text: str) -> tuple[bytes, bytes]:
    """The text's bytes as a text column holds them, and as a JSON column does (escaped)."""
    return text.encode(), json.dumps(text)[1:-1].encode()


def _raw(paths: list[Path]) -> bytes:
    return b"".join(p.read_bytes() for p in paths if p.exists())


def _store_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal")]


def _holds_any(data: bytes, texts: tuple[str, ...]) -> list[str]:
    return [t for t in texts if any(e in data for e in _encodings(t))]


@dataclass
class Room:
    workshop_id: uuid.UUID
    gone: Participant
    takahashi: Participant
    sato: Participant
    tanaka: Participant
    suzuki: Participant


@pytest.fixture
def room(store: Store, template_90: WorkshopTemplate) -> Room:
    """Five people; the others wrote about 佐藤 未来, who will be erased."""
    workshop = create_demo(store, template_90, participants=0, today=dt.date(2026, 12, 1))
    people = add_participants(store, workshop.id, [GONE, *STAYING])
    found = Room(workshop.id, *people)
    save_fields(store, found.gone.id, partner_noticed="高橋さんが背中を押してくれた")
    save_fields(
        store,
        found.takahashi.id,
        partner_noticed="佐藤 未来さんが聞き上手だと言ってくれた。未来の自分を描けた",
        step_supporter="未来さん",
        strengths=["みらいさんに教わった段取り", "未来志向"],
        experiences=[{"when": "2024", "what": "佐藤未来と企画した新人研修", "role": "リーダー",
                      "energy": 2, "why": "任された", "learned": "Ken Tanakaさんの助言"}],
    )  # fmt: skip
    save_fields(store, found.sato.id, expectations="佐藤 健として、佐藤さんと高橋さんを支える",
                identity="私は未来を信じる人です")  # fmt: skip
    save_fields(store, found.tanaka.id, target_state="Tanakaさんと呼ばれるより、Kenと呼ばれたい")
    save_fields(store, found.suzuki.id, identity="私は、人と人をつなぐ人です")
    update_workshop(store, workshop.id, notes="欠席連絡: 佐藤 未来 (mirai.sato@example.jp)。"
                                              "高橋さんは遅刻。未来志向のワーク")  # fmt: skip
    save_event(store, workshop.id, RunEvent(0, EventKind.START, AT))
    save_event(store, workshop.id, RunEvent(1, EventKind.MESSAGE_SHOW, AT, text="未来さん、受付へ"))
    save_event(
        store, workshop.id, RunEvent(2, EventKind.MESSAGE_SHOW, AT, text="みなさん、休憩です")
    )
    return found


def _texts(store: Store, workshop_id: uuid.UUID) -> dict[str, object]:
    """Every free text the workshop holds, keyed by where it is."""
    with store.session() as session:
        sheets = session.exec(
            select(WorksheetRow).where(WorksheetRow.workshop_id == workshop_id)
        ).all()
        texts: dict[str, object] = {
            f"{sheet.participant_id}": sheet.model_dump(exclude={"id", "created_at", "updated_at"})
            for sheet in sheets
        }
        workshop = session.get(Workshop, workshop_id)
        assert workshop is not None
        texts["notes"] = workshop.notes
    texts["messages"] = [e.text for e in load_events(store, workshop_id)]
    return texts


def _backup_texts(path: Path, workshop_id: uuid.UUID, tmp_path: Path) -> dict[str, object]:
    """The same texts, as the backup file holds them (opened as a store of its own)."""
    folder = DataDir(tmp_path / f"look-{uuid.uuid4().hex}").ensure()
    shutil.copy(path, folder.database)
    with Store.open(folder, backup_before_migration=False) as copy:
        return _texts(copy, workshop_id)


# -- erasing one person takes their name out of the others' texts ----------------------------


def test_erasing_scrubs_the_name_from_the_others_texts_notes_and_messages(
    store: Store, room: Room, tmp_path: Path
) -> None:
    untouched = get_worksheet(store, room.suzuki.id).updated_at
    backup = make_backup(store, "manual")
    assert _holds_any(backup.read_bytes(), GONE_TRACES)

    report = erase_participant(store, room.gone.id)

    assert report.complete and report.backups_rewritten == [backup]
    takahashi = get_worksheet(store, room.takahashi.id)
    assert takahashi.partner_noticed == (
        f"{ERASED_NAME}さんが聞き上手だと言ってくれた。未来の自分を描けた"  # 未来 as a word stays
    )
    assert takahashi.step_supporter == f"{ERASED_NAME}さん"
    assert takahashi.strengths == [f"{ERASED_NAME}さんに教わった段取り", "未来志向"]
    assert takahashi.experiences == [
        {"when": "2024", "what": f"{ERASED_NAME}と企画した新人研修", "role": "リーダー",
         "energy": 2, "why": "任された", "learned": "Ken Tanakaさんの助言"}
    ]  # fmt: skip
    sato = get_worksheet(store, room.sato.id)
    # 佐藤さん could be either 佐藤: no one's name is left on it; 佐藤 健 and 高橋さん stay
    assert sato.expectations == f"佐藤 健として、{ERASED_NAME}さんと高橋さんを支える"
    assert sato.identity == "私は未来を信じる人です"
    assert get_worksheet(store, room.tanaka.id).target_state == (
        "Tanakaさんと呼ばれるより、Kenと呼ばれたい"
    )
    suzuki = get_worksheet(store, room.suzuki.id)
    assert suzuki.identity == "私は、人と人をつなぐ人です"
    assert suzuki.updated_at == untouched  # a sheet without the name is not written at all
    workshop = get_workshop(store, room.workshop_id).workshop
    assert workshop.notes == (
        f"欠席連絡: {ERASED_NAME} ({ERASED_NAME})。高橋さんは遅刻。未来志向のワーク"
    )
    assert [e.text for e in load_events(store, room.workshop_id)] == [
        None, f"{ERASED_NAME}さん、受付へ", "みなさん、休憩です"
    ]  # fmt: skip
    assert _holds_any(_raw(_store_files(store.path)), GONE_TRACES) == []  # file and log
    assert _holds_any(backup.read_bytes(), GONE_TRACES) == []
    # the rewritten backup holds exactly the scrubbed texts the store holds
    assert _backup_texts(backup, room.workshop_id, tmp_path) == _texts(store, room.workshop_id)


def test_restoring_a_backup_from_before_the_erasure_scrubs_the_others_texts_too(
    store: Store, room: Room, tmp_path: Path
) -> None:
    kept = tmp_path / "kept.sqlite3"
    shutil.copy(make_backup(store, "manual"), kept)
    erase_participant(store, room.gone.id)
    erased = _texts(store, room.workshop_id)

    restore(store, kept)

    assert _texts(store, room.workshop_id) == erased
    assert _holds_any(_raw(_store_files(store.path)), GONE_TRACES) == []
    assert _holds_any(kept.read_bytes(), GONE_TRACES)  # the facilitator's file is theirs


def test_a_name_shared_only_by_people_who_stay_is_left_alone(
    store: Store, template_90: WorkshopTemplate
) -> None:
    """Erasing 鈴木 一郎 leaves 佐藤さん alone, though two who stay are called 佐藤."""
    workshop = create_demo(store, template_90, participants=0, today=dt.date(2026, 12, 1))
    gone, first, _second = add_participants(
        store,
        workshop.id,
        [PersonDraft("鈴木 一郎"), PersonDraft("佐藤 健"), PersonDraft("佐藤 花")],
    )
    text = "佐藤さんと鈴木さん、一郎さん、鈴木一郎。すずきさん"
    save_fields(store, first.id, partner_noticed=text)
    erase_participant(store, gone.id)
    assert get_worksheet(store, first.id).partner_noticed == (
        f"佐藤さんと{ERASED_NAME}さん、{ERASED_NAME}さん、{ERASED_NAME}。すずきさん"
    )  # no reading was given for 鈴木: すずき is not known to be theirs


def test_the_scrubbing_rules_for_latin_names_and_common_words() -> None:
    scrub = NameScrubber([("P01", ("Ken Tanaka",)), ("P02", ("Rene Roy", "みな もと"))])
    assert scrub("Tanakaさんが言った") == "P01さんが言った"  # a Latin word before a honorific
    assert scrub("Kentucky, Renée and KenTanaka.") == "Kentucky, Renée and P01."
    assert scrub("みなさん、もとさんに拍手") == "みなさん、P02さんに拍手"  # みなさん is everyone
    assert scrub("みな もとさん") == "P02さん"  # the whole name still is a name


# -- an anonymised workshop stays anonymised through a restore -------------------------------


NAMES = ("匿名 化子", "記録 残男", "名前 消江")


def _named_workshop(store: Store, template: WorkshopTemplate) -> uuid.UUID:
    workshop = create_demo(store, template, participants=0, today=dt.date(2026, 12, 1))
    people = add_participants(store, workshop.id, [PersonDraft(n, email=f"p{i}@example.jp")
                                                   for i, n in enumerate(NAMES)])  # fmt: skip
    save_fields(store, people[0].id, partner_noticed=f"{NAMES[1]}さんが聞き上手だと言ってくれた",
                experiences=[{"what": "誰にも言っていない転職の相談", "energy": 1}])  # fmt: skip
    update_workshop(store, workshop.id, notes=f"{NAMES[2]}さんは欠席",
                    retain_until=dt.date(2027, 3, 31))  # fmt: skip
    return workshop.id


ANONYMISED_TRACES = (*NAMES, "誰にも言っていない転職の相談", "p0@example.jp")


def _assert_anonymised(store: Store, workshop_id: uuid.UUID) -> None:
    detail = get_workshop(store, workshop_id)
    assert detail.workshop.anonymized
    assert sorted(p.name for p in detail.participants) == ["P01", "P02", "P03"]
    assert all(not p.email for p in detail.participants)
    assert "さんは欠席" in detail.workshop.notes and NAMES[2] not in detail.workshop.notes


def test_restoring_a_backup_from_before_the_anonymisation_keeps_it_anonymised(
    store: Store, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    wid = _named_workshop(store, template_90)
    other = create_demo(store, template_90, participants=3, today=dt.date(2026, 12, 1))
    others = sorted(p.name for p in get_workshop(store, other.id).participants)
    kept = tmp_path / "kept-on-a-stick.sqlite3"
    shutil.copy(make_backup(store, "manual"), kept)
    anonymize_workshop(store, wid)
    labels = {p.id: p.name for p in get_workshop(store, wid).participants}

    aside = restore(store, kept)

    _assert_anonymised(store, wid)
    assert {p.id: p.name for p in get_workshop(store, wid).participants} == labels
    # a workshop that was not anonymised comes back as the backup holds it
    assert sorted(p.name for p in get_workshop(store, other.id).participants) == others
    assert _holds_any(_raw(_store_files(store.path)), ANONYMISED_TRACES) == []
    assert _holds_any(aside.read_bytes(), ANONYMISED_TRACES) == []
    assert _holds_any(kept.read_bytes(), ANONYMISED_TRACES) == list(ANONYMISED_TRACES)


def test_ippo_restore_of_a_replaced_copy_keeps_the_workshop_anonymised(
    data_dir: DataDir, template_90: WorkshopTemplate, tmp_path: Path
) -> None:
    """A copy in backups/replaced that still holds the names (the anonymisation could not
    rewrite it: here it was put back afterwards), restored with ``ippo restore``."""
    with Store.open(data_dir) as store:
        wid = _named_workshop(store, template_90)
        before = tmp_path / "before.sqlite3"
        shutil.copy(make_backup(store, "manual"), before)
        anonymize_workshop(store, wid)
    replaced = data_dir.backups / "replaced" / "ippo-replaced-20261201T000000000000Z.sqlite3"
    replaced.parent.mkdir(parents=True)
    shutil.copy(before, replaced)

    restore_data_dir(data_dir, replaced)

    with Store.open(data_dir) as store:
        _assert_anonymised(store, wid)
    assert _holds_any(_raw(_store_files(data_dir.database)), ANONYMISED_TRACES) == []
    assert not any("before-migration" in p.name for p in data_dir.backups.iterdir())


def test_an_erasure_imported_from_an_archive_scrubs_this_laptops_texts_too(
    store: Store, room: Room, tmp_path: Path
) -> None:
    """The room messages are the case the merge does not cover: a run log is never
    interleaved with another, so this laptop's log is kept and has to be scrubbed here."""
    with Store.open(DataDir(tmp_path / "other")) as other:
        import_archive(other, encode(export_archive(store, room.workshop_id)))
        erase_participant(store, room.gone.id)  # on the facilitator's laptop

        report = import_archive(other, encode(export_archive(store, room.workshop_id)))

        assert report.erased_applied == 1
        assert [e.text for e in load_events(other, room.workshop_id)] == [
            None, f"{ERASED_NAME}さん、受付へ", "みなさん、休憩です"
        ]  # fmt: skip
        assert _texts(other, room.workshop_id) == _texts(store, room.workshop_id)
        assert _holds_any(_raw(_store_files(other.path)), GONE_TRACES) == []


# -- what else goes with the name: its other spellings, the e-mail address, the code ---------


def test_erasing_takes_out_the_employee_code_and_the_name_however_written(
    store: Store, template_90: WorkshopTemplate
) -> None:
    workshop = create_demo(store, template_90, participants=0, today=dt.date(2026, 12, 1))
    gone, hayashi, _kobayashi = add_participants(
        store,
        workshop.id,
        [PersonDraft("田中 光", "たなか ひかる", employee_code="E01001", email="hikaru@example.jp"),
         PersonDraft("林 誠", employee_code="20190"), PersonDraft("小林 翼")],
    )  # fmt: skip
    save_fields(store, hayashi.id, partner_noticed="田中　光さん（ヒカルさん）と小林さん。光が差す")
    notes = "E01001 欠席（HIKARU@example.jp）。E010015、2019年は別"
    update_workshop(store, workshop.id, notes=notes)

    erase_participant(store, gone.id)

    assert get_worksheet(store, hayashi.id).partner_noticed == (
        f"{ERASED_NAME}さん（{ERASED_NAME}さん）と小林さん。光が差す"
    )
    assert get_workshop(store, workshop.id).workshop.notes == (
        f"{ERASED_NAME} 欠席（{ERASED_NAME}）。E010015、2019年は別"
    )


def test_a_short_number_is_not_taken_for_the_erased_persons_code() -> None:
    workshop_id = uuid.uuid4()
    short = Participant(workshop_id=workshop_id, name="佐藤 未来", employee_code="2019")
    assert erasure_scrubber(short, [])("2019年入社、社員番号2019") == "2019年入社、社員番号2019"
    longer = Participant(workshop_id=workshop_id, name="佐藤 未来", employee_code="20190")
    assert erasure_scrubber(longer, [])("社員番号20190、201901") == f"社員番号{ERASED_NAME}、201901"


def test_a_one_character_name_is_told_from_a_longer_one_that_ends_with_it() -> None:
    workshop_id = uuid.uuid4()
    kobayashi = Participant(workshop_id=workshop_id, name="小林 翼")
    hayashi = Participant(workshop_id=workshop_id, name="林 誠")
    text = "小林さんと林さん、誠くん"
    assert erasure_scrubber(kobayashi, [hayashi])(text) == f"{ERASED_NAME}さんと林さん、誠くん"
    assert erasure_scrubber(hayashi, [kobayashi])(text) == (
        f"小林さんと{ERASED_NAME}さん、{ERASED_NAME}くん"
    )


def test_anonymising_takes_the_e_mail_addresses_and_codes_out_of_the_texts(
    store: Store, template_90: WorkshopTemplate
) -> None:
    """An anonymised record drops e-mail addresses and codes: the texts do not keep them."""
    workshop = create_demo(store, template_90, participants=0, today=dt.date(2026, 12, 1))
    first, second = add_participants(
        store,
        workshop.id,
        [PersonDraft("匿名 化子", email="kako@example.jp", employee_code="A7"),
         PersonDraft("記録 残男", employee_code="K0042")],
    )  # fmt: skip
    update_workshop(store, workshop.id, notes="KAKO@example.jp から連絡。K0042 は遅刻。A7 便")
    record = load_record(store, workshop.id, anonymize=True)
    labels = {p.id: p.label for p in record.people}
    expected = f"{labels[first.id]} から連絡。{labels[second.id]} は遅刻。A7 便"  # A7: too short
    assert record.workshop.notes == expected

    anonymize_workshop(store, workshop.id)

    assert get_workshop(store, workshop.id).workshop.notes == expected

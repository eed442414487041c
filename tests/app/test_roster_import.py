"""Applying rosters to a workshop: all or nothing, re-imports update instead of doubling."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

import app.roster_import as roster_import
from app.errors import NotFound, UserError
from app.models import Participant, Workshop
from app.names import name_key
from app.participants import PersonDraft, add_participants
from app.roster import parse_roster
from app.roster_import import (
    format_preview,
    format_result,
    import_roster,
    result_json,
    roster_json,
)
from app.store import Store
from app.template_model import WorkshopTemplate
from app.workshops import create_workshop

ROSTERS = Path(__file__).resolve().parents[1] / "data" / "rosters"

FIRST = (
    "社員番号,氏名,フリガナ,部署,メール\r\n"
    "E001,髙橋 一郎,ﾀｶﾊｼ ｲﾁﾛｳ,営業部,takahashi@example.jp\r\n"
    "E002,﨑山 花子,サキヤマ ハナコ,人事部,sakiyama@example.jp\r\n"
    "E003,① 山田,ヤマダ,総務部,yamada@example.jp\r\n"
)


@pytest.fixture
def workshop_id(store: Store, template_90: WorkshopTemplate) -> uuid.UUID:
    return create_workshop(store, template_90, "x").id


def people(store: Store, workshop_id: uuid.UUID) -> list[Participant]:
    with store.session() as session:
        return list(
            session.exec(
                select(Participant)
                .where(Participant.workshop_id == workshop_id)
                .order_by(col(Participant.position))
            ).all()
        )


def snapshot(store: Store, workshop_id: uuid.UUID) -> list[dict[str, Any]]:
    return [p.model_dump() for p in people(store, workshop_id)]


def roster(text: str, encoding: str = "cp932") -> Any:
    return parse_roster(text.encode(encoding), source="roster.csv")


def test_a_roster_is_added_in_order_with_keys(store: Store, workshop_id: uuid.UUID) -> None:
    result = import_roster(store, workshop_id, roster(FIRST))
    assert (result.added, result.updated, result.unchanged) == (3, 0, 0)
    assert result.skipped_lines == ()
    assert result.outcomes == ((2, "added"), (3, "added"), (4, "added"))
    rows = people(store, workshop_id)
    assert [p.name for p in rows] == ["髙橋 一郎", "﨑山 花子", "① 山田"]
    assert [p.position for p in rows] == [0, 1, 2]
    assert rows[0].reading == "タカハシ イチロウ"
    assert rows[0].name_key == name_key("髙橋 一郎")
    assert (rows[2].employee_code, rows[2].email) == ("E003", "yamada@example.jp")
    assert all(p.created_at.tzinfo is not None for p in rows)
    assert not any(p.attended for p in rows)


def test_new_people_go_after_the_ones_already_there(store: Store, workshop_id: uuid.UUID) -> None:
    add_participants(store, workshop_id, [PersonDraft("先に来た人"), PersonDraft("二人目")])
    import_roster(store, workshop_id, roster(FIRST))
    rows = people(store, workshop_id)
    assert [p.name for p in rows][:3] == ["先に来た人", "二人目", "髙橋 一郎"]
    assert [p.position for p in rows] == [0, 1, 2, 3, 4]


def test_the_same_roster_twice_changes_nothing(store: Store, workshop_id: uuid.UUID) -> None:
    import_roster(store, workshop_id, roster(FIRST))
    before = snapshot(store, workshop_id)
    count = store.change_count
    result = import_roster(store, workshop_id, roster(FIRST))
    assert (result.added, result.updated, result.unchanged) == (0, 0, 3)
    assert snapshot(store, workshop_id) == before
    assert store.change_count == count


def test_an_updated_roster_updates_by_code_and_keeps_the_room(
    store: Store, workshop_id: uuid.UUID
) -> None:
    import_roster(store, workshop_id, roster(FIRST))
    with store.session() as session:
        first = session.exec(select(Participant).where(Participant.employee_code == "E001")).one()
        first.attended = True
        first.print_name = "高橋 一郎"
    updated = (
        "社員番号,氏名,部署,メール\r\n"
        "E002,﨑山 花子,人事部,sakiyama@example.jp\r\n"  # unchanged (no reading column)
        "E001,髙橋 一朗,営業部 東日本,takahashi@example.jp\r\n"  # renamed, moved
        "0E004,新人 太郎,開発部,shinjin@example.jp\r\n"  # new
    )
    result = import_roster(store, workshop_id, roster(updated))
    assert (result.added, result.updated, result.unchanged) == (1, 1, 1)
    rows = people(store, workshop_id)
    assert [p.name for p in rows] == ["髙橋 一朗", "﨑山 花子", "① 山田", "新人 太郎"]
    takahashi = rows[0]
    assert takahashi.department == "営業部 東日本"
    assert takahashi.name_key == name_key("髙橋 一朗")
    assert takahashi.attended is True
    assert takahashi.print_name == "高橋 一郎"
    assert takahashi.reading == "タカハシ イチロウ"  # the new file has no reading column
    assert rows[3].position == 3


def test_codes_match_when_excel_dropped_the_leading_zeros(
    store: Store, workshop_id: uuid.UUID
) -> None:
    import_roster(store, workshop_id, roster("社員番号,氏名\n00123,山田\n"))
    result = import_roster(store, workshop_id, roster("社員番号,氏名\n123,山田\n"))
    assert (result.added, result.unchanged) == (0, 1)
    assert people(store, workshop_id)[0].employee_code == "00123"


def test_without_codes_people_match_by_email_ignoring_case(
    store: Store, workshop_id: uuid.UUID
) -> None:
    import_roster(store, workshop_id, roster("氏名,メール\n山田,Yamada@Example.jp\n"))
    result = import_roster(
        store, workshop_id, roster("氏名,所属,メール\n山田 太郎,営業,yamada@example.JP\n")
    )
    assert (result.added, result.updated) == (0, 1)
    [person] = people(store, workshop_id)
    assert (person.name, person.department, person.email) == (
        "山田 太郎",
        "営業",
        "yamada@example.JP",
    )


def test_the_same_email_under_another_code_is_another_person(
    store: Store, workshop_id: uuid.UUID
) -> None:
    import_roster(store, workshop_id, roster("社員番号,氏名,メール\nE1,山田,team@example.jp\n"))
    result = import_roster(
        store, workshop_id, roster("社員番号,氏名,メール\nE2,佐藤,team@example.jp\n")
    )
    assert result.added == 1
    assert len(people(store, workshop_id)) == 2


def test_an_empty_cell_never_erases_a_stored_value(store: Store, workshop_id: uuid.UUID) -> None:
    import_roster(store, workshop_id, roster(FIRST))
    result = import_roster(
        store, workshop_id, roster("社員番号,氏名,部署,メール\nE001,髙橋 一郎,,\n")
    )
    assert (result.updated, result.unchanged) == (0, 1)
    first = people(store, workshop_id)[0]
    assert (first.department, first.email) == ("営業部", "takahashi@example.jp")


def test_a_roster_with_errors_imports_nothing_unless_told(
    store: Store, workshop_id: uuid.UUID
) -> None:
    text = "社員番号,氏名\nE1,山田\nE2,\nE1,佐藤\nE3,鈴木\n"
    preview = roster(text)
    with pytest.raises(UserError) as caught:
        import_roster(store, workshop_id, preview)
    assert "lines 3, 4" in caught.value.message
    assert "roster.csv" in caught.value.message
    assert people(store, workshop_id) == []
    result = import_roster(store, workshop_id, preview, skip_errors=True)
    assert result.added == 2
    assert result.skipped_lines == (3, 4)
    assert [p.line for p in result.problems] == [3, 4]
    assert ((3, "skipped") in result.outcomes) and ((5, "added") in result.outcomes)
    assert [p.name for p in people(store, workshop_id)] == ["山田", "鈴木"]


def test_two_lines_matching_one_person_are_refused(store: Store, workshop_id: uuid.UUID) -> None:
    import_roster(store, workshop_id, roster("社員番号,氏名,メール\nE1,山田,y@example.jp\n"))
    text = "社員番号,氏名,メール\nE1,山田 太郎,\n,山田,y@example.jp\n"
    with pytest.raises(UserError, match="Line 3 matches the same person as line 2"):
        import_roster(store, workshop_id, roster(text))
    assert people(store, workshop_id)[0].name == "山田"
    result = import_roster(store, workshop_id, roster(text), skip_errors=True)
    assert (result.updated, result.skipped_lines) == (1, (3,))


def test_a_dry_run_writes_nothing_and_tells_the_same(store: Store, workshop_id: uuid.UUID) -> None:
    import_roster(store, workshop_id, roster(FIRST))
    before, count = snapshot(store, workshop_id), store.change_count
    preview = roster(FIRST.replace("総務部", "経理部") + "E009,新人,,,\r\n")
    dry = import_roster(store, workshop_id, preview, dry_run=True)
    assert (dry.added, dry.updated, dry.unchanged, dry.dry_run) == (1, 1, 2, True)
    assert snapshot(store, workshop_id) == before
    assert store.change_count == count
    real = import_roster(store, workshop_id, preview)
    assert (real.added, real.updated, real.unchanged) == (dry.added, dry.updated, dry.unchanged)
    assert store.change_count > count


def test_a_failure_half_way_leaves_the_store_unchanged(
    store: Store, workshop_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_roster(store, workshop_id, roster(FIRST))
    before = snapshot(store, workshop_id)
    with store.session() as session:
        stamp = session.get(Workshop, workshop_id).updated_at  # type: ignore[union-attr]
    real, calls = roster_import._values, []

    def third_fails(*args: Any) -> dict[str, Any]:
        calls.append(args)
        if len(calls) == 3:
            raise OSError("disk pulled")
        return real(*args)

    monkeypatch.setattr(roster_import, "_values", third_fails)
    new_people = "".join(f"E1{i:02d},新人{i},,,\r\n" for i in range(5))
    preview = roster(FIRST.replace("営業部", "営業本部") + new_people)
    with pytest.raises(OSError, match="disk pulled"):
        import_roster(store, workshop_id, preview)
    assert len(calls) == 3
    assert snapshot(store, workshop_id) == before  # the update of line 2 was rolled back too
    with store.session() as session:
        assert session.get(Workshop, workshop_id).updated_at == stamp  # type: ignore[union-attr]


def test_a_database_failure_on_the_nth_insert_rolls_everything_back(
    store: Store, workshop_id: uuid.UUID
) -> None:
    import_roster(store, workshop_id, roster(FIRST))
    before = snapshot(store, workshop_id)
    with store.raw_connection() as connection:
        connection.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON participant WHEN NEW.name = '新人2' "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    new_people = "".join(f"E1{i:02d},新人{i},,,\r\n" for i in range(5))
    preview = roster(FIRST.replace("営業部", "営業本部") + new_people)
    with pytest.raises(IntegrityError, match="refused"):
        import_roster(store, workshop_id, preview)
    assert snapshot(store, workshop_id) == before


def test_a_roster_without_a_name_column_is_refused(store: Store, workshop_id: uuid.UUID) -> None:
    preview = roster("Nom,Service\nDupont,Vente\n")
    with pytest.raises(UserError, match="recognised as the name"):
        import_roster(store, workshop_id, preview)
    mapped = parse_roster(b"Nom,Service\nDupont,Vente\n", mapping={"Nom": "name"})
    assert import_roster(store, workshop_id, mapped).added == 1


def test_an_unknown_workshop_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        import_roster(store, uuid.uuid4(), roster(FIRST))


def test_names_outside_cp932_survive_the_store(store: Store, workshop_id: uuid.UUID) -> None:
    preview = parse_roster((ROSTERS / "utf8_bom.csv").read_bytes())
    import_roster(store, workshop_id, preview)
    assert [p.name for p in people(store, workshop_id)] == ["𠮷田 太郎", "佐藤 😀"]


def test_5000_people_import_quickly(store: Store, workshop_id: uuid.UUID) -> None:
    rows = "".join(f"E{i:05d},山田 {i},ﾔﾏﾀﾞ,営業部,u{i}@example.jp\r\n" for i in range(5000))
    result = import_roster(store, workshop_id, roster(FIRST.split("\r\n")[0] + "\r\n" + rows))
    assert result.added == 5000
    assert len({p.id for p in people(store, workshop_id)}) == 5000


# -- for the CLI -------------------------------------------------------------------------------


def test_json_for_the_cli(store: Store, workshop_id: uuid.UUID) -> None:
    preview = roster(FIRST + "E004,,,,\r\n")
    data = roster_json(preview)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data["encoding"] == "cp932"
    assert data["delimiter"] == "comma"
    assert data["columns"][1] == {"header": "氏名", "field": "name"}
    assert data["error_lines"] == [5]
    assert data["rows"][0]["name"] == "髙橋 一郎"
    assert data["problems"][0]["severity"] == "error"
    result = import_roster(store, workshop_id, preview, dry_run=True, skip_errors=True)
    out = result_json(result)
    assert json.loads(json.dumps(out)) == out
    assert (out["added"], out["skipped_lines"], out["dry_run"]) == (3, [5], True)


def test_the_preview_text_shows_decisions_rows_and_problems() -> None:
    body = "".join(f"E1{i:02d},新人{i},,営業,\r\n" for i in range(8))
    preview = roster(FIRST + body + "E001,重複,,,\r\n" + "E200,,,,\r\n")
    text = format_preview(preview)
    assert "Encoding: cp932 (not valid UTF-8" in text
    assert "氏名 → name" in text and "メール → email" in text
    assert "line 2: 髙橋 一郎 | タカハシ イチロウ | 営業部 | E001 | takahashi@example.jp" in text
    assert "line 5: 新人0 |  | 営業 | E100 | " in text
    assert "line 6: 新人1" in text and "line 7:" not in text  # the first five rows only
    assert "line 13 [社員番号] error: Employee code E001 is also on line 2." in text
    assert "line 14 [氏名] error: No name." in text


def test_the_result_text() -> None:
    result = roster_import.ImportResult(2, 1, 5, (7, 9), ())
    assert format_result(result) == "Added 2, updated 1, unchanged 5; skipped lines 7, 9"
    dry = roster_import.ImportResult(2, 1, 5, (), (), dry_run=True)
    assert format_result(dry).startswith("Would add 2, update 1, leave 5 as is")

"""Settings: typed, defaulted, and a bad stored value falls back with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.settings import SPECS, Settings, changed, hash_pin, parse, pin_matches, serialise


def test_defaults_round_trip() -> None:
    settings, problems = parse(serialise(Settings()))
    assert settings == Settings() and problems == []


def test_every_value_round_trips_as_text(tmp_path: Path) -> None:
    font = tmp_path / "extra.ttf"
    font.write_bytes(b"\0")
    custom = Settings(
        language="en", facilitator="佐藤 花子", app_theme="dark", projector_theme="custom",
        custom_colors=("#112233", "#445566", "#778899", "#AABBCC"), projector_screen="HDMI-1",
        warning_minutes=5, chimes=False, chime_volume=30, paper="Letter",
        fallback_fonts=(str(font),), kiosk_pin=hash_pin("2468"), backup_days=90,
    )  # fmt: skip
    stored = serialise(custom)
    assert all(isinstance(v, str) for v in stored.values())
    assert parse(stored) == (custom, [])


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("general/language", "fr", "not one of"),
        ("run/warning_minutes", "many", "invalid literal"),
        ("run/warning_minutes", "99", "not between"),
        ("run/chimes", "perhaps", "not true or false"),
        ("projector/custom_colors", '["red"]', "four colours"),
        ("projector/custom_colors", "[not json", "Expecting value"),
        ("printing/fallback_fonts", '["/nowhere/gone.ttf"]', "font file not found"),
        ("kiosk/pin", "1234", "not a PIN saved by Ippo"),
        ("kiosk/pin", "pbkdf2$abc$def", "not a PIN saved by Ippo"),
    ],
)
def test_a_bad_value_falls_back_to_its_default(key: str, value: str, reason: str) -> None:
    stored = serialise(Settings(facilitator="残る"))
    stored[key] = value
    settings, problems = parse(stored)
    name = next(s.name for s in SPECS if s.key == key)
    assert getattr(settings, name) == getattr(Settings(), name)
    assert settings.facilitator == "残る"  # the others are kept
    assert [(p.key, p.value) for p in problems] == [(key, value)]
    assert reason in problems[0].reason


def test_changes_are_checked_like_a_file() -> None:
    assert changed(Settings(), warning_minutes="3").warning_minutes == 3
    with pytest.raises(ValueError):
        changed(Settings(), paper="B5")


def test_the_kiosk_pin_is_kept_hashed() -> None:
    stored = hash_pin("13579")
    assert "13579" not in stored
    assert pin_matches(stored, "13579") and not pin_matches(stored, "13578")
    assert not pin_matches("garbage", "13579")
    assert hash_pin("13579") != stored  # salted
    for bad in ("123", "123456789", "12a4", "１２３４"):  # ASCII digits only
        with pytest.raises(ValueError):
            hash_pin(bad)


def test_the_command_line_reads_what_the_app_saved(tmp_path: Path) -> None:
    """`ippo backup` thins with the retention the facilitator chose in the app."""
    from app.settings import read_settings_file

    ini = tmp_path / "settings.ini"
    ini.write_text('[General]\nlanguage=en\n[backups]\nkeep_days=90\n[run]\nchimes=maybe\n',
                   encoding="utf-8")  # fmt: skip
    settings = read_settings_file(ini)
    assert (settings.backup_days, settings.language, settings.chimes) == (90, "en", True)
    assert read_settings_file(tmp_path / "missing.ini") == Settings()
    (tmp_path / "bad.ini").write_bytes(b"\xff\xfe\x00garbage[")
    assert read_settings_file(tmp_path / "bad.ini") == Settings()

"""The settings file: every setting round trip, hand-edited and broken files, write failures,
and the window state kept apart. Real INI files in ``tmp_path``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from app.errors import UserError
from app.paths import DataDir
from app.settings import Settings, hash_pin, pin_matches, serialise
from ui.settings_store import UNREADABLE_FILE, WHOLE_FILE, SettingsStore

READ_IN_ANOTHER_PROCESS = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from app.paths import DataDir
from app.settings import serialise
from ui.settings_store import SettingsStore
app = QCoreApplication([])
store = SettingsStore.load(DataDir(Path(sys.argv[1])))
print(json.dumps({"settings": serialise(store.settings), "problems": len(store.problems)}))
"""


def font_file(folder: Path, name: str) -> str:
    """A file with a TrueType header (the store only checks that the file exists)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"\x00\x01\x00\x00" + bytes(60))
    return str(path)


def every_setting_changed(tmp_path: Path) -> Settings:
    """A value different from the default for every setting (Japanese and commas included)."""
    return Settings(
        language="en",
        facilitator="髙橋 﨑子, 人事部",
        default_template="oneonone-45",
        app_theme="dark",
        projector_theme="custom",
        custom_colors=("#112233", "#445566", "#778899", "#AABBCC"),
        projector_screen="HDMI-1",
        warning_minutes=5,
        chimes=False,
        chime_volume=35,
        paper="Letter",
        fallback_fonts=(font_file(tmp_path / "フォント", "a.ttf"), font_file(tmp_path, "b.ttf")),
        kiosk_pin=hash_pin("2468"),
        backup_days=90,
    )


def test_defaults_without_a_file(data_dir: DataDir) -> None:
    store = SettingsStore.load(data_dir)
    assert store.settings == Settings()
    assert store.problems == []
    assert store.problems_text() == ""
    assert not data_dir.settings.exists()  # loading writes nothing


def test_every_setting_round_trips_through_the_file(data_dir: DataDir, tmp_path: Path) -> None:
    wanted = every_setting_changed(tmp_path)
    store = SettingsStore.load(data_dir)
    store.update(**{f.name: getattr(wanted, f.name) for f in fields(Settings)})
    assert store.settings == wanted
    again = SettingsStore.load(data_dir)
    assert again.settings == wanted
    assert again.problems == []
    assert pin_matches(again.settings.kiosk_pin, "2468")
    assert "2468" not in data_dir.settings.read_text(encoding="utf-8")


def test_a_restarted_app_reads_what_was_written(data_dir: DataDir, tmp_path: Path) -> None:
    """In another process, so Qt's in-memory copy of the file cannot hide a key that does
    not come back (Qt reads a "general" section back as "General")."""
    wanted = every_setting_changed(tmp_path)
    SettingsStore.load(data_dir).update(**{f.name: getattr(wanted, f.name) for f in fields(wanted)})
    done = subprocess.run(
        [sys.executable, "-c", READ_IN_ANOTHER_PROCESS, str(data_dir.root)],
        capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    read = json.loads(done.stdout.splitlines()[-1])
    assert read == {"settings": serialise(wanted), "problems": 0}


def test_changed_names_exactly_the_settings_that_changed(data_dir: DataDir) -> None:
    store = SettingsStore.load(data_dir)
    seen: list[tuple[Settings, frozenset[str]]] = []
    store.changed.connect(lambda settings, names: seen.append((settings, names)))
    store.update(paper="Letter", chimes=True, warning_minutes=2)  # two of them are as they were
    assert seen == [(store.settings, frozenset({"paper"}))]
    modified = data_dir.settings.stat().st_mtime_ns
    store.update(paper="Letter")  # nothing changes: nothing written, nothing said
    assert len(seen) == 1
    assert data_dir.settings.stat().st_mtime_ns == modified


def test_a_bad_value_is_refused_and_nothing_is_written(data_dir: DataDir) -> None:
    store = SettingsStore.load(data_dir)
    with pytest.raises(UserError) as raised:
        store.update(paper="A3", warning_minutes=99)
    assert raised.value.advice
    assert store.settings == Settings()
    assert not data_dir.settings.exists()
    with pytest.raises(TypeError):
        store.update(colour_of_the_walls="blue")


def test_a_hand_edited_value_falls_back_to_its_default(data_dir: DataDir) -> None:
    data_dir.ensure()
    text = (
        "; typed by hand\n[%General]\nlanguage=fr\nfacilitator=山田, 花子\n"
        "[run]\nwarning_minutes=ten\nchime_volume=55\n[printing]\npaper=Letter\n"
    )
    data_dir.settings.write_text(text, encoding="utf-8")
    before = data_dir.settings.stat().st_mtime_ns
    store = SettingsStore.load(data_dir)
    assert store.settings.language == "ja"
    assert store.settings.warning_minutes == 2
    # The other values are kept, the unquoted comma included.
    assert store.settings.facilitator == "山田, 花子"
    assert (store.settings.chime_volume, store.settings.paper) == (55, "Letter")
    assert [(p.key, p.value) for p in store.problems] == [
        ("general/language", "fr"),
        ("run/warning_minutes", "ten"),
    ]
    lines = store.problems_text().splitlines()
    assert len(lines) == 2
    assert "fr" in lines[0] and "ten" in lines[1]
    # Not rewritten until the facilitator saves: what they typed is still there.
    assert data_dir.settings.read_text(encoding="utf-8") == text
    assert data_dir.settings.stat().st_mtime_ns == before


def test_a_line_qt_cannot_parse_does_not_stop_saving(data_dir: DataDir) -> None:
    """Qt reports a format error for "[run" and keeps reporting it after a good write."""
    data_dir.ensure()
    data_dir.settings.write_text("just words\n[run\nchime_volume=40\n", encoding="utf-8")
    store = SettingsStore.load(data_dir)
    store.update(paper="Letter")
    assert SettingsStore.load(data_dir).settings.paper == "Letter"


def test_a_hand_written_general_section_is_read(data_dir: DataDir) -> None:
    data_dir.ensure()
    data_dir.settings.write_text("[General]\nlanguage=en\nfacilitator=Kim\n", encoding="utf-8")
    store = SettingsStore.load(data_dir)
    assert (store.settings.language, store.settings.facilitator) == ("en", "Kim")


def test_a_pin_typed_into_the_file_is_ignored_and_never_shown(data_dir: DataDir) -> None:
    data_dir.ensure()
    data_dir.settings.write_text("[kiosk]\npin=7391\n", encoding="utf-8")
    store = SettingsStore.load(data_dir)
    assert store.settings.kiosk_pin == ""
    assert len(store.problems) == 1
    assert "7391" not in store.problems_text()


def test_a_removed_font_is_dropped_and_the_others_kept(data_dir: DataDir, tmp_path: Path) -> None:
    kept = font_file(tmp_path / "fonts", "kept.ttf")
    gone = font_file(tmp_path / "fonts", "gone.ttf")
    SettingsStore.load(data_dir).update(fallback_fonts=(gone, kept))
    Path(gone).unlink()
    store = SettingsStore.load(data_dir)
    assert store.settings.fallback_fonts == (kept,)
    assert [(p.key, p.value) for p in store.problems] == [("printing/fallback_fonts", gone)]
    assert gone in store.problems_text()
    assert gone in data_dir.settings.read_text(encoding="utf-8")  # until the facilitator saves


@pytest.mark.parametrize(
    "content",
    [bytes(range(256)), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "[x]\na=1\n".encode("utf-16")],
    ids=["binary", "png", "utf-16"],
)
def test_a_file_that_is_not_an_ini_file(data_dir: DataDir, content: bytes) -> None:
    data_dir.ensure()
    data_dir.settings.write_bytes(content)
    store = SettingsStore.load(data_dir)
    assert store.settings == Settings()
    assert len(store.problems) == 1
    assert store.problems[0].key == WHOLE_FILE
    assert len(store.problems_text().splitlines()) == 1
    assert data_dir.settings.read_bytes() == content
    # Saving keeps the unreadable file aside and starts a clean one.
    store.update(paper="Letter")
    assert (data_dir.root / UNREADABLE_FILE).read_bytes() == content
    assert SettingsStore.load(data_dir).settings == Settings(paper="Letter")


def test_text_in_another_encoding_is_still_read(data_dir: DataDir) -> None:
    """Notepad's "ANSI" on Japanese Windows is cp932: the ASCII values still count."""
    data_dir.ensure()
    text = "[%General]\nfacilitator=山田\n[printing]\npaper=Letter\n"
    data_dir.settings.write_bytes(text.encode("cp932"))
    store = SettingsStore.load(data_dir)
    assert store.settings.paper == "Letter"
    assert all(p.key != WHOLE_FILE for p in store.problems)


def test_a_file_that_cannot_be_written_keeps_the_old_settings(tmp_path: Path) -> None:
    """The data folder is a file here, which fails even for root."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    store = SettingsStore.load(DataDir(blocked))
    seen: list[frozenset[str]] = []
    store.changed.connect(lambda _settings, names: seen.append(names))
    with pytest.raises(UserError) as raised:
        store.update(language="en")
    assert str(blocked) in raised.value.message
    assert "読み取り専用" in raised.value.advice  # the app runs in Japanese here
    assert store.settings == Settings()
    assert seen == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_folder_keeps_the_old_settings(data_dir: DataDir) -> None:
    store = SettingsStore.load(data_dir)
    store.update(facilitator="佐藤")
    data_dir.root.chmod(0o500)
    try:
        with pytest.raises(UserError):
            store.update(facilitator="鈴木", paper="Letter")
        assert store.settings.facilitator == "佐藤"
        assert store.settings.paper == "A4"
        assert SettingsStore.load(data_dir).settings.facilitator == "佐藤"
    finally:
        data_dir.root.chmod(0o700)
    store.update(paper="Letter")  # writable again: the next save works
    assert SettingsStore.load(data_dir).settings.paper == "Letter"


def test_window_state_is_kept_apart(data_dir: DataDir) -> None:
    store = SettingsStore.load(data_dir)
    geometry = QByteArray(bytes(range(40)))
    store.save_window_state("MainWindow/geometry", geometry)
    store.update(app_theme="dark")
    assert store.window_state("MainWindow/geometry") == geometry
    assert store.window_state("MainWindow/splitter") is None
    assert "MainWindow" not in data_dir.settings.read_text(encoding="utf-8")
    seen: list[frozenset[str]] = []
    store.changed.connect(lambda _settings, names: seen.append(names))
    store.reset()
    assert store.settings == Settings()
    assert seen == [frozenset({"app_theme"})]
    assert SettingsStore.load(data_dir).window_state("MainWindow/geometry") == geometry
    # A broken window-state file costs no setting.
    store.window_state_path.write_bytes(bytes(range(256)))
    again = SettingsStore.load(data_dir)
    assert again.problems == []
    assert again.window_state("MainWindow/geometry") is None


def test_the_command_line_reads_the_file_the_app_writes(data_dir: DataDir) -> None:
    from app.settings import read_settings_file

    store = SettingsStore.load(data_dir)
    store.update(backup_days=90, language="en", facilitator="山田, 花子")
    read = read_settings_file(data_dir.settings)
    assert (read.backup_days, read.language) == (90, "en")

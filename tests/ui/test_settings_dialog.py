"""The Settings dialog: each page changed by keyboard or clicks, Apply, Cancel, the PIN, restoring
the defaults, errors, problems from the load, Tab order, names and a language switch.

The modal questions (colour, font files, PIN, confirmation) are replaced through the dialog's
seams. Texts are compared with ``QCoreApplication.translate`` of the English sources, so the
assertions hold whichever catalogue is installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.paths import DataDir
from app.settings import Settings, pin_matches
from app.template_model import WorkshopTemplate
from tests.helpers.keyboard import describe, focusable, focused, spoken_name
from ui.i18n import install_language
from ui.settings_dialog import SettingsDialog
from ui.settings_store import SettingsStore
from ui.settings_texts import SECTIONS

SCREENS = ["HDMI-1", "DP-2"]
LEFT = Qt.MouseButton.LeftButton


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class Seams:
    """The answers the replaced modal questions give, and what they were asked."""

    def __init__(self) -> None:
        self.colors: list[str | None] = []
        self.fonts: list[list[str]] = []
        self.pins: list[str | None] = []
        self.restore = True
        self.asked: list[str] = []


@pytest.fixture
def seams(monkeypatch: pytest.MonkeyPatch) -> Seams:
    answers = Seams()

    def ask_color(cls: type, parent: QWidget | None, initial: str) -> str | None:
        answers.asked.append(f"colour {initial}")
        return answers.colors.pop(0)

    def ask_font_files(cls: type, parent: QWidget | None) -> list[str]:
        answers.asked.append("fonts")
        return answers.fonts.pop(0)

    def ask_new_pin(cls: type, parent: QWidget | None) -> str | None:
        answers.asked.append("pin")
        return answers.pins.pop(0)

    def confirm_restore(cls: type, parent: QWidget | None) -> bool:
        answers.asked.append("restore")
        return answers.restore

    monkeypatch.setattr(SettingsDialog, "ask_color", classmethod(ask_color))
    monkeypatch.setattr(SettingsDialog, "ask_font_files", classmethod(ask_font_files))
    monkeypatch.setattr(SettingsDialog, "ask_new_pin", classmethod(ask_new_pin))
    monkeypatch.setattr(SettingsDialog, "confirm_restore", classmethod(confirm_restore))
    return answers


@pytest.fixture
def settings(data_dir: DataDir) -> SettingsStore:
    return SettingsStore.load(data_dir)


@pytest.fixture
def template_list(templates: dict[str, WorkshopTemplate]) -> list[WorkshopTemplate]:
    return list(templates.values())


def open_dialog(
    qtbot: QtBot, store: SettingsStore, templates: list[WorkshopTemplate], *, shown: bool = False
) -> SettingsDialog:
    dialog = SettingsDialog(store, templates, SCREENS)
    qtbot.addWidget(dialog)
    if shown:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        dialog.sections.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.sections)
    return dialog


def recorder(store: SettingsStore) -> list[frozenset[str]]:
    seen: list[frozenset[str]] = []
    store.changed.connect(lambda _settings, names: seen.append(names))
    return seen


def font_file(folder: Path, name: str, magic: bytes = b"\x00\x01\x00\x00") -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(magic + bytes(60))
    return str(path)


def key(qtbot: QtBot, widget: QWidget, pressed: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(widget, pressed)


def test_it_shows_what_the_store_holds(
    qtbot: QtBot, settings: SettingsStore, template_list: list[WorkshopTemplate]
) -> None:
    settings.update(
        language="en", facilitator="森 彩", default_template="workshop-60",
        projector_screen="DP-2", warning_minutes=0, chime_volume=55, backup_days=7,
    )  # fmt: skip
    dialog = open_dialog(qtbot, settings, template_list)
    assert dialog.values() == {name: getattr(settings.settings, name) for name in dialog.controls}
    assert dialog.pending_changes() == {}
    assert not dialog.apply_button.isEnabled()
    assert dialog.warning.text() == tr("No warning")
    assert dialog.volume_value.text() == "55 %"
    assert dialog.screen_combo.currentText() == "DP-2"
    assert dialog.problems.isHidden() and dialog.problems.text() == ""


def test_every_page_by_keyboard_and_clicks_then_apply(
    qtbot: QtBot, settings: SettingsStore, template_list: list[WorkshopTemplate], seams: Seams,
    tmp_path: Path,
) -> None:  # fmt: skip
    dialog = open_dialog(qtbot, settings, template_list, shown=True)
    seen = recorder(settings)
    font = font_file(tmp_path / "fonts", "emoji.ttf")
    seams.colors, seams.fonts, seams.pins = ["#123abc"], [[font]], ["4821"]

    def page(row: int) -> None:  # the list follows the arrow keys, the page follows the list
        key(qtbot, dialog.sections, Qt.Key.Key_Down if row else Qt.Key.Key_Home)
        assert dialog.pages.currentIndex() == row == dialog.sections.currentRow()

    page(0)
    key(qtbot, dialog.language, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.facilitator, "Mori Aya")
    key(qtbot, dialog.template, Qt.Key.Key_Down, 2)  # workshop-90 → workshop-120 → oneonone-45
    page(1)
    key(qtbot, dialog.app_theme, Qt.Key.Key_Down)
    page(2)
    assert not dialog.custom_box.isEnabled()
    key(qtbot, dialog.projector_theme, Qt.Key.Key_End)
    assert dialog.custom_box.isEnabled()
    qtbot.mouseClick(dialog.color_buttons[1], LEFT)
    key(qtbot, dialog.screen_combo, Qt.Key.Key_Down)
    page(3)
    key(qtbot, dialog.warning, Qt.Key.Key_Up, 3)
    key(qtbot, dialog.volume, Qt.Key.Key_PageDown)
    key(qtbot, dialog.chimes, Qt.Key.Key_Space)
    assert not dialog.volume.isEnabled()
    page(4)
    key(qtbot, dialog.paper, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.add_font, LEFT)
    page(5)
    qtbot.mouseClick(dialog.set_pin, LEFT)
    page(6)
    dialog.backup_days.selectAll()
    qtbot.keyClicks(dialog.backup_days, "90")
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, LEFT)

    held = settings.settings
    assert held.custom_colors == ("#3DD68C", "#123ABC", "#FF5C52", "#A01B1B")
    assert pin_matches(held.kiosk_pin, "4821")
    assert held == Settings(
        language="en", facilitator="Mori Aya", default_template="oneonone-45", app_theme="dark",
        projector_theme="custom", custom_colors=held.custom_colors, projector_screen="HDMI-1",
        warning_minutes=5, chimes=False, chime_volume=70, paper="Letter", fallback_fonts=(font,),
        kiosk_pin=held.kiosk_pin, backup_days=90,
    )  # fmt: skip
    assert seen == [frozenset(dialog.controls)]  # every setting changed, in one signal
    assert seams.asked == ["colour #FFB020", "fonts", "pin"]
    assert SettingsStore.load(DataDir(settings.path.parent)).settings == held
    assert not dialog.apply_button.isEnabled()
    assert not dialog.message.isVisible()


def test_apply_names_exactly_what_changed(
    qtbot: QtBot, settings: SettingsStore, template_list: list[WorkshopTemplate]
) -> None:
    dialog = open_dialog(qtbot, settings, template_list)
    seen = recorder(settings)
    dialog.paper.setCurrentIndex(1)
    dialog.warning.setValue(4)
    dialog.facilitator.setText("  ")  # only spaces: the same empty name
    dialog.warning.setValue(2)  # and back: not a change
    dialog.backup_days.setValue(60)
    assert dialog.pending_changes() == {"paper": "Letter", "backup_days": 60}
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert seen == [frozenset({"paper", "backup_days"})]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_cancel_changes_nothing(
    qtbot: QtBot, settings: SettingsStore, template_list: list[WorkshopTemplate], seams: Seams
) -> None:
    dialog = open_dialog(qtbot, settings, template_list)
    seen = recorder(settings)
    seams.pins = ["1357"]
    dialog.language.setCurrentIndex(1)
    dialog.chimes.setChecked(False)
    qtbot.mouseClick(dialog.set_pin, LEFT)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert seen == []
    assert settings.settings == Settings()
    assert not settings.path.exists()


def test_the_pin_is_stored_as_a_hash_and_can_be_removed(
    qtbot: QtBot, settings: SettingsStore, template_list: list[WorkshopTemplate], seams: Seams
) -> None:
    dialog = open_dialog(qtbot, settings, template_list)
    assert dialog.pin_state.text() == tr(
        "No PIN is set: the kiosk asks for a new PIN each time it opens."
    )
    assert not dialog.remove_pin.isEnabled()
    seams.pins = [None, "90817263"]
    qtbot.mouseClick(dialog.set_pin, LEFT)  # cancelled
    assert dialog.pending_changes() == {}
    qtbot.mouseClick(dialog.set_pin, LEFT)
    assert "90817263" not in repr(dialog.values())
    assert dialog.apply()
    stored = settings.settings.kiosk_pin
    assert pin_matches(stored, "90817263") and not pin_matches(stored, "90817264")
    assert "90817263" not in settings.path.read_text(encoding="utf-8")
    assert dialog.set_pin.text() == tr("Change the PIN…")
    assert dialog.remove_pin.isEnabled()
    qtbot.mouseClick(dialog.remove_pin, LEFT)
    assert dialog.apply()
    assert settings.settings.kiosk_pin == ""


def test_restore_defaults_asks_first_and_keeps_the_window_state(
    qtbot: QtBot, settings: SettingsStore, template_list: list[WorkshopTemplate], seams: Seams
) -> None:
    settings.update(app_theme="dark", paper="Letter", backup_days=10)
    geometry = QByteArray(b"\x01\xd9\xd0\xcb" + bytes(32))
    settings.save_window_state("SettingsDialog/geometry", geometry)
    dialog = open_dialog(qtbot, settings, template_list)
    seen = recorder(settings)
    dialog.facilitator.setText("not applied yet")
    seams.restore = False
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert settings.settings.paper == "Letter" and seen == []
    seams.restore = True
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert seams.asked == ["restore", "restore"]
    assert settings.settings == Settings()
    assert seen == [frozenset({"app_theme", "paper", "backup_days"})]
    assert dialog.values() == {name: getattr(Settings(), name) for name in dialog.controls}
    assert settings.window_state("SettingsDialog/geometry") == geometry


def test_a_save_that_fails_shows_why_and_loses_nothing(
    qtbot: QtBot, template_list: list[WorkshopTemplate], tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x")
    store = SettingsStore.load(DataDir(blocked))
    dialog = open_dialog(qtbot, store, template_list, shown=True)
    dialog.facilitator.setText("佐藤 一郎")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()  # OK did not close it
    assert dialog.message.isVisible()
    assert str(blocked) in dialog.message.text()
    assert dialog.facilitator.text() == "佐藤 一郎"
    assert dialog.pending_changes() == {"facilitator": "佐藤 一郎"}
    assert store.settings == Settings()


def test_problems_from_the_load_are_shown_at_the_top(
    qtbot: QtBot, data_dir: DataDir, template_list: list[WorkshopTemplate]
) -> None:
    data_dir.ensure()
    data_dir.settings.write_text(
        "[run]\nchime_volume=loud\n[printing]\npaper=B5\n", encoding="utf-8"
    )
    store = SettingsStore.load(data_dir)
    dialog = open_dialog(qtbot, store, template_list, shown=True)
    assert dialog.problems.isVisible()
    assert dialog.problems.text() == store.problems_text()
    assert len(dialog.problems.text().splitlines()) == 2
    assert "loud" in dialog.problems.text() and "B5" in dialog.problems.text()
    assert dialog.paper.currentData() == "A4"


def test_fonts_are_added_checked_and_removed(
    qtbot: QtBot, settings: SettingsStore, template_list: list[WorkshopTemplate], seams: Seams,
    tmp_path: Path,
) -> None:  # fmt: skip
    dialog = open_dialog(qtbot, settings, template_list)
    first = font_file(tmp_path, "HanaMinA.ttf")
    second = font_file(tmp_path, "collection.ttc", b"ttcf")
    cff = font_file(tmp_path, "NotoSansCJK.otf", b"OTTO")
    seams.fonts = [[first, cff], [second, first]]
    qtbot.mouseClick(dialog.add_font, LEFT)
    assert dialog.values()["fallback_fonts"] == (first,)
    assert not dialog.message.isHidden() and "NotoSansCJK.otf" in dialog.message.text()
    qtbot.mouseClick(dialog.add_font, LEFT)  # the one already listed is not added twice
    assert dialog.values()["fallback_fonts"] == (first, second)
    assert dialog.message.isHidden()
    assert [dialog.fonts.item(i).text() for i in range(2)] == ["HanaMinA.ttf", "collection.ttc"]
    dialog.fonts.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_font, LEFT)
    assert dialog.values()["fallback_fonts"] == (second,)


def test_a_removed_template_and_an_unplugged_screen_stay_chosen(
    qtbot: QtBot, settings: SettingsStore, template_list: list[WorkshopTemplate]
) -> None:
    settings.update(default_template="my-own-plan", projector_screen="EPSON PJ")
    dialog = open_dialog(qtbot, settings, template_list)
    assert dialog.template.currentText() == tr("%1 (not found)").replace("%1", "my-own-plan")
    assert dialog.screen_combo.currentText() == tr("%1 (not connected)").replace("%1", "EPSON PJ")
    assert dialog.pending_changes() == {}
    dialog.screen_combo.setCurrentIndex(0)
    assert dialog.screen_combo.currentText() == tr(
        "Automatic (the first screen other than the laptop's)"
    )
    assert dialog.pending_changes() == {"projector_screen": ""}


def test_tab_reaches_every_control_of_every_page_and_each_has_a_name(
    qtbot: QtBot, settings: SettingsStore, template_list: list[WorkshopTemplate]
) -> None:
    dialog = open_dialog(qtbot, settings, template_list, shown=True)
    dialog.projector_theme.setCurrentIndex(2)  # the custom colours can take focus
    dialog.fonts.addItem("placeholder.ttf")
    dialog.fonts.setCurrentRow(0)  # Remove is enabled
    for row in range(len(SECTIONS)):
        dialog.sections.setCurrentRow(row)
        dialog.sections.setFocus()
        reached: list[QWidget] = []
        for _ in range(40):
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
            if focused() is dialog.sections:
                break
            reached.append(focused())
        wanted = focusable(dialog, by_tab=True)
        missing = [describe(w) for w in wanted if w not in reached and w is not dialog.sections]
        assert missing == [], (row, missing)
        page = dialog.pages.currentWidget()
        assert page is not None
        on_page = [w for w in reached if page.isAncestorOf(w)]
        assert on_page, row
        # The page's controls come right after the list, before the buttons.
        assert reached[: len(on_page)] == on_page, (row, [describe(w) for w in reached])
        unnamed = [describe(w) for w in focusable(dialog) if not spoken_name(w)]
        assert unnamed == [], (row, unnamed)


def test_a_language_switch_relabels_the_open_dialog(
    qtbot: QtBot, settings: SettingsStore, template_list: list[WorkshopTemplate]
) -> None:
    """Applying a language relabels the dialog at once (the app installs the language when
    the store says it changed; the test does the same)."""
    settings.changed.connect(
        lambda new, names: install_language(new.language) if "language" in names else None
    )
    dialog = open_dialog(qtbot, settings, template_list)
    title = {t.id: t.title for t in template_list}["workshop-90"]
    assert dialog.template.currentText() == title["ja"]
    try:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        assert dialog.apply()
        QApplication.sendPostedEvents()  # Qt posts LanguageChange to each window
        assert dialog.windowTitle() == "Settings"
        assert [dialog.sections.item(i).text() for i in range(3)] == [
            "General", "Appearance", "Projector",
        ]  # fmt: skip
        assert dialog.labels["language"].text() == "Language"
        assert dialog.language.accessibleName() == "Language"
        assert dialog.projector_theme.currentText() == "Dark, high contrast (default)"
        assert dialog.template.currentText() == title["en"]
        assert dialog.template.currentData() == "workshop-90"
        assert dialog.language.currentText() == "English"
        dialog.language.setCurrentIndex(dialog.language.findData("ja"))
        assert dialog.apply()
    finally:
        install_language("ja")
    QApplication.sendPostedEvents()
    assert dialog.windowTitle() == tr("Settings")
    assert dialog.sections.item(0).text() == tr("General")
    assert dialog.template.currentText() == title["ja"]

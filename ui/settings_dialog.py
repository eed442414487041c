"""The Settings dialog: sections in a list on the left, one page each on the right.

The dialog only shows and collects values; :class:`~ui.settings_store.SettingsStore` checks
and keeps them, and whoever listens to its ``changed`` signal applies them (language, themes,
…). Apply hands the store only what differs from what it holds, so the signal names exactly
the settings the facilitator changed. Nothing is lost on an error: the values stay in the
controls and the reason shows in red above the buttons.

Each setting has a getter and a setter (:attr:`SettingsDialog.controls`), so loading, Apply and
"Restore defaults" go through one table, and the texts are tables too, so ``retranslate()``
relabels the open dialog when the language changes. Every modal question is a classmethod seam
that tests replace: a colour, font files, a new PIN, and the confirmation before restoring the
defaults.

The pages' widgets are made in :mod:`ui.settings_pages` (the dialog's base class), the small
widgets and value helpers are in :mod:`ui.settings_fields`, the texts in :mod:`ui.settings_texts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)

from app.errors import UserError
from app.run_state import FINAL_SECONDS
from app.settings import PIN_DIGITS, Settings, hash_pin
from app.template_model import WorkshopTemplate
from ui.dialogs import Dialogs
from ui.i18n import fill
from ui.settings_fields import Getter, Setter, combo_value, font_problem, pick, swatch
from ui.settings_pages import SettingsPages
from ui.settings_store import SettingsStore
from ui.settings_texts import CHOICES, LABELS, NOTES, PHASES, SECTIONS
from ui.sheet_printer import set_note


class SettingsDialog(SettingsPages):
    """Shows the settings of ``store`` and hands the facilitator's changes back to it."""

    def __init__(
        self,
        store: SettingsStore,
        templates: Sequence[WorkshopTemplate],
        screens: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.templates, self.screens = store, list(templates), list(screens)
        self._pin = store.settings.kiosk_pin  # a hash, never the digits
        self._colors = list(store.settings.custom_colors)
        self._ready = False
        self._build()
        self.controls: dict[str, tuple[Getter, Setter]] = {
            "language": combo_value(self.language),
            "facilitator": (lambda: self.facilitator.text().strip(), self.facilitator.setText),
            "default_template": (self.template.currentData, self._show_template),
            "app_theme": combo_value(self.app_theme),
            "projector_theme": combo_value(self.projector_theme),
            "custom_colors": (lambda: tuple(self._colors), self._show_colors),
            "projector_screen": (self.screen_combo.currentData, self._show_screen),
            "warning_minutes": (self.warning.value, self.warning.setValue),
            "chimes": (self.chimes.isChecked, self.chimes.setChecked),
            "chime_volume": (self.volume.value, self.volume.setValue),
            "paper": combo_value(self.paper),
            "fallback_fonts": (self._font_paths, self._show_fonts),
            "kiosk_pin": (lambda: self._pin, self._show_pin),
            "backup_days": (self.backup_days.value, self.backup_days.setValue),
        }
        assert set(self.controls) == {f.name for f in fields(Settings)}
        self._watch()
        self._ready = True
        self.retranslate()
        self._show(store.settings)
        store.changed.connect(self._store_changed)

    # -- seams ---------------------------------------------------------------------------------

    @classmethod
    def ask_color(cls, parent: QWidget | None, initial: str) -> str | None:
        """A colour as #RRGGBB, or None when cancelled."""
        title = QCoreApplication.translate("SettingsDialog", "Choose a colour")
        color = QColorDialog.getColor(QColor(initial), parent, title)
        return color.name().upper() if color.isValid() else None

    @classmethod
    def ask_font_files(cls, parent: QWidget | None) -> list[str]:
        title = QCoreApplication.translate("SettingsDialog", "Add fallback fonts")
        kinds = QCoreApplication.translate("SettingsDialog", "TrueType fonts (*.ttf *.ttc)")
        chosen, _filter = QFileDialog.getOpenFileNames(parent, title, "", kinds)
        return chosen

    @classmethod
    def ask_new_pin(cls, parent: QWidget | None) -> str | None:
        """A new PIN of 4 to 8 digits, typed twice; None when cancelled."""
        title = QCoreApplication.translate("SettingsDialog", "Kiosk PIN")
        prompt = QCoreApplication.translate("SettingsDialog", "New PIN (4 to 8 digits):")
        again_prompt = QCoreApplication.translate("SettingsDialog", "Type the same PIN again:")
        hidden = QLineEdit.EchoMode.Password
        while True:
            pin, ok = QInputDialog.getText(parent, title, prompt, hidden)
            if not ok:
                return None
            if not (pin.isascii() and pin.isdigit() and PIN_DIGITS[0] <= len(pin) <= PIN_DIGITS[1]):
                prompt = QCoreApplication.translate(
                    "SettingsDialog", "A PIN has 4 to 8 digits (0–9). New PIN:"
                )
                continue
            again, ok = QInputDialog.getText(parent, title, again_prompt, hidden)
            if not ok:
                return None
            if again == pin:
                return pin
            prompt = QCoreApplication.translate(
                "SettingsDialog", "The two PINs were not the same. New PIN (4 to 8 digits):"
            )

    @classmethod
    def confirm_restore(cls, parent: QWidget | None) -> bool:
        action = QCoreApplication.translate("SettingsDialog", "Restore defaults")
        question = QCoreApplication.translate(
            "SettingsDialog",
            "Set every setting back to its default? The kiosk PIN and the fallback fonts are removed; window sizes are kept.",  # noqa: E501
        )
        return Dialogs.confirm(parent, action, question, action)

    # -- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        set_note(self.problems, self.store.problems_text(), "warn")
        for row, name in enumerate(SECTIONS):
            self.sections.item(row).setText(self.tr(name))
            self.headings[row].setText(self.tr(name))
        self.sections.setAccessibleName(self.tr("Sections"))
        for key, label in self.labels.items():
            label.setText(self.tr(LABELS[key]))
            label.buddy().setAccessibleName(label.text())
        for key, note in self.notes.items():
            note.setText(self.tr(NOTES[key]))
        self.fonts.setAccessibleDescription(self.notes["fonts"].text())
        for key, texts in CHOICES.items():
            combo = getattr(self, key)
            for index in range(combo.count()):
                combo.setItemText(index, self.tr(texts[combo.itemData(index)]))
        self._retranslate_lists()
        self.custom_box.setTitle(self.tr("Custom colours"))
        for label, phase in zip(self.color_labels, PHASES, strict=True):
            label.setText(fill(self.tr(phase), FINAL_SECONDS))
        self._show_colors(tuple(self._colors))
        self.warning.setSuffix(self.tr(" min"))
        self.warning.setSpecialValueText(self.tr("No warning"))
        self.chimes.setText(self.tr("Play chimes"))
        self.add_font.setText(self.tr("Add…"))
        self.remove_font.setText(self.tr("Remove"))
        self.remove_pin.setText(self.tr("Remove the PIN"))
        self._show_pin(self._pin)
        self.backup_days.setSuffix(self.tr(" days"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.apply_button.setText(self.tr("Apply"))
        self.restore_button.setText(self.tr("Restore defaults"))
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + 32)

    def _retranslate_lists(self) -> None:
        """Template titles in the app's language; choices that are no longer available."""
        # The settings say which language the app is in (whoever listens to ``changed``
        # installs it, and the LanguageChange that follows brings us here).
        language = self.store.settings.language
        titles = {t.id: t.title.get(language) or t.id for t in self.templates}
        for index in range(self.template.count()):
            key = self.template.itemData(index)
            text = titles.get(key) or fill(self.tr("%1 (not found)"), key)
            self.template.setItemText(index, text)
        self.screen_combo.setItemText(
            0, self.tr("Automatic (the first screen other than the laptop's)")
        )
        for index in range(1, self.screen_combo.count()):
            name = self.screen_combo.itemData(index)
            gone = name not in self.screens
            self.screen_combo.setItemText(
                index, fill(self.tr("%1 (not connected)"), name) if gone else name
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values --------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every setting as the controls show it."""
        return {name: get() for name, (get, _show) in self.controls.items()}

    def pending_changes(self) -> dict[str, Any]:
        """The settings whose control differs from what the store holds."""
        held = self.store.settings
        return {name: v for name, v in self.values().items() if v != getattr(held, name)}

    def _show(self, settings: Settings, names: frozenset[str] | None = None) -> None:
        for name, (_get, show) in self.controls.items():
            if names is None or name in names:
                show(getattr(settings, name))
        self._update_state()

    def _store_changed(self, settings: Settings, names: frozenset[str]) -> None:
        self._show(settings, names)

    def _show_template(self, template_id: str) -> None:
        if self.template.findData(template_id) < 0:  # a removed template stays chosen, marked
            self.template.addItem(fill(self.tr("%1 (not found)"), template_id), template_id)
        pick(self.template, template_id)

    def _show_screen(self, name: str) -> None:
        if self.screen_combo.findData(name) < 0:  # the projector may simply be unplugged now
            self.screen_combo.addItem(fill(self.tr("%1 (not connected)"), name), name)
        pick(self.screen_combo, name)

    def _show_colors(self, colors: tuple[str, ...]) -> None:
        self._colors = list(colors)
        for button, label, color in zip(self.color_buttons, self.color_labels, colors, strict=True):
            button.setText(color)
            button.setIcon(swatch(color))
            button.setAccessibleName(fill(self.tr("Colour for “%1”: %2"), label.text(), color))
        width = max(b.sizeHint().width() for b in self.color_buttons)
        for button in self.color_buttons:
            button.setMinimumWidth(width)  # one column of equal buttons, whatever the digits
        self._update_state()

    def _font_paths(self) -> tuple[str, ...]:
        return tuple(self.fonts.item(r).data(Qt.ItemDataRole.UserRole)
                     for r in range(self.fonts.count()))  # fmt: skip

    def _show_fonts(self, paths: tuple[str, ...]) -> None:
        self.fonts.clear()
        for path in paths:
            item = QListWidgetItem(Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.fonts.addItem(item)
        self._update_state()

    def _show_pin(self, hashed: str) -> None:
        self._pin = hashed
        if hashed:
            self.pin_state.setText(
                self.tr("A PIN is set: the kiosk asks for it before anyone can leave.")
            )
            self.set_pin.setText(self.tr("Change the PIN…"))
        else:
            self.pin_state.setText(
                self.tr("No PIN is set: the kiosk asks for a new PIN each time it opens.")
            )
            self.set_pin.setText(self.tr("Set a PIN…"))
        self._update_state()

    def _update_state(self, *_args: object) -> None:
        if not self._ready:
            return
        self.custom_box.setEnabled(self.projector_theme.currentData() == "custom")
        self.volume.setEnabled(self.chimes.isChecked())
        self.volume_value.setEnabled(self.chimes.isChecked())
        self.remove_font.setEnabled(self.fonts.currentRow() >= 0)
        self.remove_pin.setEnabled(bool(self._pin))
        self.apply_button.setEnabled(bool(self.pending_changes()))

    # -- actions -------------------------------------------------------------------------------

    def apply(self) -> bool:
        """Hand the changes to the store; False (and the reason in red) when it refused."""
        changes = self.pending_changes()
        try:
            if changes:
                self.store.update(**changes)
        except UserError as error:
            self._say(error)
            return False
        self._say(None)
        self._update_state()
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def restore_defaults(self) -> None:
        if not self.confirm_restore(self):
            return
        try:
            self.store.reset()
        except UserError as error:
            self._say(error)
            return
        self._say(None)
        self._show(self.store.settings)  # also drops edits that were not applied

    def choose_color(self, index: int) -> None:
        chosen = self.ask_color(self, self._colors[index])
        if chosen:
            colors = list(self._colors)
            colors[index] = chosen.upper()
            self._show_colors(tuple(colors))

    def add_fonts(self) -> None:
        refused = []
        for path in self.ask_font_files(self):
            reason = font_problem(Path(path))
            if reason:
                refused.append(reason)
            elif path not in self._font_paths():
                self._show_fonts((*self._font_paths(), path))
                self.fonts.setCurrentRow(self.fonts.count() - 1)
        self._say(UserError("\n".join(refused)) if refused else None)

    def remove_selected_font(self) -> None:
        if self.fonts.currentRow() >= 0:
            self.fonts.takeItem(self.fonts.currentRow())
            self._update_state()

    def choose_pin(self) -> None:
        pin = self.ask_new_pin(self)
        if pin is None:
            return
        try:
            hashed = hash_pin(pin)
        except ValueError:
            self._say(UserError(self.tr("A PIN has 4 to 8 digits (0–9).")))
            return
        self._show_pin(hashed)

    def _say(self, error: UserError | None) -> None:
        text = "\n".join(t for t in (error.message, error.advice) if t) if error else ""
        set_note(self.message, text, "error")

    def _watch(self) -> None:
        """Every edit re-checks what Apply and the controls that depend on others can do."""
        for combo in (self.language, self.template, self.app_theme, self.projector_theme,
                      self.screen_combo, self.paper):  # fmt: skip
            combo.currentIndexChanged.connect(self._update_state)
        for spin in (self.warning, self.volume, self.backup_days):
            spin.valueChanged.connect(self._update_state)
        self.facilitator.textChanged.connect(self._update_state)
        self.chimes.toggled.connect(self._update_state)
        self.fonts.currentRowChanged.connect(self._update_state)

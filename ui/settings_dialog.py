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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.run_state import FINAL_SECONDS
from app.settings import APP_THEMES, PAPERS, PIN_DIGITS, PROJECTOR_THEMES, Settings, hash_pin
from app.template_model import WorkshopTemplate
from ui.dialogs import Dialogs
from ui.i18n import fill
from ui.settings_store import QT_TRANSLATE_NOOP, SettingsStore
from ui.sheet_printer import set_note

LANGUAGE_NAMES = (("ja", "日本語"), ("en", "English"))  # each in its own language, untranslated
PAGE_WIDTH = 500  # the pages' wrapped notes read well at this width
SWATCH = (28, 18)
HEADING_STYLE = "font-size: 18px; font-weight: bold; padding-bottom: 6px;"
# The first bytes of font files printing can use (ReportLab reads TrueType outlines only).
TRUETYPE_MAGIC = (b"\x00\x01\x00\x00", b"true", b"ttcf")

# fmt: off
SECTIONS = (
    QT_TRANSLATE_NOOP("SettingsDialog", "General"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Appearance"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Projector"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Run"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Printing"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Kiosk"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Backups"),
)
# Field key → its label (also the field's accessible name).
LABELS = {
    "language": QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
    "facilitator": QT_TRANSLATE_NOOP("SettingsDialog", "Facilitator's name"),
    "template": QT_TRANSLATE_NOOP("SettingsDialog", "Default template"),
    "app_theme": QT_TRANSLATE_NOOP("SettingsDialog", "App theme"),
    "projector_theme": QT_TRANSLATE_NOOP("SettingsDialog", "Projector theme"),
    "screen": QT_TRANSLATE_NOOP("SettingsDialog", "Projector screen"),
    "warning": QT_TRANSLATE_NOOP("SettingsDialog", "Warning time"),
    "volume": QT_TRANSLATE_NOOP("SettingsDialog", "Chime volume"),
    "paper": QT_TRANSLATE_NOOP("SettingsDialog", "Paper size"),
    "fonts": QT_TRANSLATE_NOOP("SettingsDialog", "Fallback fonts"),
    "backups": QT_TRANSLATE_NOOP("SettingsDialog", "Keep daily backups for"),
}
# Key → the wrapped line under a field.
NOTES = {
    "language": QT_TRANSLATE_NOOP("SettingsDialog", "Ippo switches at once. Printed sheets use each workshop's own language."),  # noqa: E501
    "facilitator": QT_TRANSLATE_NOOP("SettingsDialog", "Filled in for new workshops."),
    "template": QT_TRANSLATE_NOOP("SettingsDialog", "Chosen first for new workshops."),
    "app_theme": QT_TRANSLATE_NOOP("SettingsDialog", "The colours of Ippo's own windows. The projector has its own theme."),  # noqa: E501
    "colors": QT_TRANSLATE_NOOP("SettingsDialog", "The projector also names each phase in words, so colour is never the only cue."),  # noqa: E501
    "warning": QT_TRANSLATE_NOOP("SettingsDialog", "How long before the end of a stage the projector says “Almost time”, unless the stage sets its own time."),  # noqa: E501
    "fonts": QT_TRANSLATE_NOOP("SettingsDialog", "Printed sheets use the IPAex fonts. A character they lack (a rare kanji, an emoji) is drawn with the first font in this list that has it. TrueType fonts (.ttf, .ttc) only."),  # noqa: E501
    "pin": QT_TRANSLATE_NOOP("SettingsDialog", "Ippo keeps only a one-way hash of the PIN, never the digits."),  # noqa: E501
    "backups": QT_TRANSLATE_NOOP("SettingsDialog", "Ippo keeps one backup a day for this many days; older ones are deleted."),  # noqa: E501
}
# Combo box → value → its text.
CHOICES = {
    "app_theme": {
        "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
        "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
    },
    "projector_theme": {
        "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark, high contrast (default)"),
        "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light, for bright rooms"),
        "custom": QT_TRANSLATE_NOOP("SettingsDialog", "Custom colours"),
    },
    "paper": {
        "A4": QT_TRANSLATE_NOOP("SettingsDialog", "A4"),
        "Letter": QT_TRANSLATE_NOOP("SettingsDialog", "Letter"),
    },
}
# The custom accents, named as the projector names its phases.
PHASES = (
    QT_TRANSLATE_NOOP("SettingsDialog", "Time left"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Almost time"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Last %1 seconds"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Over time"),
)
# fmt: on

Getter = Callable[[], Any]
Setter = Callable[[Any], None]


class SettingsDialog(QDialog):
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
            "language": _combo_value(self.language),
            "facilitator": (lambda: self.facilitator.text().strip(), self.facilitator.setText),
            "default_template": (self.template.currentData, self._show_template),
            "app_theme": _combo_value(self.app_theme),
            "projector_theme": _combo_value(self.projector_theme),
            "custom_colors": (lambda: tuple(self._colors), self._show_colors),
            "projector_screen": (self.screen_combo.currentData, self._show_screen),
            "warning_minutes": (self.warning.value, self.warning.setValue),
            "chimes": (self.chimes.isChecked, self.chimes.setChecked),
            "chime_volume": (self.volume.value, self.volume.setValue),
            "paper": _combo_value(self.paper),
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

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.problems, self.message = _note(), _note()
        self.problems.hide()
        self.message.hide()
        self.sections, self.pages = QListWidget(), QStackedWidget()
        self.headings: list[QLabel] = []
        self.labels: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        for build in (self._general, self._appearance, self._projector, self._run,
                      self._printing, self._kiosk, self._backups):  # fmt: skip
            self.sections.addItem(QListWidgetItem())
            self.pages.addWidget(self._page(build))
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        standard = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(
            standard.Ok | standard.Cancel | standard.Apply | standard.RestoreDefaults
        )
        self.ok_button = self.buttons.button(standard.Ok)
        self.cancel_button = self.buttons.button(standard.Cancel)
        self.apply_button = self.buttons.button(standard.Apply)
        self.restore_button = self.buttons.button(standard.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.restore_button.clicked.connect(self.restore_defaults)
        middle = QHBoxLayout()
        middle.addWidget(self.sections)
        middle.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)

    def _page(self, build: Callable[[QFormLayout], None]) -> QWidget:
        page = QWidget()
        page.setMinimumWidth(PAGE_WIDTH)
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 0, 0, 0)
        heading = QLabel()
        heading.setStyleSheet(HEADING_STYLE)  # the app's style sheet sets every label's font
        self.headings.append(heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addWidget(heading)
        column.addLayout(form)
        column.addStretch(1)
        build(form)
        return page

    def _row(self, form: QFormLayout, key: str, field: QWidget | QLayout, buddy: QWidget) -> None:
        """A labelled field (the label is the buddy's), with its note under it if it has one."""
        label = QLabel()
        label.setBuddy(buddy)
        self.labels[key] = label
        form.addRow(label, field)
        if key in NOTES:
            self.notes[key] = _note()
            form.addRow("", self.notes[key])

    def _general(self, form: QFormLayout) -> None:
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.facilitator = QLineEdit()
        self.template = _combo([t.id for t in self.templates])
        for key, field in (("language", self.language), ("facilitator", self.facilitator),
                           ("template", self.template)):  # fmt: skip
            self._row(form, key, field, field)

    def _appearance(self, form: QFormLayout) -> None:
        self.app_theme = _combo(APP_THEMES)
        self._row(form, "app_theme", self.app_theme, self.app_theme)

    def _projector(self, form: QFormLayout) -> None:
        self.projector_theme = _combo(PROJECTOR_THEMES)
        self._row(form, "projector_theme", self.projector_theme, self.projector_theme)
        self.custom_box = QGroupBox()
        colors = QFormLayout(self.custom_box)
        colors.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.color_buttons = [QPushButton() for _ in PHASES]
        self.color_labels = [QLabel() for _ in PHASES]
        for index, (label, button) in enumerate(zip(self.color_labels, self.color_buttons,
                                                    strict=True)):  # fmt: skip
            label.setBuddy(button)
            button.clicked.connect(lambda _=False, i=index: self.choose_color(i))
            colors.addRow(label, button)
        self.notes["colors"] = _note()
        colors.addRow(self.notes["colors"])
        form.addRow(self.custom_box)
        self.screen_combo = _combo(["", *self.screens])
        self._row(form, "screen", self.screen_combo, self.screen_combo)

    def _run(self, form: QFormLayout) -> None:
        self.warning = _spin(0, 30)
        self._row(form, "warning", self.warning, self.warning)
        self.chimes = QCheckBox()
        form.addRow("", self.chimes)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume_value = QLabel()
        self.volume_value.setMinimumWidth(self.fontMetrics().horizontalAdvance("100 %") + 8)
        self.volume.valueChanged.connect(lambda v: self.volume_value.setText(f"{v} %"))
        self._row(form, "volume", _hbox(self.volume, self.volume_value), self.volume)

    def _printing(self, form: QFormLayout) -> None:
        self.paper = _combo(PAPERS)
        self._row(form, "paper", self.paper, self.paper)
        self.fonts = QListWidget()
        self.fonts.setMinimumHeight(96)
        self.fonts.setMaximumHeight(150)
        self.add_font, self.remove_font = QPushButton(), QPushButton()
        self.add_font.clicked.connect(self.add_fonts)
        self.remove_font.clicked.connect(self.remove_selected_font)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_font)
        buttons.addWidget(self.remove_font)
        buttons.addStretch(1)
        row = _hbox(self.fonts)
        row.addLayout(buttons)
        self._row(form, "fonts", row, self.fonts)

    def _kiosk(self, form: QFormLayout) -> None:
        self.pin_state = _note()
        self.set_pin, self.remove_pin = QPushButton(), QPushButton()
        self.set_pin.clicked.connect(self.choose_pin)
        self.remove_pin.clicked.connect(lambda: self._show_pin(""))
        self.notes["pin"] = _note()
        form.addRow(self.pin_state)
        row = _hbox(self.set_pin, self.remove_pin)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.notes["pin"])

    def _backups(self, form: QFormLayout) -> None:
        self.backup_days = _spin(1, 365)
        self._row(form, "backups", self.backup_days, self.backup_days)

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
        _pick(self.template, template_id)

    def _show_screen(self, name: str) -> None:
        if self.screen_combo.findData(name) < 0:  # the projector may simply be unplugged now
            self.screen_combo.addItem(fill(self.tr("%1 (not connected)"), name), name)
        _pick(self.screen_combo, name)

    def _show_colors(self, colors: tuple[str, ...]) -> None:
        self._colors = list(colors)
        for button, label, color in zip(self.color_buttons, self.color_labels, colors, strict=True):
            button.setText(color)
            button.setIcon(_swatch(color))
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
            reason = _font_problem(Path(path))
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


def _font_problem(path: Path) -> str:
    """Why printing cannot use the font file ``path`` ("" when it can)."""
    try:
        with path.open("rb") as file:
            magic = file.read(4)
    except OSError as error:
        text = QCoreApplication.translate("SettingsDialog", "%1 cannot be read (%2).")
        return fill(text, path.name, error.strerror or error)
    if magic not in TRUETYPE_MAGIC:
        text = QCoreApplication.translate(
            "SettingsDialog", "%1 is not a TrueType font, which printing needs (.ttf or .ttc)."
        )
        return fill(text, path.name)
    return ""


def _combo(values: Sequence[str]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(value, value)  # texts for people come with retranslate()
    return combo


def _combo_value(combo: QComboBox) -> tuple[Getter, Setter]:
    return combo.currentData, lambda value: _pick(combo, value)


def _pick(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a number, not a line
    return spin


def _hbox(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 1 if isinstance(widget, QSlider | QListWidget) else 0)
    return row


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(*SWATCH)
    pixmap.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#5f6b78"))
    painter.drawRect(0, 0, SWATCH[0] - 1, SWATCH[1] - 1)
    painter.end()
    return QIcon(pixmap)

"""The Settings dialog's layout: the sections in a list on the left, one page each on the right.

:class:`SettingsPages` makes the widgets of every page, the notes above and below them and the
buttons, without texts or values; :class:`ui.settings_dialog.SettingsDialog`, its subclass,
labels them, shows the settings in them and acts on them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.settings import APP_THEMES, PAPERS, PROJECTOR_THEMES
from app.template_model import WorkshopTemplate
from ui.settings_fields import combo_box, hbox, note_label, spin_box
from ui.settings_texts import LANGUAGE_NAMES, NOTES, PHASES

PAGE_WIDTH = 500  # the pages' wrapped notes read well at this width
HEADING_STYLE = "font-size: 18px; font-weight: bold; padding-bottom: 6px;"


class SettingsPages(QDialog):
    """The widgets of every page, made for :class:`ui.settings_dialog.SettingsDialog` to fill."""

    # What the dialog holds and does, which the pages show and connect their buttons to.
    templates: list[WorkshopTemplate]
    screens: list[str]
    apply: Callable[[], bool]
    restore_defaults: Callable[[], None]
    choose_color: Callable[[int], None]
    add_fonts: Callable[[], None]
    remove_selected_font: Callable[[], None]
    choose_pin: Callable[[], None]
    _show_pin: Callable[[str], None]

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.problems, self.message = note_label(), note_label()
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
            self.notes[key] = note_label()
            form.addRow("", self.notes[key])

    def _general(self, form: QFormLayout) -> None:
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.facilitator = QLineEdit()
        self.template = combo_box([t.id for t in self.templates])
        for key, field in (("language", self.language), ("facilitator", self.facilitator),
                           ("template", self.template)):  # fmt: skip
            self._row(form, key, field, field)

    def _appearance(self, form: QFormLayout) -> None:
        self.app_theme = combo_box(APP_THEMES)
        self._row(form, "app_theme", self.app_theme, self.app_theme)

    def _projector(self, form: QFormLayout) -> None:
        self.projector_theme = combo_box(PROJECTOR_THEMES)
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
        self.notes["colors"] = note_label()
        colors.addRow(self.notes["colors"])
        form.addRow(self.custom_box)
        self.screen_combo = combo_box(["", *self.screens])
        self._row(form, "screen", self.screen_combo, self.screen_combo)

    def _run(self, form: QFormLayout) -> None:
        self.warning = spin_box(0, 30)
        self._row(form, "warning", self.warning, self.warning)
        self.chimes = QCheckBox()
        form.addRow("", self.chimes)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume_value = QLabel()
        self.volume_value.setMinimumWidth(self.fontMetrics().horizontalAdvance("100 %") + 8)
        self.volume.valueChanged.connect(lambda v: self.volume_value.setText(f"{v} %"))
        self._row(form, "volume", hbox(self.volume, self.volume_value), self.volume)

    def _printing(self, form: QFormLayout) -> None:
        self.paper = combo_box(PAPERS)
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
        row = hbox(self.fonts)
        row.addLayout(buttons)
        self._row(form, "fonts", row, self.fonts)

    def _kiosk(self, form: QFormLayout) -> None:
        self.pin_state = note_label()
        self.set_pin, self.remove_pin = QPushButton(), QPushButton()
        self.set_pin.clicked.connect(self.choose_pin)
        self.remove_pin.clicked.connect(lambda: self._show_pin(""))
        self.notes["pin"] = note_label()
        form.addRow(self.pin_state)
        row = hbox(self.set_pin, self.remove_pin)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.notes["pin"])

    def _backups(self, form: QFormLayout) -> None:
        self.backup_days = spin_box(1, 365)
        self._row(form, "backups", self.backup_days, self.backup_days)

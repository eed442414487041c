"""The Settings dialog's texts as tables: its sections, each field's label and note, the choices.

The custom projector colours are named as the projector names its phases (:data:`PHASES`). All
are marked in the ``SettingsDialog`` context, so :meth:`ui.settings_dialog.SettingsDialog.
retranslate` translates them with ``self.tr`` and relabels the open dialog when the language
changes. The languages are named each in its own language, untranslated.
"""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP

LANGUAGE_NAMES = (("ja", "日本語"), ("en", "English"))  # each in its own language, untranslated

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

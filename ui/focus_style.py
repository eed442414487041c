"""Extra stylesheet lines that make keyboard focus visible under qt-material.

qt-material shows focus on buttons, line edits, combo and spin boxes and item views, but it
turns Qt's focus rectangle off (``*:focus { outline: none; }``) and gives nothing in its place
to multi-line text fields and tab bars, and only a faint tint to check boxes and radio buttons:
someone working by keyboard alone cannot see where they are. These rules are appended after
the theme's stylesheet (ui/theme.py) and keep each widget's size: borders that appear on focus
replace borders of the same width.
"""

from __future__ import annotations

#: Each app theme's primary colour (qt-material's light_blue and dark_blue): at least 3:1
#: against the theme's background, as WCAG asks of a focus indicator.
FOCUS_COLORS = {"light": "#2979ff", "dark": "#448aff"}


def focus_qss(color: str = FOCUS_COLORS["light"]) -> str:
    """The focus rules for ``color`` (a ``#rrggbb`` colour)."""
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    tint = f"rgba({red}, {green}, {blue}, 0.16)"
    return f"""
/* Focus made visible (ui/focus_style.py) */
QPlainTextEdit:focus,
QTextEdit:focus {{
  border: 2px solid {color};
}}

QTabBar:focus {{
  background-color: {tint};
}}

QTabBar::tab:selected:focus {{
  background-color: {tint};
}}

QCheckBox:focus,
QRadioButton:focus {{
  color: {color};
  background-color: {tint};
  border-radius: 4px;
}}

QLineEdit:focus,
QComboBox:focus,
QAbstractSpinBox:focus,
QDateTimeEdit:focus {{
  background-color: {tint};
}}
"""


#: The rules for the light theme (the default).
FOCUS_QSS = focus_qss()

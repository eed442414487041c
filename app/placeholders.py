"""Qt-style placeholders (``%1`` … ``%n``) for texts that are translated with Qt's tools.

The core writes its messages with them so the UI can translate the English source and fill in
the same values; ``ui.i18n.fill`` is this function.
"""

from __future__ import annotations


def fill(template: str, *values: object) -> str:
    """Put ``values`` into ``%1``, ``%2``, … — highest numbers first, so ``%1`` never eats the
    start of ``%10``."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template

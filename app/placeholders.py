"""Qt-style placeholders (``%1`` … ``%n``) for texts that are translated with Qt's tools.

The core writes its messages with them so the UI can translate the English source and fill in
the same values; ``ui.i18n.fill`` is this function.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])(\d?)")


def fill(template: str, *values: object) -> str:
    """Put ``values`` into ``%1``, ``%2``, … in one pass over the template.

    One pass, so a value is never read as a placeholder itself (a file named
    ``名簿%201.csv`` stays as it is). ``%10`` is the tenth value when there are ten, else
    ``%1`` followed by ``0``; a placeholder with no value stays as written.
    """

    def value(match: re.Match[str]) -> str:
        number = int(match[1] + match[2])
        if match[2] and number <= len(values):
            return str(values[number - 1])
        if int(match[1]) <= len(values):
            return str(values[int(match[1]) - 1]) + match[2]
        return match[0]

    return _PLACEHOLDER.sub(value, template)

"""The run as the display shows it: the clock's format (``app.run_state``)."""

from __future__ import annotations

import pytest

from app.run_state import format_clock


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00"),
        (-0.0, "00:00"),
        (0.2, "00:01"),
        (59.2, "01:00"),
        (60, "01:00"),
        (60.000001, "01:01"),
        (59.00000000001, "00:59"),  # float noise does not flip a second early
        (754, "12:34"),
        (3599.5, "1:00:00"),
        (3723, "1:02:03"),
        (36000, "10:00:00"),
        (-0.4, "+00:00"),
        (-1, "+00:01"),
        (-83.9, "+01:23"),
        (-3723.5, "+1:02:03"),
        (float("nan"), "--:--"),
        (float("-inf"), "--:--"),
    ],
)
def test_format_clock(seconds: float, text: str) -> None:
    assert format_clock(seconds) == text

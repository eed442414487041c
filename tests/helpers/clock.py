"""An injected clock for tests: time moves only when a test says so (never sleep)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

#: 10:00 in Tokyo on the day of the sample workshop.
T0 = datetime(2026, 12, 3, 1, 0, tzinfo=UTC)


class FakeClock:
    """Callable like ``datetime.now(UTC)``; ``advance`` moves it on."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

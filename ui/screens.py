"""Which screen is the projector, and putting a window full screen on it.

The rule is simple so the facilitator can predict it: the screen they chose by name if it is
connected, else the first screen that is not the primary one (the laptop's), else none — with
one screen the console stays and F5 shows the projector full screen on that screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ScreenInfo:
    """One screen, for the venue check.

    Attributes:
        name: The name the system gives it (e.g. "HDMI-1", or the monitor's model).
        width: Width in physical pixels (logical size x device pixel ratio).
        height: Height in physical pixels.
        dpr: Device pixel ratio (1.0, 1.25, 2.0, ...).
        primary: It is the primary screen (normally the laptop's own).
    """

    name: str
    width: int
    height: int
    dpr: float
    primary: bool


def choose_projector_screen(
    screens: Sequence[QScreen], primary: QScreen | None, preferred_name: str | None = None
) -> QScreen | None:
    """The screen the projector window should go to.

    Args:
        screens: The connected screens (``QGuiApplication.screens()``).
        primary: The primary screen (``QGuiApplication.primaryScreen()``).
        preferred_name: The screen the facilitator chose last time, by name, if any.

    Returns:
        The preferred screen if it is connected, else the first screen that is not the
        primary, else None (one screen only).
    """
    if preferred_name:
        for screen in screens:
            if screen.name() == preferred_name:
                return screen
    for screen in screens:
        if screen is not primary:
            return screen
    return None


def place_fullscreen(window: QWidget, screen: QScreen) -> None:
    """Show ``window`` full screen on ``screen``.

    A window already full screen elsewhere is brought back to normal first: most window
    systems keep a full-screen window where it is when it is only moved.
    """
    if window.isFullScreen():
        window.showNormal()
    window.setScreen(screen)
    geometry = screen.geometry()
    window.move(geometry.topLeft())
    window.resize(geometry.size())
    window.showFullScreen()


def describe_screens(app: QGuiApplication | None = None) -> list[ScreenInfo]:
    """The connected screens, primary first, for the venue check."""
    app = app or QGuiApplication.instance()  # type: ignore[assignment]
    assert isinstance(app, QGuiApplication)
    primary = app.primaryScreen()
    found = []
    for screen in app.screens():
        size = screen.geometry().size()
        dpr = screen.devicePixelRatio()
        found.append(
            ScreenInfo(
                name=screen.name(),
                width=round(size.width() * dpr),
                height=round(size.height() * dpr),
                dpr=dpr,
                primary=screen is primary,
            )
        )
    return sorted(found, key=lambda info: not info.primary)

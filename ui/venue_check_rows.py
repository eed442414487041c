"""The venue check's rows: the checks that need Qt (screens, sound) and how a result is shown.

Each result is a row with a drawn icon *and* a word (OK / Warning / Problem: never colour
alone), the detail, and what to do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from app.venue_check_items import CheckItem, Level, make_item
from ui.chimes import Chimes
from ui.i18n import fill
from ui.tones import set_tone
from ui.venue_check_texts import CONTEXT, LEVEL_WORDS, OUTCOMES, TITLES, translated

ICON_SIZE = 22
LEVEL_COLOURS = {"ok": "#2E7D32", "warning": "#B26A00", "problem": "#C62828"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ScreenInfo:
    """One screen as the venue check shows it (size in physical pixels)."""

    name: str
    width: int
    height: int
    primary: bool = False

    @property
    def size_text(self) -> str:
        return f"{self.width}×{self.height}"


def current_screens() -> list[ScreenInfo]:
    """The screens Qt knows now, the primary first."""
    primary = QGuiApplication.primaryScreen()
    found = []
    for screen in QGuiApplication.screens():
        size = screen.geometry().size()
        ratio = screen.devicePixelRatio()
        found.append(
            ScreenInfo(
                name=screen.name() or screen.model() or "?",
                width=round(size.width() * ratio),
                height=round(size.height() * ratio),
                primary=screen is primary,
            )
        )
    return sorted(found, key=lambda s: not s.primary)


def screens_item(screens: Sequence[ScreenInfo]) -> CheckItem:
    """A second screen is the projector; one screen is a warning (F5 shows it here)."""
    if not screens:
        return qt_item("screens", "warning", "screens.none")
    here = next((s for s in screens if s.primary), screens[0])
    others = [s for s in screens if s is not here]
    if not others:
        return qt_item("screens", "warning", "screens.one", here.name, here.size_text)
    projector = others[0]
    return qt_item(
        "screens",
        "ok",
        "screens.projector",
        projector.name,
        projector.size_text,
        here.name,
        here.size_text,
    )


def sound_item(chimes: Chimes) -> CheckItem:
    if chimes.muted:
        return qt_item("sound", "warning", "sound.muted")
    if not chimes.available:
        return qt_item("sound", "warning", "sound.unavailable", chimes.reason)
    name = chimes.output_name() or "?"
    return qt_item("sound", "ok", "sound.ok", name)


def qt_item(check_id: str, level: Level, outcome: str, *args: object) -> CheckItem:
    return make_item(check_id, level, outcome, *args, titles=TITLES, outcomes=OUTCOMES)


def level_icon(level: str, size: int = ICON_SIZE, ratio: float = 1.0) -> QPixmap:
    """A drawn icon (same on every platform): ✓ in a green disc, ! in an amber triangle,
    × in a red disc."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(LEVEL_COLOURS.get(level, "#555555"))
    s = float(size)
    pen = QPen(QColor("white"), s * 0.12)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if level == "warning":
        path = QPainterPath()
        path.moveTo(s / 2, s * 0.06)
        path.lineTo(s * 0.97, s * 0.92)
        path.lineTo(s * 0.03, s * 0.92)
        path.closeSubpath()
        painter.fillPath(path, colour)
        pen.setColor(QColor("#1A1A1A"))
        painter.setPen(pen)
        painter.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.62))
        painter.drawPoint(QPointF(s / 2, s * 0.78))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92))
        painter.setPen(pen)
        if level == "ok":
            painter.drawPolyline(
                [
                    QPointF(s * 0.28, s * 0.52),
                    QPointF(s * 0.44, s * 0.68),
                    QPointF(s * 0.72, s * 0.36),
                ]
            )
        else:
            painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
            painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
    painter.end()
    return pixmap


class CheckRow(QFrame):
    """One result: icon, level word and title on the first line; detail; what to do."""

    def __init__(self, item: CheckItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"check-{item.id}")
        self.icon = QLabel()
        self.icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.level = QLabel()
        self.title = QLabel()
        self.detail = QLabel()
        self.advice = QLabel()
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.level.setFont(bold)
        self.title.setFont(bold)
        tone = {"ok": "success", "warning": "warning", "problem": "error"}
        set_tone(self.level, tone.get(item.level, "muted"))
        for label in (self.detail, self.advice):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.icon, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.level, 0, 1)
        grid.addWidget(self.title, 0, 2)
        grid.addWidget(self.detail, 1, 1, 1, 2)
        grid.addWidget(self.advice, 2, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        self.retranslate()

    def retranslate(self) -> None:
        title, detail, advice = translated(self.item)
        word = _tr(LEVEL_WORDS.get(self.item.level, self.item.level))
        self.icon.setPixmap(level_icon(self.item.level, ratio=self.devicePixelRatioF()))
        self.icon.setAccessibleName(word)
        self.level.setText(word)
        self.title.setText(title)
        self.detail.setText(detail)
        self.advice.setText(
            fill(QCoreApplication.translate("VenueCheckDialog", "What to do: %1"), advice)
            if advice
            else ""
        )
        self.advice.setVisible(bool(advice))
        self.setAccessibleName(f"{word}: {title}")

"""The venue check as a dialog: the core's checks plus what needs Qt (screens, sound).

Each result is a row with an icon *and* a word (OK / Warning / Problem: never colour alone),
the detail, and what to do. "Test the chime" sounds one stroke; "Check again" re-runs the
core's checks (through the callable the caller passes), looks for sound again and re-reads
the screens — for when the projector or the speakers were plugged in after opening.

Texts: the core gives English texts plus an outcome key and its arguments; this module holds
the same English templates marked for translation (context ``VenueCheck``) and shows the
translated template filled with the arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.venue_check import CheckItem, Level, make_item, worst_level
from ui.chimes import Chimes
from ui.i18n import fill
from ui.tones import set_tone

CONTEXT = "VenueCheck"
ICON_SIZE = 22
MIN_WIDTH = 560
PREFERRED_WIDTH = 720


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (which looks for this name); typed ``str``, unlike Qt's."""
    return text


#: Check id → title (the core's, plus the two checks this dialog adds).
TITLES: dict[str, str] = {
    "store": QT_TRANSLATE_NOOP("VenueCheck", "Saving answers"),
    "disk": QT_TRANSLATE_NOOP("VenueCheck", "Free disk space"),
    "fonts": QT_TRANSLATE_NOOP("VenueCheck", "Japanese fonts"),
    "sounds": QT_TRANSLATE_NOOP("VenueCheck", "Chime sounds"),
    "backups": QT_TRANSLATE_NOOP("VenueCheck", "Backups"),
    "location": QT_TRANSLATE_NOOP("VenueCheck", "Where the store is kept"),
    "screens": QT_TRANSLATE_NOOP("VenueCheck", "Screens"),
    "sound": QT_TRANSLATE_NOOP("VenueCheck", "Sound"),
    "checks": QT_TRANSLATE_NOOP("VenueCheck", "Venue check"),
}

#: Outcome key → (detail, advice): the same English as ``app.venue_check.OUTCOMES`` (a test
#: keeps them equal), plus the outcomes of the screen and sound checks.
OUTCOMES: dict[str, tuple[str, str]] = {
    "store.ok": (QT_TRANSLATE_NOOP("VenueCheck", "Ippo can save answers in %1."), ""),
    "store.new": (
        QT_TRANSLATE_NOOP(
            "VenueCheck", "The data folder %1 does not exist yet; Ippo will create it."
        ),
        "",
    ),
    "store.folder_read_only": (
        QT_TRANSLATE_NOOP(
            "VenueCheck", "The folder %1 is read-only: Ippo cannot save answers there."
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Choose a folder you can write to with --data-dir, or fix the folder's permissions.",
        ),
    ),
    "store.file_read_only": (
        QT_TRANSLATE_NOOP(
            "VenueCheck", "The store %1 is read-only: Ippo cannot save answers in it."
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Fix the file's permissions, or copy the data folder to a folder you can write to "
            "and start Ippo with --data-dir.",
        ),
    ),
    "store.write_failed": (
        QT_TRANSLATE_NOOP("VenueCheck", "Ippo could not write a test file in %1: %2."),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Choose a folder you can write to with --data-dir, or fix the folder's permissions.",
        ),
    ),
    "store.locked": (
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Another program is holding the store %1, so answers cannot be saved right now.",
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Close the other Ippo window or the program that opened the file, then check again.",
        ),
    ),
    "store.sqlite_failed": (
        QT_TRANSLATE_NOOP("VenueCheck", "The store %1 refused a test write: %2."),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Restart Ippo. If this stays, restore the newest backup (ippo restore FILE).",
        ),
    ),
    "disk.ok": (QT_TRANSLATE_NOOP("VenueCheck", "%1 free on the drive of %2."), ""),
    "disk.low": (
        QT_TRANSLATE_NOOP("VenueCheck", "Only %1 free on the drive of %2."),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Free at least 200 MB before the workshop: empty the recycle bin or delete large "
            "downloads.",
        ),
    ),
    "disk.critical": (
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Only %1 free on the drive of %2: answers and backups may not be saved.",
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Free at least 200 MB before the workshop: empty the recycle bin or delete large "
            "downloads.",
        ),
    ),
    "fonts.ok": (
        QT_TRANSLATE_NOOP(
            "VenueCheck", "IPAex Gothic and IPAex Mincho are installed, with their licence."
        ),
        "",
    ),
    "fonts.missing": (
        QT_TRANSLATE_NOOP("VenueCheck", "Missing from %1: %2."),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Reinstall Ippo. Without these fonts Japanese text and the printed sheets cannot be "
            "shown correctly.",
        ),
    ),
    "sounds.ok": (
        QT_TRANSLATE_NOOP("VenueCheck", "The three chimes (1, 2 and 3 strokes) are installed."),
        "",
    ),
    "sounds.missing": (
        QT_TRANSLATE_NOOP("VenueCheck", "Missing or unreadable in %1: %2."),
        QT_TRANSLATE_NOOP(
            "VenueCheck", "Reinstall Ippo. Until then the projector flashes instead of chiming."
        ),
    ),
    "backups.ok": (
        QT_TRANSLATE_NOOP("VenueCheck", "The newest backup was taken at %1, less than a day ago."),
        "",
    ),
    "backups.unchanged": (
        QT_TRANSLATE_NOOP(
            "VenueCheck", "The newest backup was taken at %1, and nothing has changed since."
        ),
        "",
    ),
    "backups.old": (
        QT_TRANSLATE_NOOP("VenueCheck", "The newest backup was taken at %1, %2 days ago."),
        QT_TRANSLATE_NOOP("VenueCheck", "Take a backup now: File ▸ Back up now, or `ippo backup`."),
    ),
    "backups.none": (
        QT_TRANSLATE_NOOP("VenueCheck", "There is no backup yet in %1."),
        QT_TRANSLATE_NOOP("VenueCheck", "Take a backup now: File ▸ Back up now, or `ippo backup`."),
    ),
    "backups.empty": (
        QT_TRANSLATE_NOOP("VenueCheck", "There is no store yet, so nothing to back up."),
        "",
    ),
    "location.ok": (
        QT_TRANSLATE_NOOP("VenueCheck", "The store folder %1 is on this computer's own drive."),
        "",
    ),
    "location.network": (
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "The store folder %1 is on a network drive (%2). "
            "WAL does not work on network file systems: answers can be lost.",
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Keep the store on this computer's own drive: start Ippo without --data-dir, "
            "or choose a local folder.",
        ),
    ),
    "location.removable": (
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "The store folder %1 is on a removable drive. "
            "USB sticks lose writes when pulled out while Ippo is open.",
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Copy the data folder to this computer's drive for the workshop, or never pull the "
            "stick out before Ippo is closed.",
        ),
    ),
    "location.synced": (
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "The store folder %1 is in a cloud-synced folder (%2). "
            "Syncing can copy the store half-written.",
        ),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Keep the store outside synced folders: start Ippo without --data-dir, or choose a "
            "local folder that is not synced.",
        ),
    ),
    "check.failed": (
        QT_TRANSLATE_NOOP("VenueCheck", "This check could not run: %1."),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Restart Ippo and check again. If this stays, tell whoever supports Ippo.",
        ),
    ),
    # -- the checks that need Qt --
    "screens.projector": (
        QT_TRANSLATE_NOOP("VenueCheck", "Projector: %1 %2. This screen: %3 %4."),
        "",
    ),
    "screens.one": (
        QT_TRANSLATE_NOOP("VenueCheck", "Only one screen: %1 %2."),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "Connect the projector, or use F5 to show the projector on this screen. "
            "If the projector shows the same picture as this screen, switch the display to "
            "Extend (Windows: Win+P).",
        ),
    ),
    "screens.none": (
        QT_TRANSLATE_NOOP("VenueCheck", "No screen was found."),
        QT_TRANSLATE_NOOP("VenueCheck", "Connect the projector, then check again."),
    ),
    "sound.ok": (QT_TRANSLATE_NOOP("VenueCheck", "The chimes play on %1."), ""),
    "sound.unavailable": (
        QT_TRANSLATE_NOOP("VenueCheck", "No sound: %1"),
        QT_TRANSLATE_NOOP(
            "VenueCheck",
            "The projector flashes instead of chiming. To hear the chimes, connect speakers or "
            "the projector's audio, turn the volume up, then check again.",
        ),
    ),
    "sound.muted": (
        QT_TRANSLATE_NOOP("VenueCheck", "The chimes are muted: no sound and no flash."),
        QT_TRANSLATE_NOOP("VenueCheck", "Unmute the chimes if the room should hear them."),
    ),
}

LEVEL_WORDS: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("VenueCheck", "OK"),
    "warning": QT_TRANSLATE_NOOP("VenueCheck", "Warning"),
    "problem": QT_TRANSLATE_NOOP("VenueCheck", "Problem"),
}

LEVEL_COLOURS = {"ok": "#2E7D32", "warning": "#B26A00", "problem": "#C62828"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# -- the Qt-side checks ----------------------------------------------------------------------


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
        return _qt_item("screens", "warning", "screens.none")
    here = next((s for s in screens if s.primary), screens[0])
    others = [s for s in screens if s is not here]
    if not others:
        return _qt_item("screens", "warning", "screens.one", here.name, here.size_text)
    projector = others[0]
    return _qt_item(
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
        return _qt_item("sound", "warning", "sound.muted")
    if not chimes.available:
        return _qt_item("sound", "warning", "sound.unavailable", chimes.reason)
    name = chimes.output_name() or "?"
    return _qt_item("sound", "ok", "sound.ok", name)


def _qt_item(check_id: str, level: Level, outcome: str, *args: object) -> CheckItem:
    return make_item(check_id, level, outcome, *args, titles=TITLES, outcomes=OUTCOMES)


def translated(item: CheckItem) -> tuple[str, str, str]:
    """(title, detail, advice) in the current language; the English texts for unknown keys."""
    title = _tr(TITLES[item.id]) if item.id in TITLES else item.title
    if item.outcome in OUTCOMES:
        detail, advice = OUTCOMES[item.outcome]
        return (
            title,
            fill(_tr(detail), *item.args),
            fill(_tr(advice), *item.args) if advice else "",
        )
    return title, item.detail, item.advice


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


# -- the dialog ------------------------------------------------------------------------------


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


class VenueCheckDialog(QDialog):
    """Shows the venue check; the caller passes the core's results and how to re-run them.

    Args:
        items: the results of :func:`app.venue_check.run_checks`.
        chimes: the app's chimes (a new :class:`Chimes` if ``None``).
        rerun: called by "Check again" to re-run the core's checks (button hidden if ``None``).
        screens: returns the screens (tests pass their own; Qt's by default).
    """

    def __init__(
        self,
        items: Sequence[CheckItem],
        chimes: Chimes | None = None,
        rerun: Callable[[], Sequence[CheckItem]] | None = None,
        screens: Callable[[], Sequence[ScreenInfo]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("venueCheckDialog")
        self.chimes = chimes if chimes is not None else Chimes(self)
        self._rerun = rerun
        self._screens = screens or current_screens
        self._core_items = list(items)
        self.items: list[CheckItem] = []
        self.rows: list[CheckRow] = []
        self.setMinimumWidth(MIN_WIDTH)

        self.summary = QLabel()
        self.summary.setObjectName("venueCheckSummary")
        self.summary.setWordWrap(True)
        big = QFont(self.summary.font())
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.15)
        self.summary.setFont(big)
        self.rows_widget = QWidget()
        self.rows_widget.setObjectName("venueCheckRows")
        self.list = QVBoxLayout(self.rows_widget)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(4)
        self.list.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.rows_widget)
        self.chime_status = QLabel()
        self.chime_status.setObjectName("chimeStatus")
        self.chime_status.setWordWrap(True)
        self.chime_status.hide()

        self.test_button = QPushButton()
        self.test_button.setObjectName("testChime")
        self.again_button = QPushButton()
        self.again_button.setObjectName("checkAgain")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.again_button.setVisible(rerun is not None)  # after addButton, which shows it
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test_chime)
        self.again_button.clicked.connect(self.check_again)

        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.chime_status)
        layout.addWidget(self.buttons)
        self._show_items()
        self.retranslate()
        self.fit_to_content()

    # -- content ---------------------------------------------------------------------------

    def _show_items(self) -> None:
        for row in self.rows:
            self.list.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        self.items = [
            *self._core_items,
            screens_item(self._safe_screens()),
            sound_item(self.chimes),
        ]
        for index, item in enumerate(self.items):
            row = CheckRow(item, self.rows_widget)
            self.list.insertWidget(index, row)
            row.show()  # a layout shows new children only later (queued): count them now
            self.rows.append(row)
        self._update_summary()

    def sizeHint(self) -> QSize:
        """Wide enough to read, tall enough to show every row without scrolling (if the screen
        allows: QWidget.adjustSize would stop at two thirds of it)."""
        layout = self._layout
        margins = layout.contentsMargins()
        width = max(self.minimumWidth(), PREFERRED_WIDTH)
        inner = width - margins.left() - margins.right()
        height = margins.top() + margins.bottom()
        shown = [self.summary, self.rows_widget, self.buttons]
        if not self.chime_status.isHidden():
            shown.append(self.chime_status)
        for widget in shown:
            for_width = widget.heightForWidth(inner)
            height += for_width if for_width >= 0 else widget.sizeHint().height()
        height += layout.spacing() * (len(shown) - 1)
        return QSize(width, height)

    def fit_to_content(self) -> None:
        """Resize to :meth:`sizeHint`, within the screen's available area."""
        hint = self.sizeHint()
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size() * 0.92
            hint = hint.boundedTo(room).expandedTo(QSize(self.minimumWidth(), 200))
        self.resize(hint)

    def _safe_screens(self) -> list[ScreenInfo]:
        try:
            return list(self._screens())
        except Exception:
            return []

    def _update_summary(self) -> None:
        worst = worst_level(self.items)
        if worst == "problem":
            text = self.tr("Not ready: fix the problems below before the workshop.")
        elif worst == "warning":
            text = self.tr("Ready, with warnings: read what to do below.")
        else:
            text = self.tr("Everything is ready.")
        self.summary.setText(text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Venue check"))
        self.test_button.setText(self.tr("Test the chime"))
        self.again_button.setText(self.tr("Check again"))
        self.scroll_area.setAccessibleName(self.tr("Check results"))
        for row in self.rows:
            row.retranslate()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions ---------------------------------------------------------------------------

    def test_chime(self) -> None:
        """One stroke; says what happened (and updates the sound row)."""
        if self.chimes.muted:
            text = self.tr("The chimes are muted.")
        else:
            self.chimes.play(1)
            if self.chimes.available:
                text = fill(
                    self.tr("One stroke is playing on %1. Can the back of the room hear it?"),
                    self.chimes.output_name() or "?",
                )
            else:
                text = fill(
                    self.tr("No sound: %1 The projector flashes instead."), self.chimes.reason
                )
        self.chime_status.setText(text)
        self.chime_status.show()
        self._show_items()
        self.fit_to_content()

    def check_again(self) -> None:
        """Re-run the core's checks, look for sound again, re-read the screens."""
        if self._rerun is not None:
            try:
                self._core_items = list(self._rerun())
            except Exception as exc:
                self._core_items = [_qt_item("checks", "warning", "check.failed", exc)]
        self.chimes.retry()
        self.chime_status.hide()
        self._show_items()
        self.fit_to_content()

"""The venue check as a dialog: the core's checks plus what needs Qt (screens, sound).

Each result is a row with an icon *and* a word (OK / Warning / Problem: never colour alone),
the detail, and what to do. "Test the chime" sounds one stroke; "Check again" re-runs the
core's checks (through the callable the caller passes), looks for sound again and re-reads
the screens — for when the projector or the speakers were plugged in after opening.

The texts are in :mod:`ui.venue_check_texts`, the rows and the Qt-side checks in
:mod:`ui.venue_check_rows`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.venue_check_items import CheckItem, worst_level
from ui.chimes import Chimes
from ui.i18n import fill
from ui.venue_check_rows import (
    CheckRow,
    ScreenInfo,
    current_screens,
    qt_item,
    screens_item,
    sound_item,
)

MIN_WIDTH = 560
PREFERRED_WIDTH = 720


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
                self._core_items = [qt_item("checks", "warning", "check.failed", exc)]
        self.chimes.retry()
        self.chime_status.hide()
        self._show_items()
        self.fit_to_content()

"""The projector window: paints one :class:`ProjectorFrame` at a time, nothing else.

It accepts no other data (the frame is the privacy boundary, see ``app.projector_frame``) and
holds no business rule: the operator console builds frames and owns every action; this window
only reports Esc and F5. Geometry comes from ``ui.projector_layout`` and is recomputed only
when something other than the clock's digits changes, so the per-second repaint is cheap.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QShowEvent,
)
from PySide6.QtWidgets import QWidget

from app.projector_frame import ProjectorFrame
from app.run_state import FINAL_SECONDS, Phase
from ui.i18n import fill
from ui.projector_badges import PHASE_ICONS, Words
from ui.projector_boxes import ProjectorLayout, Shape
from ui.projector_layout import layout_frame
from ui.projector_theme import DARK, PhaseColors, ProjectorTheme

FLASH_MS = 600
PULSE_MS = 2400
_PULSE_STEPS = 32  # the pulse repaints only when its colour visibly changes


def _clock_shape(clock: str) -> str:
    return "".join("0" if ch.isdigit() else ch for ch in clock)


def _mix(a: str, b: str, t: float) -> QColor:
    ca, cb = QColor(a), QColor(b)
    return QColor.fromRgbF(
        ca.redF() + (cb.redF() - ca.redF()) * t,
        ca.greenF() + (cb.greenF() - ca.greenF()) * t,
        ca.blueF() + (cb.blueF() - ca.blueF()) * t,
    )


def _paint_shape(painter: QPainter, shape: Shape) -> None:
    """Fill ``shape`` with the painter's brush, inside its rectangle: drawn outlines, never
    font glyphs, so a phase icon looks the same whatever fonts the laptop has. The round and
    square icons share one inset box, as ● and ■ do in a font."""
    r = shape.rect
    c = r.center()
    if shape.kind == "pause":
        bar = QRectF(r)
        bar.setWidth(r.width() * 0.36)
        painter.drawRect(bar)
        painter.drawRect(bar.translated(r.width() * 0.64, 0))
    elif shape.kind in ("circle", "ring"):
        disc = r.adjusted(*_inset(r, 0.08))
        path = QPainterPath()
        path.addEllipse(disc)
        if shape.kind == "ring":  # odd-even fill: the inner disc is a hole
            path.addEllipse(disc.adjusted(*_inset(disc, 0.22)))
        painter.drawPath(path)
    elif shape.kind == "triangle":
        corners = [(c.x(), r.top()), (r.right(), r.bottom()), (r.left(), r.bottom())]
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in corners]))
    elif shape.kind == "diamond":
        corners = [(c.x(), r.top()), (r.right(), c.y()), (c.x(), r.bottom()), (r.left(), c.y())]
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in corners]))
    elif shape.kind == "square":
        painter.drawRect(r.adjusted(*_inset(r, 0.08)))  # as wide as the circle
    else:
        painter.drawRoundedRect(r, shape.radius, shape.radius)


def _inset(rect: QRectF, share: float) -> tuple[float, float, float, float]:
    d = rect.width() * share
    return d, d, -d, -d


class ProjectorWindow(QWidget):
    """The room-facing window. Feed it frames with :meth:`set_frame`.

    Signals:
        escape_pressed: Esc was pressed (the console leaves full screen).
        fullscreen_requested: F5 was pressed (the console shows it full screen).
    """

    escape_pressed = Signal()
    fullscreen_requested = Signal()

    def __init__(self, theme: ProjectorTheme = DARK, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(160, 90)
        self._theme = theme
        self._frame: ProjectorFrame | None = None
        self._words = Words("", "")
        self._layout: ProjectorLayout | None = None
        self._layout_key: object = None
        self._page = 0
        self._pulse_level = 0
        self._default_title = ""

        self._flash = QVariantAnimation(self)
        self._flash.setStartValue(1.0)
        self._flash.setEndValue(0.0)
        self._flash.setDuration(FLASH_MS)
        self._flash.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._flash.valueChanged.connect(self._repaint)
        self._flash.finished.connect(self._repaint)

        self._pulse = QVariantAnimation(self)
        self._pulse.setStartValue(0.0)
        self._pulse.setKeyValueAt(0.5, 1.0)
        self._pulse.setEndValue(0.0)
        self._pulse.setDuration(PULSE_MS)
        self._pulse.setLoopCount(-1)
        self._pulse.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._pulse.valueChanged.connect(self._on_pulse)
        self.retranslate()

    # -- public API -----------------------------------------------------------------------

    def set_frame(self, frame: ProjectorFrame) -> None:
        """Show ``frame``. Only a change of the clock's digits repaints the clock alone.

        Raises:
            TypeError: ``frame`` is not a :class:`ProjectorFrame` (the privacy boundary).
        """
        if not isinstance(frame, ProjectorFrame):
            raise TypeError(f"the projector shows a ProjectorFrame only, not {type(frame)}")
        previous, self._frame = self._frame, frame
        self._words = self._words_for(frame)
        if frame.flash and not (previous and previous.flash) and not frame.blackout:
            self._flash.stop()
            self._flash.start()
        self._update_pulse()
        if self._layout is not None and self._key() == self._layout_key:
            if previous is not None and previous.clock != frame.clock and self._layout.clock:
                self.update(self._layout.clock.rect.toAlignedRect().adjusted(-2, -2, 2, 2))
            return
        self._layout = None
        self.update()

    def frame(self) -> ProjectorFrame | None:
        """The frame on screen."""
        return self._frame

    def set_theme(self, theme: ProjectorTheme) -> None:
        """Switch the colours (the layout stays)."""
        self._theme = theme
        self.update()

    def theme(self) -> ProjectorTheme:
        return self._theme

    def set_group_page(self, page: int) -> None:
        """Show page ``page`` (from 0) of the group cards; clamped to the pages there are."""
        self._page = page
        self._ensure_layout()
        self.update()

    def group_page(self) -> int:
        """The group page on screen (0 when there are no groups)."""
        return self._ensure_layout().page

    def group_pages(self) -> int:
        """How many pages the group cards take at this window size (0 without groups)."""
        return self._ensure_layout().pages

    def text_rects(self) -> dict[str, QRect]:
        """Each text's key -> the rectangle it was given."""
        layout = self._ensure_layout()
        rects = {t.key: t.rect.toAlignedRect() for t in layout.texts}
        if layout.clock is not None:
            rects["clock"] = layout.clock.rect.toAlignedRect()
        return rects

    def needed_rects(self) -> dict[str, QRect]:
        """Each text's key -> the rectangle it needs at its chosen size, where it is drawn.

        Nothing is clipped when each needed rectangle lies inside the one it was given. For
        the clock this is the ink of the digits.
        """
        layout = self._ensure_layout()
        rects = {t.key: t.needed.toAlignedRect() for t in layout.texts}
        if layout.clock is not None:
            rects["clock"] = layout.clock.needed.toAlignedRect()
        return rects

    def phase_icon(self) -> tuple[str, QRect] | None:
        """The phase icon on screen — its shape (see ``PHASE_ICONS``) and the box it fills —
        or None when the phase has none (finished) or nothing is shown."""
        kinds = set(PHASE_ICONS.values())
        for shape in self._ensure_layout().shapes:
            if shape.kind in kinds:
                return shape.kind, shape.rect.toAlignedRect()
        return None

    def phase_words(self) -> Words:
        """The words on screen for the phase and the paused badge."""
        return self._words

    def background_color(self) -> QColor:
        """The background colour painted now (the pulse included)."""
        if self._frame is None or self._frame.blackout:
            return QColor(self._theme.blackout)
        colors = self._theme.colors(self._frame.phase)
        return _mix(colors.background, colors.pulse, self._pulse_level / _PULSE_STEPS)

    def is_flashing(self) -> bool:
        return self._flash.state() == QVariantAnimation.State.Running

    def is_pulsing(self) -> bool:
        return self._pulse.state() == QVariantAnimation.State.Running

    def retranslate(self) -> None:
        """Re-apply the window's own words in the current language."""
        title = self.tr("Ippo – Projector")
        if self.windowTitle() in ("", self._default_title):  # not one the app set
            self.setWindowTitle(title)
        self._default_title = title
        self._phase_words = {
            Phase.NOT_STARTED: self.tr("Starting soon"),
            Phase.CALM: self.tr("Time left"),
            Phase.WARNING: self.tr("Almost time"),
            Phase.FINAL: fill(self.tr("Last %1 seconds"), FINAL_SECONDS),
            Phase.OVERTIME: self.tr("Over time"),
            Phase.FINISHED: self.tr("Finished"),
        }
        self._time_is_up = self.tr("Time is up")
        self._paused_word = self.tr("Paused")
        if self._frame is not None:
            self.set_frame(self._frame)

    # -- internals ------------------------------------------------------------------------

    def _words_for(self, frame: ProjectorFrame) -> Words:
        status = self._phase_words[frame.phase]
        if frame.phase == Phase.FINAL and not any(ch in "123456789" for ch in frame.clock):
            status = self._time_is_up
        return Words(status, self._paused_word)

    def _key(self) -> object:
        frame = self._frame
        if frame is None:
            return None
        shape = dataclasses.replace(frame, clock=_clock_shape(frame.clock), flash=False)
        return (self.width(), self.height(), shape, self._words, self._page)

    def _ensure_layout(self) -> ProjectorLayout:
        key = self._key()
        if self._layout is None or key != self._layout_key:
            if self._frame is None:
                self._layout = ProjectorLayout()
            else:
                self._layout = layout_frame(self.size(), self._frame, self._words, self._page)
                self._page = self._layout.page
            self._layout_key = self._key()
        return self._layout

    def _update_pulse(self) -> None:
        frame = self._frame
        wanted = (
            frame is not None
            and frame.phase == Phase.OVERTIME
            and not frame.blackout
            and self.isVisible()
        )
        if wanted and not self.is_pulsing():
            self._pulse.start()
        elif not wanted and self.is_pulsing():
            self._pulse.stop()
            self._pulse_level = 0
            self.update()

    def _repaint(self, *_: object) -> None:
        self.update()

    def _on_pulse(self, value: float) -> None:
        level = round(value * _PULSE_STEPS)
        if level != self._pulse_level:
            self._pulse_level = level
            self.update()

    # -- Qt events ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), self.background_color())
        frame = self._frame
        if frame is None or frame.blackout:
            return
        layout = self._ensure_layout()
        colors = self._theme.colors(frame.phase)
        painter.setPen(Qt.PenStyle.NoPen)
        dirty = QRectF(event.rect())  # a clock tick repaints the clock's rectangle only
        for shape in layout.shapes:
            if not dirty.intersects(shape.rect):
                continue
            painter.setBrush(QColor(getattr(colors, shape.role)))
            _paint_shape(painter, shape)
        for text in layout.texts:
            if not dirty.intersects(text.rect):
                continue
            painter.setPen(QColor(getattr(colors, text.role)))
            painter.setFont(text.font)
            if text.layout is not None:
                text.layout.draw(painter, text.origin)
            for point, line in text.runs:
                painter.drawText(point, line)
        if layout.clock is not None:
            self._paint_clock(painter, layout, colors, frame)
        if self.is_flashing():
            flash = QColor(self._theme.flash)
            flash.setAlphaF(0.9 * float(self._flash.currentValue()))
            painter.fillRect(self.rect(), flash)

    def _paint_clock(
        self, painter: QPainter, layout: ProjectorLayout, colors: PhaseColors, frame: ProjectorFrame
    ) -> None:
        clock = layout.clock
        assert clock is not None
        color = QColor(colors.clock_paused if frame.paused else colors.clock)
        metrics = QFontMetricsF(clock.font)
        path = QPainterPath()
        for (left, width), ch in zip(clock.cells, frame.clock, strict=False):
            if ch not in clock.ink:
                ink = metrics.tightBoundingRect(ch)
                clock.ink[ch] = (ink.left(), ink.width())
            bearing, ink_width = clock.ink[ch]
            x = left + (width - ink_width) / 2 - bearing
            path.addText(QPointF(x, clock.baseline), clock.font, ch)
        pen = QPen(color, clock.stroke)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(color)
        painter.drawPath(path)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
        elif event.key() == Qt.Key.Key_F5:
            self.fullscreen_requested.emit()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_pulse()

    def hideEvent(self, event: QHideEvent) -> None:
        self._pulse.stop()
        self._flash.stop()
        super().hideEvent(event)

"""Printing a sheet PDF through the system's print path (QtPdf renders, QPrinter prints), and
the background job that keeps long printing work off the GUI thread.

Qt cannot hand a PDF's vectors to a printer, and the venue laptop may have no PDF viewer, so
each page is rendered by PDFium (QtPdf) at the printer's resolution and drawn at the page's
true size: 100 %, centred, scaled down only when the paper is smaller than the sheet. The
resolution is capped at :data:`MAX_DPI` — 600 dpi is as sharp as office printers print text,
while a 1200-dpi A4 page would be a 560 MB image. Pages are rendered on white (PDFium leaves
the background transparent, which some printer drivers turn black).

Nothing here opens a network connection; the printer is whatever the system print dialog chose.
Safe on a worker thread: QPainter may paint on a QPrinter outside the GUI thread, and the
QPdfDocument is created, used and closed on the calling thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRectF,
    QRunnable,
    QSize,
    QSizeF,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import QT_TRANSLATE_NOOP, UserError
from reports.one_sheet import MissingChar
from ui.i18n import fill
from ui.tones import set_tone

MAX_DPI = 600
MAX_TABLE_HEIGHT = 170  # about six rows; more scroll
CUT_LINES = 8  # sheets listed by name under "shortened"; the rest are counted
POINTS_PER_INCH = 72.0
Progress = Callable[[int, int], bool]
log = logging.getLogger(__name__)


NOTE_STYLES = {
    "ok": "color: #1e5631; background: #e8f5e9; border: 1px solid #81c784; padding: 6px;",
    "warn": "color: #5c3d00; background: #fff4d6; border: 1px solid #e0a800; padding: 6px;",
    "error": "color: #8e1c1c; background: #fdecea; border: 1px solid #c62828; padding: 6px;",
    "busy": "padding: 6px;",  # in the muted tone (ui/tones.py)
}


#: The sheet's field keys (as :class:`SheetReport` and :class:`MissingChar` name them).
FIELD_TEXTS = {
    "workshop": QT_TRANSLATE_NOOP("SheetReport", "Workshop title"),
    "name": QT_TRANSLATE_NOOP("SheetReport", "Name"),
    "department": QT_TRANSLATE_NOOP("SheetReport", "Department"),
    "experiences": QT_TRANSLATE_NOOP("SheetReport", "Experiences"),
    "strengths": QT_TRANSLATE_NOOP("SheetReport", "Strengths (Can)"),
    "values": QT_TRANSLATE_NOOP("SheetReport", "Values (Will)"),
    "expectations": QT_TRANSLATE_NOOP("SheetReport", "What others expect of me (Must)"),
    "partner_noticed": QT_TRANSLATE_NOOP("SheetReport", "What my partner noticed (Relation)"),
    "identity": QT_TRANSLATE_NOOP("SheetReport", "Who I am (Identity)"),
    "target_state": QT_TRANSLATE_NOOP("SheetReport", "The state I aim for"),
    "themes": QT_TRANSLATE_NOOP("SheetReport", "Learning themes"),
    "step_what": QT_TRANSLATE_NOOP("SheetReport", "What I will do"),
    "step_supporter": QT_TRANSLATE_NOOP("SheetReport", "Who supports me"),
}
CUT_NOTE = QT_TRANSLATE_NOOP(
    "SheetReport",
    "Some text does not fit on the paper and is shortened (the full text stays in the record).",
)
COLUMNS = (
    QT_TRANSLATE_NOOP("SheetReport", "Person"),
    QT_TRANSLATE_NOOP("SheetReport", "Field"),
    QT_TRANSLATE_NOOP("SheetReport", "Character"),
    QT_TRANSLATE_NOOP("SheetReport", "Code point"),
)
MISSING_NOTE = QT_TRANSLATE_NOOP(
    "SheetReport",
    "These characters are in no font Ippo has and print as 〓. For a name, set a print name "
    "(Edit participant › Print name); elsewhere, change the text in the worksheet.",
)


def report_text(text: str) -> str:
    """``text`` translated in the ``SheetReport`` context (the notes above, the field names)."""
    return QCoreApplication.translate("SheetReport", text)


def field_text(key: str) -> str:
    """A sheet field's name for people (the key itself for a field this list does not know)."""
    return report_text(FIELD_TEXTS[key]) if key in FIELD_TEXTS else key


def set_note(label: QLabel, text: str, kind: str) -> None:
    """A boxed message (``kind``: a key of :data:`NOTE_STYLES`); hidden when empty."""
    label.setText(text)
    label.setStyleSheet(NOTE_STYLES[kind])
    set_tone(label, "muted" if kind == "busy" else None)
    label.setVisible(bool(text))


class MissingTable(QTableWidget):
    """Characters that could not be drawn: person, field, character, code point."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        # Equal shares of the dialog's width: sizing to contents clips the themed (capitalised)
        # header labels of short columns.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([report_text(text) for text in COLUMNS])

    def show_missing(self, missing: Sequence[MissingChar]) -> None:
        self.setRowCount(len(missing))
        for row, item in enumerate(missing):
            for column, text in enumerate(
                (item.participant, field_text(item.field), item.char, item.codepoint)
            ):
                self.setItem(row, column, QTableWidgetItem(text))
        self.resizeRowsToContents()
        rows = self.verticalHeader().length() + self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(min(MAX_TABLE_HEIGHT, rows + 2 * self.frameWidth() + 2))
        self.setVisible(bool(missing))

    def rows(self) -> list[tuple[str, ...]]:
        """The table's texts, row by row."""
        return [
            tuple(item.text() if (item := self.item(r, c)) else "" for c in range(4))
            for r in range(self.rowCount())
        ]


class ReportPanel(QWidget):
    """What did not print as written: the sheets with shortened text, the missing characters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cut_note, self.missing_note = QLabel(), QLabel()
        self.missing_table = MissingTable()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.cut_note, self.missing_note, self.missing_table):
            layout.addWidget(widget)
        self.cut_note.setWordWrap(True)
        self.missing_note.setWordWrap(True)
        self.cut: tuple[tuple[str, tuple[str, ...]], ...] = ()
        self.missing: tuple[MissingChar, ...] = ()
        self.show_report((), ())

    def show_report(
        self, cut: Sequence[tuple[str, Sequence[str]]], missing: Sequence[MissingChar]
    ) -> None:
        """``cut``: (sheet label, field keys) per sheet with shortened text."""
        self.cut = tuple((name, tuple(fields)) for name, fields in cut)
        self.missing = tuple(missing)
        lines = [
            f"{name}: {'、'.join(field_text(f) for f in fields)}"
            for name, fields in self.cut[:CUT_LINES]
        ]
        if len(self.cut) > CUT_LINES:
            more = QCoreApplication.translate("SheetReport", "… and %1 more sheets")
            lines.append(fill(more, len(self.cut) - CUT_LINES))
        set_note(self.cut_note, "\n".join([report_text(CUT_NOTE), *lines]) if lines else "", "warn")
        set_note(self.missing_note, report_text(MISSING_NOTE) if missing else "", "warn")
        self.missing_table.show_missing(self.missing)
        self.setVisible(bool(self.cut or self.missing))

    def retranslate(self) -> None:
        self.missing_table.retranslate()
        self.show_report(self.cut, self.missing)


def printer_for(paper: tuple[float, float], title: str = "") -> QPrinter:
    """A high-resolution printer set to the sheet's paper (portrait), for the print dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = QPageSize(QSizeF(*paper), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    if title:
        printer.setDocName(title)
    return printer


def render_page(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """One page as an opaque image at ``dpi`` (white where the page draws nothing)."""
    points = document.pagePointSize(page)
    scale = dpi / POINTS_PER_INCH
    size = QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))
    image = document.render(page, size)
    if image.isNull():
        raise UserError(
            QCoreApplication.translate(
                "SheetPrinter", "The sheet could not be prepared for the printer."
            ),
            QCoreApplication.translate(
                "SheetPrinter", "Close other programs to free memory, then print again."
            ),
        )
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), QColor("white"))
    painter.end()
    image.convertTo(QImage.Format.Format_RGB32)
    return image


class SheetPrinter:
    """Prints PDF files on a QPrinter (tests print to a PDF file offscreen)."""

    @staticmethod
    def print_pdf(
        pdf_path: Path,
        printer: QPrinter,
        progress: Callable[[int, int], bool] | None = None,
    ) -> int:
        """Print every page of ``pdf_path``; returns the number of pages sent.

        Args:
            pdf_path: A PDF written by Ippo (any PDF works).
            printer: Set up by the print dialog (or by a test).
            progress: Called with (pages done, pages) after each page; False stops the job
                (the printer is told to abort, so nothing half-printed comes out).

        Raises:
            UserError: the PDF cannot be read, or the printer refuses to start.
        """
        document = QPdfDocument()
        try:
            if document.load(str(pdf_path)) != QPdfDocument.Error.None_:
                raise UserError(
                    QCoreApplication.translate(
                        "SheetPrinter", "The sheet's PDF could not be read for printing."
                    ),
                    QCoreApplication.translate(
                        "SheetPrinter", "Close this window and open the preview again."
                    ),
                    path=Path(pdf_path),
                )
            return _print_document(document, printer, progress)
        finally:
            document.close()


def _print_document(
    document: QPdfDocument, printer: QPrinter, progress: Callable[[int, int], bool] | None
) -> int:
    pages = document.pageCount()
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            QCoreApplication.translate("SheetPrinter", "The printer could not be started."),
            QCoreApplication.translate(
                "SheetPrinter",
                "Check that the printer is switched on and connected, or choose another one.",
            ),
        )
    printed = 0
    try:
        resolution = float(printer.resolution())
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for page in range(pages):
            if page and not printer.newPage():
                raise UserError(
                    QCoreApplication.translate(
                        "SheetPrinter", "The printer stopped accepting pages."
                    ),
                    QCoreApplication.translate(
                        "SheetPrinter", "Check the printer, then print again."
                    ),
                )
            points = document.pagePointSize(page)
            width = points.width() * resolution / POINTS_PER_INCH
            height = points.height() * resolution / POINTS_PER_INCH
            fit = min(1.0, paper.width() / width, paper.height() / height)
            width, height = width * fit, height * fit
            target = QRectF(
                (paper.width() - width) / 2, (paper.height() - height) / 2, width, height
            )
            image = render_page(document, page, min(resolution, MAX_DPI) * fit)
            painter.drawImage(target, image)
            printed += 1
            if progress is not None and not progress(printed, pages):
                printer.abort()
                break
    finally:
        painter.end()
    return printed


class _Runnable(QRunnable):
    def __init__(self, job: BackgroundJob) -> None:
        super().__init__()
        self.job = job  # keeps the job alive until it has reported

    def run(self) -> None:
        self.job.run()


class BackgroundJob(QObject):
    """Runs ``work(progress)`` off the GUI thread and reports back on it through signals.

    ``work`` gets ids and plain values and opens its own store sessions; what it returns (or
    raises) reaches the GUI thread in :attr:`succeeded` (or :attr:`failed`). ``progress``
    emits :attr:`progressed` and returns False once :meth:`cancel` was called. With
    ``synchronous=True`` (tests) the work runs inside :meth:`start`, signals included.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(
        self,
        work: Callable[[Progress], object],
        parent: QObject | None = None,
        *,
        synchronous: bool = False,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._synchronous = synchronous
        self._cancelled = threading.Event()
        self._pool: QThreadPool | None = None
        self._runnable: _Runnable | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def start(self) -> None:
        if self._synchronous:
            self.run()
            return
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._runnable = _Runnable(self)
        self._runnable.setAutoDelete(False)  # Python owns it (see self._runnable)
        self._pool.start(self._runnable)

    def cancel(self) -> None:
        self._cancelled.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the work has ended (for closing a window mid-job); True when it has."""
        return self._pool is None or self._pool.waitForDone(msecs)

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Exception as error:  # reported to the GUI thread, never lost in the worker
            if not isinstance(error, UserError):
                log.exception("a background job failed")
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)

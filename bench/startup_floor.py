"""The floor for the start-up benchmark: a bare PySide6 window with qt-material applied and
the same font registered, quitting after its first paint. Run by bench/startup.py."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

ROOT = Path(__file__).resolve().parents[1]


class QuitAfterPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"painted at {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "ipaexg.ttf"))
    from qt_material import apply_stylesheet

    with tempfile.TemporaryDirectory() as cache:
        apply_stylesheet(
            app, theme="light_blue.xml", invert_secondary=True,
            extra={"font_family": "IPAexGothic"}, parent=cache,
        )  # fmt: skip
        window = QMainWindow()
        window.setCentralWidget(QLabel("一歩"))
        window.resize(1280, 800)
        watcher = QuitAfterPaint()
        window.installEventFilter(watcher)
        window.show()
        return app.exec()


if __name__ == "__main__":
    sys.exit(main())

"""About Ippo: the version, where the data is kept, and the licences of what the app bundles.

Two tabs. "About": the app's name and version, the Python, Qt and PySide6 it runs on, the data
folder (selectable, with a button that opens it in the file manager) and whether the app runs
in portable mode. "Licences": the bundled components with their versions and licences, read
from ``resources/licenses/THIRD-PARTY.md`` (written by ``packaging/licenses.py`` from the
installed distributions, so the list is what the build carries), and the licence texts
themselves — the LGPL for Qt and PySide6, the IPA Font License, each library's own file.

The file manager is reached through :meth:`AboutDialog.open_url`, the one seam tests replace.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QEvent, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.paths import DataDir, resources_dir
from ui.i18n import fill

LIST_FILE = Path("licenses") / "THIRD-PARTY.md"
DEFAULT_SIZE = (760, 560)


@dataclass(frozen=True)
class BundledComponent:
    """One row of THIRD-PARTY.md; ``texts`` are paths relative to the resources folder."""

    name: str
    version: str
    licence: str
    texts: tuple[str, ...]


def read_components(path: Path) -> list[BundledComponent]:
    """The table of ``THIRD-PARTY.md`` (columns: component, version, licence, texts).

    Raises:
        OSError: when the file cannot be read.
    """
    components: list[BundledComponent] = []
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            if header_seen and components:
                break
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[0] == "Component":
            header_seen = True
            continue
        if not header_seen or set(cells[0]) <= {"-", ":"} or len(cells) < 4:
            continue
        texts = tuple(t.strip() for t in cells[3].split(",") if t.strip())
        components.append(BundledComponent(cells[0], cells[1], cells[2], texts))
    return components


class AboutDialog(QDialog):
    """Version, data folder and licences (see the module docstring).

    Args:
        data_dir: the data folder this Ippo uses (shown, and opened by "Open folder").
        parent: the main window.
        resources: the resources folder (tests pass their own; the app's by default).
    """

    def __init__(
        self,
        data_dir: DataDir,
        parent: QWidget | None = None,
        resources: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.data_dir = data_dir
        self.resources = resources or resources_dir()
        self.components: list[BundledComponent] = []
        self._list_problem = ""
        try:
            self.components = read_components(self.resources / LIST_FILE)
        except OSError as error:
            self._list_problem = str(error.strerror or error)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(), "")
        self.tabs.addTab(self._licences_tab(), "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.open_button.clicked.connect(self.open_data_folder)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_component(row))
        self.text_choice.currentIndexChanged.connect(self._show_text)
        self.retranslate()
        self._select_default_component()
        self.resize(*DEFAULT_SIZE)

    # -- the seam --------------------------------------------------------------------------

    @staticmethod
    def open_url(url: QUrl) -> bool:
        """Hand a folder to the system's file manager (tests replace this)."""
        return QDesktopServices.openUrl(url)

    # -- building --------------------------------------------------------------------------

    def _about_tab(self) -> QWidget:
        page = QWidget()
        self.title = QLabel("Ippo (一歩)")
        self.title.setObjectName("aboutTitle")
        self.title.setStyleSheet("font-size: 24px; font-weight: bold;")  # over the theme's
        self.icon = QLabel()
        icon = QGuiApplication.windowIcon()
        if not icon.isNull():
            self.icon.setPixmap(icon.pixmap(64, 64))
        self.icon.setVisible(not icon.isNull())
        self.version = QLabel()
        self.version.setObjectName("aboutVersion")
        self.version.setStyleSheet("font-size: 16px;")
        self.tagline = QLabel()
        self.tagline.setWordWrap(True)
        self.runtime = QLabel(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PySide6.__version__}"
        )
        self.runtime.setObjectName("aboutRuntime")
        self.runtime.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder = QLineEdit(str(self.data_dir.root))
        self.folder.setObjectName("aboutDataFolder")
        self.folder.setReadOnly(True)
        self.folder.setCursorPosition(0)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openDataFolder")
        self.mode = QLabel()
        self.mode.setObjectName("aboutMode")
        self.mode.setWordWrap(True)
        self.open_status = QLabel()
        self.open_status.setObjectName("openFolderStatus")
        self.open_status.setWordWrap(True)
        self.open_status.hide()

        heading = QHBoxLayout()
        heading.addWidget(self.icon)
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.version)
        heading.addLayout(names, 1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_button)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.runtime_label = QLabel()
        self.folder_label = QLabel()
        self.mode_label = QLabel()
        self.form.addRow(self.runtime_label, self.runtime)
        self.form.addRow(self.folder_label, folder_row)
        self.form.addRow("", self.open_status)
        self.form.addRow(self.mode_label, self.mode)
        layout = QVBoxLayout(page)
        layout.addLayout(heading)
        layout.addWidget(self.tagline)
        layout.addSpacing(12)
        layout.addLayout(self.form)
        layout.addStretch(1)
        return page

    def _licences_tab(self) -> QWidget:
        page = QWidget()
        self.licences_intro = QLabel()
        self.licences_intro.setWordWrap(True)
        self.table = QTableWidget(len(self.components), 3)
        self.table.setObjectName("componentTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, component in enumerate(self.components):
            for column, text in enumerate((component.name, component.version, component.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.text_choice = QComboBox()
        self.text_choice.setObjectName("licenceTextChoice")
        self.text = QPlainTextEdit()
        self.text.setObjectName("licenceText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        viewer = QWidget()
        viewer_layout = QVBoxLayout(viewer)
        viewer_layout.setContentsMargins(0, 0, 0, 0)
        viewer_layout.addWidget(self.text_choice)
        viewer_layout.addWidget(self.text, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(viewer)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(page)
        layout.addWidget(self.licences_intro)
        layout.addWidget(splitter, 1)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Ippo"))
        self.tabs.setTabText(0, self.tr("About"))
        self.tabs.setTabText(1, self.tr("Licences"))
        self.version.setText(fill(self.tr("Version %1"), __version__))
        self.tagline.setText(
            self.tr(
                "Runs career-ownership workshops: the stage clock, the projector, the "
                "worksheets and the one-page sheets. Works offline."
            )
        )
        self.runtime_label.setText(self.tr("Runs on:"))
        self.folder_label.setText(self.tr("Data folder:"))
        self.mode_label.setText(self.tr("Mode:"))
        self.open_button.setText(self.tr("Open folder"))
        exists = self.data_dir.root.is_dir()
        self.open_button.setEnabled(exists)
        self.open_button.setToolTip("" if exists else self.tr("The folder does not exist yet."))
        if self.data_dir.portable:
            self.mode.setText(self.tr("Portable: the data stays beside the app (for a USB stick)."))
        else:
            self.mode.setText(self.tr("Installed: the data stays in this user's folder."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        if self._list_problem:
            intro = fill(
                self.tr("The list of bundled components could not be read (%1). Reinstall Ippo."),
                self._list_problem,
            )
        else:
            intro = self.tr(
                "Ippo bundles these components. Qt and PySide6 are used under the GNU LGPL "
                "version 3 and can be replaced; the IPAex fonts are shipped unmodified under "
                "the IPA Font License. Choose a component to read its licence."
            )
        self.licences_intro.setText(intro)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour -------------------------------------------------------------------------

    def open_data_folder(self) -> None:
        """Open the data folder in the file manager; say so when the system refuses."""
        opened = self.open_url(QUrl.fromLocalFile(str(self.data_dir.root)))
        self.open_status.setVisible(not opened)
        if not opened:
            self.open_status.setText(
                self.tr("The folder could not be opened. Copy its path from the box above.")
            )

    def _select_default_component(self) -> None:
        """Qt first: its licence is the one with conditions a reader may look for."""
        names = [c.name for c in self.components]
        row = names.index("Qt") if "Qt" in names else 0
        if self.components:
            self.table.setCurrentCell(row, 0)
            self._show_component(row)

    def _show_component(self, row: int) -> None:
        self.text_choice.blockSignals(True)
        self.text_choice.clear()
        if 0 <= row < len(self.components):
            for path in self.components[row].texts:
                self.text_choice.addItem(Path(path).name, path)
        self.text_choice.blockSignals(False)
        self.text_choice.setVisible(self.text_choice.count() > 1)  # Qt: the LGPL and the GPL
        self._show_text(0)

    def _show_text(self, index: int) -> None:
        path = self.text_choice.itemData(index) if index >= 0 else None
        if not path:
            self.text.setPlainText(self.tr("No licence text was found for this component."))
            return
        try:
            text = (self.resources / path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = fill(self.tr("The licence text %1 is missing. Reinstall Ippo."), path)
        self.text.setPlainText(text)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def show_licence(self, component: str, text_name: str | None = None) -> bool:
        """Switch to the licences tab with ``component`` selected (and one of its texts by
        file name); whether it was found."""
        names = [c.name for c in self.components]
        if component not in names:
            return False
        self.tabs.setCurrentIndex(1)
        self.table.setCurrentCell(names.index(component), 0)
        if text_name is not None:
            index = self.text_choice.findText(text_name)
            if index < 0:
                return False
            self.text_choice.setCurrentIndex(index)
        return True

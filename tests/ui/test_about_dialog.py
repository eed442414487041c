"""The About dialog: version, data folder (and opening it), portable mode, the licences of what
the app bundles — and how it looks in Japanese, with a catalogue built here from the proposed
translations."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator, QUrl, qVersion
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import __version__
from app.paths import DataDir, resources_dir
from ui.about_dialog import LIST_FILE, AboutDialog, BundledComponent, read_components
from ui.i18n import install_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """These tests read the English source texts; the Japanese ones install a catalogue."""
    install_language("en")
    yield
    install_language("ja")


@pytest.fixture
def data_folder(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "Ippo データ").ensure()


def _dialog(qtbot: QtBot, data_dir: DataDir, **kwargs: object) -> AboutDialog:
    dialog = AboutDialog(data_dir, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_it_shows_the_version_the_runtime_and_the_data_folder(
    qtbot: QtBot, data_folder: DataDir
) -> None:
    dialog = _dialog(qtbot, data_folder)
    assert __version__ in dialog.version.text()
    assert "一歩" in dialog.title.text()
    assert f"Qt {qVersion()}" in dialog.runtime.text()
    assert "PySide6 " in dialog.runtime.text() and "Python 3." in dialog.runtime.text()
    assert dialog.folder.text() == str(data_folder.root)
    assert dialog.folder.isReadOnly()  # selectable, copyable, not editable
    assert dialog.mode.text().startswith("Installed")


def test_portable_mode_is_shown(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, DataDir(tmp_path / "IppoData", portable=True).ensure())
    assert dialog.mode.text().startswith("Portable")


def test_open_folder_hands_the_data_folder_to_the_file_manager(
    qtbot: QtBot, data_folder: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(AboutDialog, "open_url", staticmethod(fake_open))
    dialog = _dialog(qtbot, data_folder)
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(data_folder.root))]
    assert opened[0].toLocalFile() == str(data_folder.root)
    assert dialog.open_status.isHidden()


def test_a_refused_open_says_to_copy_the_path(
    qtbot: QtBot, data_folder: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AboutDialog, "open_url", staticmethod(lambda url: False))
    dialog = _dialog(qtbot, data_folder)
    dialog.open_button.click()
    assert not dialog.open_status.isHidden()
    assert "Copy its path" in dialog.open_status.text()


def test_a_folder_that_does_not_exist_yet_cannot_be_opened(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, DataDir(tmp_path / "not-yet"))
    assert not dialog.open_button.isEnabled()
    assert dialog.open_button.toolTip()


def test_the_licences_of_qt_and_the_fonts_are_reachable(qtbot: QtBot, data_folder: DataDir) -> None:
    dialog = _dialog(qtbot, data_folder)
    names = [c.name for c in dialog.components]
    for needed in ("Qt", "PySide6_Essentials", "shiboken6", "reportlab", "SQLAlchemy"):
        assert needed in names
    # Qt is selected first, with the LGPL shown.
    current = dialog.table.item(dialog.table.currentRow(), 0)
    assert current is not None and current.text() == "Qt"
    assert dialog.text.toPlainText().lstrip().startswith("GNU LESSER GENERAL PUBLIC LICENSE")
    assert dialog.show_licence("Qt", "GPL-3.0.txt")
    assert dialog.tabs.currentIndex() == 1
    assert dialog.text.toPlainText().lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert not dialog.text_choice.isHidden()  # two texts: a choice
    fonts = next(c.name for c in dialog.components if c.name.startswith("IPAex"))
    assert dialog.show_licence(fonts)
    assert "IPA Font License Agreement" in dialog.text.toPlainText()
    assert dialog.text_choice.isHidden()  # one text: nothing to choose
    assert dialog.show_licence("reportlab")
    assert "reportlab" in dialog.text.toPlainText().lower()
    assert not dialog.show_licence("no such thing")


def test_every_listed_licence_text_is_shipped() -> None:
    components = read_components(resources_dir() / LIST_FILE)
    assert len(components) > 10
    missing = [
        (c.name, path)
        for c in components
        for path in c.texts
        if not (resources_dir() / path).is_file()
    ]
    assert missing == []
    assert all(c.texts for c in components), "every component has its licence text"


def test_read_components_reads_the_table_only(tmp_path: Path) -> None:
    listing = tmp_path / "THIRD-PARTY.md"
    listing.write_text(
        "# Title\n\nSome | text\n\n"
        "| Component | Version | Licence | Licence text |\n|---|---|---|---|\n"
        "| Qt | 6.11.3 | LGPL-3.0-only | licenses/LGPL-3.0.txt, licenses/GPL-3.0.txt |\n"
        "| tiny | 1.0 | MIT |  |\n\n| later | table | is | ignored |\n",
        encoding="utf-8",
    )
    assert read_components(listing) == [
        BundledComponent(
            "Qt", "6.11.3", "LGPL-3.0-only", ("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt")
        ),
        BundledComponent("tiny", "1.0", "MIT", ()),
    ]


def test_a_missing_list_is_said_not_thrown(
    qtbot: QtBot, data_folder: DataDir, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, data_folder, resources=tmp_path / "empty")
    assert dialog.components == []
    assert "could not be read" in dialog.licences_intro.text()
    assert dialog.table.rowCount() == 0


def test_a_missing_text_file_is_said(qtbot: QtBot, data_folder: DataDir, tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    (resources / "licenses").mkdir(parents=True)
    (resources / LIST_FILE).write_text(
        "| Component | Version | Licence | Licence text |\n|---|---|---|---|\n"
        "| Qt | 6 | LGPL-3.0-only | licenses/LGPL-3.0.txt |\n",
        encoding="utf-8",
    )
    dialog = _dialog(qtbot, data_folder, resources=resources)
    assert "licenses/LGPL-3.0.txt is missing" in dialog.text.toPlainText()


# -- Japanese ---------------------------------------------------------------------------------

#: Proposed Japanese for every string of the dialog: the lead copies them into
#: ``resources/translations/ippo_ja.ts``; here they build a catalogue to see it in Japanese.
JA_PREVIEW: dict[tuple[str, str], str] = {
    ("AboutDialog", "About Ippo"): "Ippo について",
    ("AboutDialog", "About"): "情報",
    ("AboutDialog", "Licences"): "ライセンス",
    ("AboutDialog", "Version %1"): "バージョン %1",
    (
        "AboutDialog",
        "Runs career-ownership workshops: the stage clock, the projector, the worksheets and "
        "the one-page sheets. Works offline.",
    ): (
        "キャリアオーナーシップ研修の進行を支えます。ステージの時計、プロジェクター表示、"
        "ワークシート、1 枚シート。オフラインで動きます。"
    ),
    ("AboutDialog", "Runs on:"): "実行環境：",
    ("AboutDialog", "Data folder:"): "データフォルダー：",
    ("AboutDialog", "Mode:"): "モード：",
    ("AboutDialog", "Open folder"): "フォルダーを開く",
    ("AboutDialog", "The folder does not exist yet."): "このフォルダーはまだありません。",
    ("AboutDialog", "Portable: the data stays beside the app (for a USB stick)."): (
        "ポータブル：データはアプリと同じ場所に保存されます（USB メモリー用）。"
    ),
    ("AboutDialog", "Installed: the data stays in this user's folder."): (
        "インストール：データはこのユーザーのフォルダーに保存されます。"
    ),
    ("AboutDialog", "Component"): "コンポーネント",
    ("AboutDialog", "Version"): "バージョン",
    ("AboutDialog", "Licence"): "ライセンス",
    ("AboutDialog", "The list of bundled components could not be read (%1). Reinstall Ippo."): (
        "同梱コンポーネントの一覧を読み込めませんでした（%1）。Ippo を入れ直してください。"
    ),
    (
        "AboutDialog",
        "Ippo bundles these components. Qt and PySide6 are used under the GNU LGPL version 3 "
        "and can be replaced; the IPAex fonts are shipped unmodified under the IPA Font "
        "License. Choose a component to read its licence.",
    ): (
        "Ippo には次のコンポーネントが同梱されています。Qt と PySide6 は GNU LGPL バージョン 3 "
        "に基づいて使用しており、差し替えることができます。IPAex フォントは IPA フォント"
        "ライセンスに基づき、改変せずに同梱しています。コンポーネントを選ぶとライセンスを"
        "表示します。"
    ),
    ("AboutDialog", "The folder could not be opened. Copy its path from the box above."): (
        "フォルダーを開けませんでした。上の欄からパスをコピーしてください。"
    ),
    ("AboutDialog", "No licence text was found for this component."): (
        "このコンポーネントのライセンス文は見つかりませんでした。"
    ),
    ("AboutDialog", "The licence text %1 is missing. Reinstall Ippo."): (
        "ライセンス文 %1 がありません。Ippo を入れ直してください。"
    ),
}


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_every_string_has_a_proposed_japanese_text(tmp_path: Path) -> None:
    ts = tmp_path / "extract.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", "ui/about_dialog.py", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    found = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    assert found, "lupdate found nothing"
    assert found == set(JA_PREVIEW)


@contextmanager
def _japanese_catalogue(tmp_path: Path) -> Iterator[QTranslator]:
    """A catalogue made from ``JA_PREVIEW``, installed over the app's own while inside."""
    ts = tmp_path / "about_ja.ts"
    messages = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(japanese)}</translation></message>"
        for (_context, source), japanese in JA_PREVIEW.items()
    )
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ja_JP">'
        f"<context><name>AboutDialog</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "about_ja.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def japanese_preview(tmp_path: Path) -> Iterator[QTranslator]:
    with _japanese_catalogue(tmp_path) as translator:
        yield translator


def _save(dialog: AboutDialog, shots: Path, name: str) -> Path:
    path = shots / name
    assert dialog.grab().save(str(path))
    extra = os.environ.get("IPPO_SCREENSHOTS")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(extra) / name)
    return path


def test_the_dialog_in_japanese(
    qtbot: QtBot, data_folder: DataDir, shots: Path, japanese_preview: QTranslator
) -> None:
    """Look at the screenshots when the layout changes (IPPO_SCREENSHOTS=/tmp/about-shots)."""
    dialog = _dialog(qtbot, data_folder)
    dialog.show()
    QApplication.processEvents()
    assert dialog.windowTitle() == "Ippo について"
    assert dialog.open_button.text() == "フォルダーを開く"
    assert dialog.version.text() == f"バージョン {__version__}"
    assert dialog.open_button.width() >= dialog.open_button.sizeHint().width()
    assert _save(dialog, shots, "about-ja.png").stat().st_size > 0
    assert dialog.show_licence(next(c.name for c in dialog.components if "IPAex" in c.name))
    QApplication.processEvents()
    header = dialog.table.horizontalHeaderItem(2)
    assert header is not None and header.text() == "ライセンス"
    assert _save(dialog, shots, "about-ja-licences.png").stat().st_size > 0


def test_a_language_switch_retranslates_the_open_dialog(
    qtbot: QtBot, data_folder: DataDir, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, data_folder)
    assert dialog.tabs.tabText(1) == "Licences"
    with _japanese_catalogue(tmp_path):
        QApplication.processEvents()
        assert dialog.tabs.tabText(1) == "ライセンス"
    QApplication.processEvents()
    assert dialog.tabs.tabText(1) == "Licences"

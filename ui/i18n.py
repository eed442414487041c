"""Translations: Ippo's own strings and Qt's standard dialogs, Japanese by default.

Source strings are English; ``resources/translations/ippo_ja.qm`` carries the Japanese.
Python references to the translators are kept here: Qt does not own them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resources_dir
from app.placeholders import fill

__all__ = ["LANGUAGES", "fill", "install_language", "tr"]

LANGUAGES = ("ja", "en")
_installed: list[QTranslator] = []


def install_language(language: str) -> bool:
    """Switch the running app to ``language``; returns whether Ippo's catalogue was found.

    Installing or removing translators sends ``LanguageChange`` to every widget; each window
    re-applies its texts in ``retranslate()``.
    """
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Japanese if language == "ja" else QLocale.Language.English)
    )
    if language == "en":
        return True
    found = False
    ours = QTranslator()
    if ours.load(str(resources_dir() / "translations" / f"ippo_{language}.qm")):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
        found = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{language}", qt_dir):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    return found


def tr(context: str, text: str) -> str:
    """Translate outside a QObject (fixed context, as gotchas advise for base classes)."""
    return QCoreApplication.translate(context, text)

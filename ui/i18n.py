"""Translations: Ippo's own strings and Qt's standard dialogs, Japanese by default.

Source strings are English; ``resources/translations/ippo_ja.qm`` carries the Japanese.
Python references to the translators are kept here: Qt does not own them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.errors import CONTEXT as CORE_CONTEXT
from app.paths import resources_dir
from app.placeholders import fill

if TYPE_CHECKING:
    from app.errors import UserError

__all__ = ["LANGUAGES", "fill", "install_language", "tr", "user_error_text"]

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


def user_error_text(error: UserError) -> tuple[str, str]:
    """What happened and what to do, in the running language.

    The core keeps its messages English (the CLI and the logs want that) and hands over the
    templates with their values; this translates them in the ``Core`` context and fills them.
    A message the catalogue does not know (built by hand, ``UserError(str(exc))``) comes back
    as it was.
    """
    message, advice = error.message, error.advice
    if error.template:
        message = fill(tr(CORE_CONTEXT, error.template), *error.args)
    if error.advice_template:
        advice = fill(tr(CORE_CONTEXT, error.advice_template), *error.advice_args)
    return message, advice

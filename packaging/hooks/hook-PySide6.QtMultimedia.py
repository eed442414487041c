"""Ippo's hook for PySide6.QtMultimedia: PyInstaller's own, minus the Qt plugins Ippo never loads.

A plugin dropped here is never collected, so neither are the libraries only it links against
(see packaging/bundle.py QT_PLUGINS_KEPT). Hooks in the spec's hookspath replace the built-in one.
"""

import os
import sys

_HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from PyInstaller.utils.hooks.qt import add_qt6_dependencies  # noqa: E402

from bundle import keep_plugin  # noqa: E402

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if keep_plugin(dest, os.path.basename(src))]

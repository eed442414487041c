"""The frozen app's entry point: the same ``ippo`` command as ``ui.launch:main``.

PyInstaller needs a script to start from; this one only hands over to the launcher, so the
frozen app and ``.venv/bin/ippo`` run the same code.
"""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())

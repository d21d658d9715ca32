"""The frozen app's entry script: the same ``main`` as the ``synergy-explorer`` command."""

import sys

from synergy_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())

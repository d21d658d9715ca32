"""Allow ``python -m synergy_gui``."""

import sys

from synergy_gui.cli import main

sys.exit(main())

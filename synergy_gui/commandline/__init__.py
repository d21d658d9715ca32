"""The headless sub-commands of ``synergy-explorer``, one module each."""

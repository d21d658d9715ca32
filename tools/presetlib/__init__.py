"""Definitions of the shipped presets, one module per preset; ``make_presets.py`` writes them."""

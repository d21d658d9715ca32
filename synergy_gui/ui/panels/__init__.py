"""The window's panels: stimulus sliders, weights, inspector and the live simulation plot."""

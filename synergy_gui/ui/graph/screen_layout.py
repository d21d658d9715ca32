"""The diagram's geometry for one screen while presenting: nodes as wide as their labels need
in the large type, and the model's positions spread to fill the viewport (see spread.py)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSizeF

from synergy_gui.model import ModelDocument
from synergy_gui.ui.graph.node_label import whole_words_width
from synergy_gui.ui.graph.spread import Room, Spread, best_spread, height_slack
from synergy_gui.ui.graph.style import NodeMetrics, node_metrics

#: Room kept between nodes, as shares of a node's size: across for the arrows and their
#: weights, down for the arrows between rows.
GAP_ACROSS = 0.32
GAP_DOWN = 0.22
#: Padding of the label inside the node (NodeMetrics.label_area) plus a pixel to spare.
LABEL_PADDING = 17.0
#: The view's margin around a fitted diagram (view.FIT_MARGIN) and the difference badge that
#: stands above a node, in scene units per unit of text scale.
FIT_MARGIN = 40.0
BADGE_RISE = 13.0
#: Where the width limits the fit, nodes grow taller into the height left over, at most
#: this many times (a shortened label then keeps more lines).
MOST_TALLER = 1.8


def screen_geometry(
    document: ModelDocument, text_scale: float, viewport: QSizeF
) -> tuple[NodeMetrics, Spread]:
    """Node sizes and spread that show ``document`` largest in ``viewport`` at ``text_scale``."""
    usual = node_metrics(text_scale)
    needed = max(
        (whole_words_width(c.label, usual.label_pixels) for c in document.constructs),
        default=0.0,
    )
    width = max(usual.width, needed + LABEL_PADDING)
    metrics = node_metrics(text_scale, width)
    centres = np.array([c.position for c in document.constructs], dtype=float)
    spread = best_spread(centres, _room(metrics, text_scale, viewport))
    slack = height_slack(centres, spread, _room(metrics, text_scale, viewport))
    if slack > 1.1:  # the width limits the fit: taller nodes hold more lines of label
        taller = metrics.height * min(slack * 0.95, MOST_TALLER)
        metrics = node_metrics(text_scale, width, taller)
        spread = best_spread(centres, _room(metrics, text_scale, viewport))
    return metrics, spread


def _room(metrics: NodeMetrics, text_scale: float, viewport: QSizeF) -> Room:
    return Room(
        node_width=metrics.width,
        node_height=metrics.height,
        gap_x=GAP_ACROSS * metrics.width,
        gap_y=GAP_DOWN * metrics.height,
        margin=FIT_MARGIN + BADGE_RISE * text_scale,
        viewport_width=viewport.width(),
        viewport_height=viewport.height(),
    )


__all__ = ["screen_geometry"]

"""How big the diagram is drawn: its extent, the size of its labels on screen, the detail
it keeps when they are small, and its layout for a presentation screen (a mixin of
GraphScene, which owns the mirror, the view state and the zoom)."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSizeF

from synergy_gui.ui.graph.screen_layout import screen_geometry
from synergy_gui.ui.graph.spread import IDENTITY
from synergy_gui.ui.graph.style import LABEL_PIXELS, PILL_FLOOR_PIXELS, node_metrics


class SceneGeometry:
    """The diagram's sizes and detail, for :class:`~synergy_gui.ui.graph.scene.GraphScene`."""

    def lay_out_for(self, viewport: QSizeF | None) -> None:
        """Lay the diagram out to fill a viewport of this size, with nodes as wide as their
        labels need (presenting), or as the model places it (None)."""
        self._screen = viewport
        self._apply_geometry()

    def _apply_geometry(self) -> None:
        text_scale = self.view_state.text_scale if self.view_state is not None else 1.0
        if self._screen is None or self.document is None:
            metrics, spread = node_metrics(text_scale), IDENTITY
        else:
            metrics, spread = screen_geometry(self.document, text_scale, self._screen)
        if metrics is self.mirror.metrics and spread == self.mirror.spread:
            return
        self.mirror.set_metrics(metrics)
        self.mirror.set_spread(spread)
        self.mirror.reroute()  # now: a fit that follows measures the routed diagram
        self._decide_detail()
        self._refit_pending = True

    def set_zoom(self, zoom: float) -> None:
        """Told by the view when its scale changes: items choose their caching and how much
        detail they draw by it."""
        self._zoom = zoom
        if abs(zoom - self.mirror.zoom) > 0.05 * self.mirror.zoom:
            self.mirror.set_zoom(zoom)
        self._decide_detail()

    def _decide_detail(self) -> None:
        """Less detail rather than illegible text: weights go first, then nodes turn compact
        (a shortened label in a font that reaches the legibility floor on screen)."""
        zoom, metrics = self._zoom, self.mirror.metrics
        pills = metrics.small_pixels * zoom >= PILL_FLOOR_PIXELS
        fullest = min(
            (item.full_label_pixels for item in self.mirror.constructs.values()),
            default=metrics.label_pixels,
        )
        compact = None
        if fullest * zoom < self.label_floor:
            compact = math.ceil(self.label_floor / zoom - 1e-9)
        self.mirror.set_detail(compact, pills)

    def diagram_rect(self) -> QRectF:
        """The scene area of every construct, junction and path with its weight and badges.

        Items a story step hides count too, so the diagram keeps its place from step to step.
        """
        area = QRectF()
        mirror = self.mirror
        for node in mirror.constructs.values():  # not the connect knob, drawn only on hover
            own = node.metrics.body_area.united(node.metrics.badge)
            area = area.united(node.mapRectToScene(own))
        for item in (*mirror.junctions.values(), *mirror.paths.values()):
            own = item.boundingRect().united(item.childrenBoundingRect())
            area = area.united(item.mapRectToScene(own))
        return area

    def label_pixel_size(self, zoom: float) -> float:
        """The on-screen height of the smallest node label's text at ``zoom``."""
        sizes = [item.label_font.pixelSize() for item in self.mirror.constructs.values()]
        return min(sizes, default=LABEL_PIXELS) * zoom

    def full_label_pixel_size(self, zoom: float) -> float:
        """The on-screen height of the smallest node label at ``zoom`` if every node were
        drawn in full (not compact)."""
        sizes = [item.full_label_pixels for item in self.mirror.constructs.values()]
        return min(sizes, default=LABEL_PIXELS) * zoom

    def shown_label_share(self) -> float:
        """How much of the node labels is drawn, as the mean share of their letters (1.0:
        every label whole; compact nodes elide)."""
        shares = [
            min(
                1.0,
                len("".join(item.lines).replace("…", "").replace(" ", ""))
                / max(1, len(item.label.replace(" ", ""))),
            )
            for item in self.mirror.constructs.values()
        ]
        return sum(shares) / len(shares) if shares else 1.0

    def set_label_floor(self, pixels: float) -> None:
        """Draw nodes compact (a shortened label in a font this large on screen) when their
        full labels would be smaller than ``pixels``."""
        self.label_floor = pixels
        self._decide_detail()


__all__ = ["SceneGeometry"]

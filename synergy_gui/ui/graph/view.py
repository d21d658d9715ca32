"""The diagram's view: zoom with the wheel or keys, pan with the middle button or space+drag."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPixmapCache
from PySide6.QtWidgets import QGraphicsTextItem, QGraphicsView

from synergy_gui.ui.graph.scene import GraphScene

ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.15, 4.0
#: fit_all never enlarges beyond this, so a tiny model does not fill the screen with one box.
MAX_FIT_ZOOM = 1.6
#: fit_all never shrinks below this either: node labels (12 to 15 units) stay about 7 px or
#: more on screen and weights stay readable; scroll bars reach the rest of a big diagram.
MIN_FIT_ZOOM = 0.6
FIT_MARGIN = 40.0
PIXMAP_CACHE_KB = 96 * 1024


class GraphView(QGraphicsView):
    """A view of a :class:`GraphScene` with zoom, pan and fit-to-window."""

    def __init__(self, scene: GraphScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # Many level bars change at once on every time-cursor tick: tracking them as a region
        # (the smart mode) costs more than repainting their bounding rectangle from caches.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)  # item caches of a big model must fit
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        # Always shown: bars shown as needed flipped on and off forever when the diagram
        # fitted only without the other bar (a layout loop that froze the window).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPoint | None = None
        scene.sceneRectChanged.connect(lambda _rect: self._cover())

    # ------------------------------------------------------------ zoom
    @property
    def zoom(self) -> float:
        """The current scale (1 = one scene unit per pixel)."""
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        factor = zoom / self.zoom
        if abs(factor - 1) > 1e-9:
            self.scale(factor, factor)
            self._cover()
        self._tell_zoom()

    def _cover(self) -> None:
        """Scroll over the scene's rect and whatever is on screen now.

        A view centres a scene smaller than itself, so a scene rect that grows or shrinks
        would move the whole diagram; covering what is shown (less a fraction of a pixel, so
        no scroll bar appears for it) keeps the diagram in place.
        """
        scene = self.scene()
        if scene is None:
            return
        q = 0.25 / self.zoom
        seen = self.mapToScene(self.viewport().rect()).boundingRect().adjusted(q, q, -q, -q)
        self.setSceneRect(scene.sceneRect().united(seen))

    def _around(self, centre: QPointF) -> QRectF:
        """The scene area the viewport shows when centred on ``centre``."""
        w, h = self.viewport().width() / self.zoom, self.viewport().height() / self.zoom
        return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)

    def _tell_zoom(self) -> None:
        scene = self.scene()
        if isinstance(scene, GraphScene):
            scene.set_zoom(self.zoom)

    def zoom_in(self) -> None:
        self._zoom_about_centre(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_about_centre(1 / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self._zoom_about_centre(1 / self.zoom)

    def _zoom_about_centre(self, factor: float) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.set_zoom(self.zoom * factor)
        self.setTransformationAnchor(anchor)

    def fit_all(self) -> None:
        """Show the whole diagram with a margin, at a scale between legible and comfortable.

        When the whole diagram would only fit too small to read, it is shown at
        :data:`MIN_FIT_ZOOM` around its centre and the scroll bars reach the rest.
        """
        scene = self.scene()
        area = QRectF()
        for item in scene.items():
            if item.parentItem() is None and item.isVisible():
                own = item.boundingRect().united(item.childrenBoundingRect())
                area = area.united(item.mapRectToScene(own))  # with the connect knobs
        if area.isEmpty():
            self.set_zoom(1.0)
            return
        m = FIT_MARGIN
        padded = area.adjusted(-m, -m, m, m)
        self.setSceneRect(padded)
        self.fitInView(padded, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom > MAX_FIT_ZOOM:
            self.set_zoom(MAX_FIT_ZOOM)
        elif self.zoom < MIN_FIT_ZOOM:
            self.set_zoom(MIN_FIT_ZOOM)
        self.setSceneRect(padded.united(self._around(area.center())))
        self.centerOn(area.center())
        self._cover()
        self._tell_zoom()

    # ------------------------------------------------------------ Qt overrides
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._cover()

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.zoom * ZOOM_STEP**steps)
        event.accept()

    def keyPressEvent(self, event) -> None:
        if isinstance(self.scene().focusItem(), QGraphicsTextItem):
            return super().keyPressEvent(event)  # typing in the inline editor
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            event.key() in (Qt.Key.Key_Equal, Qt.Key.Key_Plus)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        else:
            return super().keyPressEvent(event)
        event.accept()

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.pan_by(delta.x(), delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def pan_by(self, dx: int, dy: int) -> None:
        """Move the diagram by (dx, dy) pixels, as dragging it would."""
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setValue(horizontal.value() - dx)
        vertical.setValue(vertical.value() - dy)

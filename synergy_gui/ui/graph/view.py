"""The diagram's view: zoom with the wheel or keys, pan with the middle button or space+drag."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPixmapCache, QTransform
from PySide6.QtWidgets import QGraphicsTextItem, QGraphicsView

from synergy_gui.ui.graph.scene import GraphScene
from synergy_gui.ui.graph.style import LABEL_FLOOR_PIXELS

__all__ = ["LABEL_FLOOR_PIXELS", "GraphView"]

ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.15, 4.0
#: fit_all never enlarges beyond this, so a tiny model does not fill the screen with one box.
MAX_FIT_ZOOM = 1.6
#: fit_all shrinks as far as it must to show everything, but not to nothing.
ABSOLUTE_MIN_ZOOM = 0.02
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
        self._least_zoom = MIN_ZOOM  # lower after a fit of a big diagram needed it
        #: True from a fit until the user zooms or pans: a resize fits again.
        self.fitted = False
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.sliderMoved.connect(self._on_user_moved)
        scene.sceneRectChanged.connect(lambda _rect: self._cover())
        scene.refitWanted.connect(self._on_refit_wanted)

    # ------------------------------------------------------------ zoom
    @property
    def zoom(self) -> float:
        """The current scale (1 = one scene unit per pixel)."""
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        self.fitted = False
        zoom = min(max(zoom, self._least_zoom), MAX_ZOOM)
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

    def _on_refit_wanted(self) -> None:
        if self.fitted:
            self.fit_all()

    def _on_user_moved(self, *_args) -> None:
        self.fitted = False

    def label_pixel_size(self) -> float:
        """The on-screen pixel height of the node labels' text, as drawn now."""
        scene = self.scene()
        if isinstance(scene, GraphScene):
            return scene.label_pixel_size(self.zoom)
        return 0.0

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

    def diagram_rect(self) -> QRectF:
        """The scene area of the whole diagram (see :meth:`GraphScene.diagram_rect`)."""
        scene = self.scene()
        return scene.diagram_rect() if isinstance(scene, GraphScene) else QRectF()

    def fit_all(self) -> None:
        """Show the whole diagram with a margin, never larger than comfortable.

        However small that makes it, everything is shown: the items draw less detail (no
        weights, shorter labels) rather than letting the diagram be cropped. The view keeps
        fitting as it is resized until the user zooms or pans.
        """
        area = self.diagram_rect()
        if area.isEmpty():
            self.set_zoom(1.0)
            return
        m = FIT_MARGIN
        padded = area.adjusted(-m, -m, m, m)
        viewport = self.viewport().rect()
        scale = min(viewport.width() / padded.width(), viewport.height() / padded.height())
        scale = min(max(scale, ABSOLUTE_MIN_ZOOM), MAX_FIT_ZOOM)
        self._least_zoom = min(MIN_ZOOM, scale)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.setSceneRect(padded.united(self._around(area.center())))
        self.centerOn(area.center())
        self._cover()
        self._tell_zoom()
        self.fitted = True

    # ------------------------------------------------------------ Qt overrides
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit_all()
        else:
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
        self.fitted = False
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setValue(horizontal.value() - dx)
        vertical.setValue(vertical.value() - dy)

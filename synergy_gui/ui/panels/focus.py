"""Which constructs the simulation panel plots, and the menu button that picks them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from synergy_gui.ui.actions import menu_text
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.plain import plain_tip


class StayOpenMenu(QMenu):
    """A menu whose checkable entries toggle without closing it: tick several in one go."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._toggle_active():
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self._toggle_active():
            return
        super().keyPressEvent(event)

    def _toggle_active(self) -> bool:
        action = self.activeAction()
        if action is None or not action.isEnabled() or not action.isCheckable():
            return False
        action.trigger()
        return True


class FocusButton(QPushButton):
    """A button with a menu of checkable constructs; ``on_toggled(id, checked)`` on a click."""

    def __init__(
        self, on_toggled: Callable[[str, bool], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setText(translate("Focus", "Plotted constructs"))
        self.setToolTip(translate("Focus", "Choose which constructs the plot shows"))
        self._menu = StayOpenMenu(self)
        self.setMenu(self._menu)
        self._on_toggled = on_toggled
        self.actions_by_id: dict[str, QAction] = {}

    def set_choices(self, choices: list[tuple[str, str]], checked: list[str]) -> None:
        """Offer ``(id, label)`` choices, with the ``checked`` ids ticked."""
        self._menu.clear()
        self.actions_by_id = {}
        for construct_id, label in choices:
            action = QAction(menu_text(label), self._menu)
            action.setToolTip(plain_tip(label))
            action.setCheckable(True)
            action.setChecked(construct_id in checked)
            action.toggled.connect(lambda on, cid=construct_id: self._on_toggled(cid, on))
            self._menu.addAction(action)
            self.actions_by_id[construct_id] = action

    def set_checked(self, checked: list[str]) -> None:
        """Tick exactly ``checked`` without reporting the ticks as clicks."""
        for construct_id, action in self.actions_by_id.items():
            blocked = action.blockSignals(True)
            action.setChecked(construct_id in checked)
            action.blockSignals(blocked)

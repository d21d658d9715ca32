"""View ▸ Language: follow the system or choose English, Bahasa Indonesia or 简体中文.

The choice is stored and takes effect at the next start; the status bar says so, in the
current language and in the chosen one. No dialog opens.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from synergy_gui.ui import i18n

CONTEXT = "LanguageMenu"
RESTART_NOTE = QT_TRANSLATE_NOOP(
    "LanguageMenu", "The interface will be in {language} when Synergy Explorer next starts."
)


def translate(context: str, text: str) -> str:
    """Qt's translation of ``text`` (the name lupdate looks for)."""
    return QCoreApplication.translate(context, text)


def add_language_menu(menu: QMenu, window: QMainWindow) -> QMenu:
    """The Language submenu: one checkable entry per choice, the stored one checked."""
    submenu = menu.addMenu(translate("LanguageMenu", "&Language"))
    submenu.setObjectName("language_menu")
    group = QActionGroup(submenu)
    stored = i18n.stored_choice()
    choices = {i18n.SYSTEM: translate("LanguageMenu", "System Language"), **i18n.LANGUAGES}
    for code, name in choices.items():
        action = submenu.addAction(name)
        action.setObjectName(f"language_{code or 'system'}")
        action.setCheckable(True)
        action.setChecked(code == stored)
        action.setStatusTip(translate("LanguageMenu", "Show the interface in this language"))
        group.addAction(action)
        action.triggered.connect(lambda _=False, c=code: choose_language(window, c))
    return submenu


def choose_language(window: QMainWindow, choice: str) -> str:
    """Store ``choice`` and say in the status bar when it takes effect; the message."""
    i18n.store_choice(choice)
    language = i18n.active_language(choice)
    name = i18n.LANGUAGES[language]
    note = translate(CONTEXT, RESTART_NOTE).format(language=name)
    if language != i18n.current_language():
        other = i18n.translated(language, CONTEXT, RESTART_NOTE).format(language=name)
        note = note if other == note else f"{note} {other}"
    window.statusBar().showMessage(note, 15000)
    return note

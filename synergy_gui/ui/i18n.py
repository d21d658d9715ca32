"""The interface's language: English, Indonesian or Simplified Chinese.

The language follows the system unless one is chosen in View ▸ Language (stored in
QSettings, applied at the next start). Starting installs the program's translator (the
compiled ``resources/translations/synergy_<lang>.qm``), Qt's own ``qtbase_<lang>.qm`` for the
standard dialogs where Qt has one, the locale for numbers shown on screen (files, CSV and the
command line keep '.'), and for Chinese a CJK font shipped with the program.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from synergy_gui.assets import resource
from synergy_gui.model.phrases import CONTEXT, message_of, render

LANGUAGE_KEY = "view/language"
#: The shipped languages: code -> the language's own name (never translated).
LANGUAGES: dict[str, str] = {"en": "English", "id": "Bahasa Indonesia", "zh_CN": "简体中文"}
SYSTEM = ""  # the stored choice meaning "follow the system"
CJK_FONT = ("fonts", "NotoSansSC-Subset.otf")
CHINESE_FAMILY = "Noto Sans CJK SC"
_QT_CATALOGUES = ("qtbase",)


def translation_file(language: str) -> Path:
    """The compiled catalogue of one language (``synergy_id.qm``)."""
    return resource("translations", f"synergy_{language}.qm")


def qt_catalogue(catalogue: str, language: str) -> Path:
    """Qt's own catalogue (``qtbase_zh_CN.qm``): Qt's translations folder, else the bundle's."""
    name = f"{catalogue}_{language}.qm"
    found = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / name
    return found if found.is_file() else resource("translations", name)


def stored_choice() -> str:
    """The language chosen in View ▸ Language, or :data:`SYSTEM`."""
    value = str(QSettings().value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def store_choice(language: str) -> None:
    """Remember the choice for the next start (:data:`SYSTEM`: follow the system)."""
    QSettings().setValue(LANGUAGE_KEY, language if language in LANGUAGES else SYSTEM)


def system_language(locale: QLocale | None = None) -> str:
    """The shipped language nearest to the system's (English where none is near)."""
    for name in (locale or QLocale.system()).uiLanguages():
        near = QLocale(name)
        if near.language() == QLocale.Language.Indonesian:
            return "id"
        if near.language() == QLocale.Language.Chinese:  # traditional script: not shipped
            return "zh_CN" if near.script() == QLocale.Script.SimplifiedHanScript else "en"
        if near.language() == QLocale.Language.English:
            return "en"
    return "en"


def active_language(choice: str | None = None) -> str:
    """The language to start in: the stored choice, else the system's."""
    choice = stored_choice() if choice is None else choice
    return choice if choice in LANGUAGES else system_language()


def number_locale(language: str, choice: str) -> QLocale:
    """The locale of numbers on screen: the system's when following it, else the language's."""
    if choice == SYSTEM and system_language() == language:
        return QLocale.system()
    return QLocale("en_US" if language == "en" else language)


def install(app: QCoreApplication, choice: str | None = None) -> str:
    """Translate the interface into the chosen (or the system's) language; returns its code."""
    choice = stored_choice() if choice is None else choice
    language = active_language(choice)
    uninstall(app)
    QLocale.setDefault(number_locale(language, choice))
    if language != "en":
        _load(app, str(translation_file(language)))
        for catalogue in _QT_CATALOGUES:
            _load(app, str(qt_catalogue(catalogue, language)))
    if language == "zh_CN":
        load_cjk_font()
    app.setProperty("synergy_language", language)
    return language


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators :func:`install` added (tests switch languages)."""
    for translator in app.findChildren(QTranslator, "synergy_translator"):
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
        translator.setParent(None)
    QLocale.setDefault(QLocale("en_US"))


def current_language() -> str:
    """The language the interface was started in."""
    app = QCoreApplication.instance()
    value = app.property("synergy_language") if app else None
    return str(value) if value in LANGUAGES else "en"


def _load(app: QCoreApplication, path: str) -> bool:
    translator = QTranslator(app)
    translator.setObjectName("synergy_translator")
    if Path(path).is_file() and translator.load(path):
        return QCoreApplication.installTranslator(translator)
    translator.setParent(None)
    return False


def load_cjk_font() -> str | None:
    """Add the shipped Chinese font as the interface font's fallback for hanzi; its family."""
    path = resource(*CJK_FONT)
    if not path.is_file():
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):  # hanzi fall back to it; Latin keeps its font
        QFont.insertSubstitution(QFontInfo(app.font()).family(), families[0])
    _add_to_matplotlib(path, families[0])
    return families[0]


def _add_to_matplotlib(path: Path, family: str) -> None:
    """Let the plots draw Chinese axis labels too."""
    from matplotlib import font_manager, rcParams

    font_manager.fontManager.addfont(str(path))
    families = list(rcParams["font.family"])
    if family not in families:  # a fallback per glyph: Latin from the first, hanzi from this
        rcParams["font.family"] = [*families, family]


def translated(language: str, context: str, text: str) -> str:
    """``text`` in ``language`` (whatever the interface's), for a message about switching."""
    if language == "en":
        return text
    translator = QTranslator()
    if translator.load(str(translation_file(language))):
        return translator.translate(context, text) or text
    return text


def translate(context: str, text: str) -> str:
    """Qt's translation of ``text`` in ``context`` (the call pyside6-lupdate looks for)."""
    return QCoreApplication.translate(context, text)


def message_text(message: object) -> str:
    """A message of the model, engine or io layer in the interface's language, its decimal
    numbers written as the locale writes them ("0,45" in Indonesian)."""
    locale = QLocale()
    marks = {".": locale.decimalPoint(), ",": locale.groupSeparator()}
    number = None if marks == {".": ".", ",": ","} else (lambda value: ScreenNumber(value, marks))
    return render(message, lambda t: QCoreApplication.translate(CONTEXT, t), number)


class ScreenNumber(float):
    """A decimal number that writes itself with the locale's marks, whatever its format."""

    def __new__(cls, value: float, marks: dict[str, str]) -> ScreenNumber:
        made = super().__new__(cls, value)
        made.marks = marks
        return made

    def __format__(self, spec: str) -> str:
        return self._marked(float.__format__(float(self), spec))

    def __repr__(self) -> str:
        return self._marked(float.__repr__(float(self)))

    __str__ = __repr__

    def _marked(self, text: str) -> str:
        return "".join(self.marks.get(mark, mark) for mark in text)


def error_text(error: BaseException) -> str:
    """What an error of the Qt-free layers says, in the interface's language."""
    return message_text(message_of(error))

"""The interface in English, Indonesian and Simplified Chinese: catalogues, menus, choice."""

from __future__ import annotations

import importlib.util
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont, QUndoStack
from PySide6.QtWidgets import QDoubleSpinBox, QMessageBox

from synergy_gui.assets import presets_dir
from synergy_gui.engine import SimulationResult
from synergy_gui.model.errors import DocumentFileError, ModelError
from synergy_gui.model.fileformat import load_document, save_document
from synergy_gui.model.view_state import ViewState
from synergy_gui.ui import i18n, language_menu, messages
from synergy_gui.ui.graph import GraphScene
from synergy_gui.ui.panels.budget_plots import CurvesPlot
from synergy_gui.ui.panels.plot_styles import line_specs
from synergy_gui.ui.panels.simulation_panel import SimulationPanel
from synergy_gui.ui.panels.synergy_plot import SynergyPlot
from synergy_gui.ui.panels.values_table import ValuesTable

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "resources" / "translations"
LANGUAGES = ("id", "zh_CN")


def _tools():
    spec = importlib.util.spec_from_file_location("translations", REPO / "tools/translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source"), message.find("translation")))
    return found


@pytest.fixture
def language(qapp, settings_dir):
    """Switch the interface's language for one test; English and the font come back after."""
    font = QFont(qapp.font())
    yield lambda code: i18n.install(qapp, code)
    i18n.uninstall(qapp)
    QFont.removeSubstitutions(QFontInfo(font).family())
    qapp.setFont(font)
    qapp.setProperty("synergy_language", None)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_source_string_has_a_translation(code: str):
    untranslated = [
        (context, source)
        for context, source, translation in _messages(FOLDER / f"synergy_{code}.ts")
        if translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    ]
    assert untranslated == []


def test_every_marked_string_of_the_code_is_in_the_catalogues(tmp_path: Path):
    tools = _tools()
    tools.update(tmp_path)  # lupdate into empty catalogues: what the code marks today
    for code in LANGUAGES:
        marked = {(c, s) for c, s, _ in _messages(tmp_path / f"synergy_{code}.ts")}
        shipped = {(c, s) for c, s, _ in _messages(FOLDER / f"synergy_{code}.ts")}
        assert marked - shipped == set(), "run tools/translations.py and translate"
        assert len(marked) > 80


def test_the_committed_qm_files_are_compiled_from_the_ts(tmp_path: Path):
    for made in _tools().release(FOLDER, tmp_path):
        assert made.read_bytes() == (FOLDER / made.name).read_bytes(), made.name


def test_the_system_language_picks_the_nearest_shipped_one():
    assert i18n.system_language(QLocale("id_ID")) == "id"
    assert i18n.system_language(QLocale("zh_CN")) == "zh_CN"
    assert i18n.system_language(QLocale("zh_TW")) == "en"  # traditional: not shipped
    assert i18n.system_language(QLocale("fr_FR")) == "en"


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _window(qtbot):
    from synergy_gui.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_menus_and_toolbar_in_indonesian(qtbot, language):
    assert language("id") == "id"
    window = _window(qtbot)
    assert _menu_titles(window) == ["&Berkas", "&Sunting", "&Tampilan", "S&imulasi", "Ban&tuan"]
    assert window.actions["file.open"].text() == "B&uka…"
    assert window.actions["file.new"].statusTip() == "Mulai model kosong"
    assert window.actions["edit.undo"].iconText() == "Urungkan"
    assert window.actions["edit.add_construct"].toolTip().startswith("Tambahkan konstruk")
    titles = [window.docks[key].windowTitle() for key in ("stimuli", "levers", "story")]
    assert titles == ["Stimulus", "Pendorong", "Alur Cerita"]
    assert window._hint.text().startswith("Klik ganda kanvas")


def test_menus_in_chinese_with_glyphs_the_font_has(qtbot, language):
    language("zh_CN")
    window = _window(qtbot)
    assert _menu_titles(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "模拟(&S)", "帮助(&H)"]
    latin = QFontInfo(window.font()).family()
    assert i18n.CHINESE_FAMILY.lower() in QFont.substitutes(latin)  # the fallback for hanzi
    assert latin != i18n.CHINESE_FAMILY  # Latin text keeps its font and its row height
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's dialogs too


def test_the_shipped_font_has_every_glyph_of_the_chinese_translation():
    font = QRawFont(str(REPO / "resources" / "fonts" / "NotoSansSC-Subset.otf"), 12)
    assert font.isValid() and font.familyName() == i18n.CHINESE_FAMILY
    texts = [t.text or "" for _, _, t in _messages(FOLDER / "synergy_zh_CN.ts")]
    guide = sorted((REPO / "resources" / "help" / "zh_CN").glob("*.*"))
    assert len(guide) >= 12  # the guide's pages, contents and glossary
    texts += [page.read_text(encoding="utf-8") for page in guide]
    missing = {c for c in "".join(texts) if ord(c) > 0x2E80 and not font.supportsCharacter(ord(c))}
    assert missing == set()


def test_english_is_left_as_written(qtbot, language):
    language("en")
    window = _window(qtbot)
    assert _menu_titles(window)[0] == "&File"
    assert QLocale().decimalPoint() == "."


def test_the_chinese_font_is_shipped_and_loads(qapp, language):
    family = i18n.load_cjk_font()
    assert family == i18n.CHINESE_FAMILY
    assert family in QFontDatabase.families()
    assert (REPO / "resources" / "fonts" / "OFL.txt").is_file()


def test_the_language_menu_stores_the_choice_and_says_when_it_applies(qtbot, language, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("no dialog expected"))
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_: pytest.fail("no question"))
    language("en")
    window = _window(qtbot)
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "language_menu")
    names = [action.text() for action in menu.actions()]
    assert names == ["System Language", "English", "Bahasa Indonesia", "简体中文"]
    assert menu.actions()[0].isChecked()  # nothing chosen yet: the system's
    menu.actions()[2].trigger()
    assert QSettings().value(i18n.LANGUAGE_KEY) == "id"
    note = window.statusBar().currentMessage()
    assert "Bahasa Indonesia when Synergy Explorer next starts" in note
    assert "Antarmuka akan menggunakan Bahasa Indonesia" in note  # and in the language chosen
    assert i18n.active_language() == "id"
    assert language_menu.choose_language(window, i18n.SYSTEM)
    assert i18n.stored_choice() == i18n.SYSTEM


def _table_after_a_run():
    """The values beside the plot after a small run: trust ends at 0.62, loyalty at 0.58."""
    table = ValuesTable()
    table.set_lines(line_specs([("trust", "Trust"), ("loyalty", "Loyalty")]))
    table.set_unit("week")
    times = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
    levels = np.array([[0.5, 0.5], [0.58, 0.52], [0.613, 0.54], [0.618, 0.56], [0.62, 0.58]])
    table.show_result(SimulationResult(("trust", "loyalty"), times, levels))
    table.show_steady({"trust": 0.62, "loyalty": 0.7})
    return table


def test_levels_on_screen_follow_the_language_and_files_keep_the_point(
    qtbot, language, tmp_path: Path
):
    language("id")
    table = _table_after_a_run()
    qtbot.addWidget(table)
    assert table.text_of("loyalty") == ("0,58", "0,70 (setelah mg 4)")
    box = QDoubleSpinBox()
    qtbot.addWidget(box)
    box.setValue(0.7)
    assert box.text() == "0,70"  # spin boxes follow the locale too
    document = load_document(presets_dir() / "synergistic_influence.synergy.json")
    document.update_construct("digital_trust", baseline=0.7)
    save_document(document, tmp_path / "saved.synergy.json")
    saved = (tmp_path / "saved.synergy.json").read_text("utf-8")
    assert '"baseline": 0.7' in saved and "0,7" not in saved
    language("en")
    table = _table_after_a_run()
    qtbot.addWidget(table)
    assert table.text_of("loyalty") == ("0.58", "0.70 (after wk 4)")


def test_the_level_axis_ticks_use_the_decimal_comma_in_indonesian(qtbot, language, document):
    language("id")
    panel = SimulationPanel(document, ViewState(document))
    qtbot.addWidget(panel)
    panel.resize(1100, 380)
    with qtbot.waitExposed(panel):
        panel.show()
    panel.plot.draw()
    ticks = [label.get_text() for label in panel.plot.axes_list[0].get_yticklabels()]
    assert "0,50" in ticks and not any("." in tick for tick in ticks)


def test_the_diagram_and_the_synergy_and_budget_plots_write_the_decimal_comma(
    qtbot, language, document
):
    language("id")
    scene = GraphScene(document, QUndoStack())
    node = scene.item_for("digital_trust")
    node.level_bar.set_level(0.614)
    node.difference_badge.set_difference(-0.071)
    assert (node.level_bar._text, node.difference_badge.text) == ("0,61", "−0,07")
    assert scene.item_for("kol_credibility__influencer_trust").arrow.text == "+0,33"
    scene.close()
    synergy, curves = SynergyPlot(), CurvesPlot()
    qtbot.addWidget(synergy)
    qtbot.addWidget(curves)
    for axes in (synergy.slopes_axes, synergy.runs_axes, curves.axes):
        ticks = axes.yaxis.get_major_formatter()
        ticks.set_locs([0.0, 0.25, 0.5])
        assert ticks(0.25, 1) == "0,25"
    assert curves.axes.xaxis.get_major_formatter()(1_250_000, 0) == "1,25M"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "id",
            "Pada paths[3] (jalur dari “Peer authenticity (KOC)” ke “Trust in the influencer”), "
            "bobot harus antara −1 dan 1 (didapat 3).",
        ),
        (
            "zh_CN",
            "paths[3]（从“Peer authenticity (KOC)”到“Trust in the influencer”的路径）中，"
            "权重必须介于 −1 与 1 之间（实际为 3）。",
        ),
    ],
)
def test_a_refused_file_is_explained_in_the_interface_s_language(
    language, tmp_path: Path, code, expected
):
    language(code)
    data = json.loads((presets_dir() / "synergistic_influence.synergy.json").read_text("utf-8"))
    data["paths"][3]["weight"] = 3
    path = tmp_path / "bad.synergy.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DocumentFileError) as refused:
        load_document(path)
    headline, details = messages.open_error_text(path, refused.value)
    assert details.splitlines()[0] == expected
    assert "bad.synergy.json" in headline and "file" not in headline.lower()


def test_a_refused_edit_and_an_import_error_are_explained_in_chinese(language):
    from synergy_gui.io.lavaan import parse_lavaan

    language("zh_CN")
    document = load_document(presets_dir() / "synergistic_influence.synergy.json")
    with pytest.raises(ModelError) as refused:
        document.connect("loyalty", "interactivity", 0.3)
    assert i18n.error_text(refused.value) == (
        "'interactivity' 是刺激：刺激由外部设定，不接受指向它的路径"
    )
    with pytest.raises(ValueError) as wrong:
        parse_lavaan("x ~~~ y", "study.lav")
    assert i18n.error_text(wrong.value) == "study.lav:1:3：未知运算符 '~~~'"


def test_the_current_plan_made_in_indonesian_is_found_again(language, document):
    from synergy_gui.engine.budget import current_spend, plan_scenario
    from synergy_gui.ui.budget_texts import current_plan_key

    language("id")
    name = i18n.translate("BudgetPanel", "Current plan")
    assert name != "Current plan"
    spend = current_spend(document.channels, None)
    document.add_scenario(plan_scenario(name, None, spend, ""))
    assert current_plan_key(document, None) == name  # not a second copy at each Compare


def test_every_literal_text_is_translated_under_a_literal_context():
    """lupdate reads ``translate("Context", "text")`` only when both are written out: a text
    under a context held in a variable never reaches the translators."""
    import ast

    hidden = []
    for path in sorted((REPO / "synergy_gui" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            context, text = node.args[:2]
            literal_text = isinstance(text, ast.Constant) and isinstance(text.value, str)
            if name == "translate" and literal_text and not isinstance(context, ast.Constant):
                hidden.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert hidden == []


def test_the_inspector_s_synergy_warning_reads_in_indonesian(qtbot, language, document):
    from synergy_gui.ui.panels import InspectorPanel

    language("id")
    inspector = InspectorPanel(document, QUndoStack())
    qtbot.addWidget(inspector)
    inspector.show_item("x_interactivity_personalization")
    document.set_weight("x_interactivity_personalization", 0.9)
    inspector.show_item("x_interactivity_personalization")
    text = inspector.page.warning.text()
    assert text.startswith("⚠ Suku sinergi dapat mencapai 0,45 (|0,9| kali")


def test_numbers_inside_a_message_take_the_locale_s_marks(language):
    from synergy_gui.model.phrases import phrase

    made = phrase("{a!r} {b:.1f} {c:,.0f} {n} {kept}", a=3.5, b=2.25, c=677_600.0, n=7, kept="0.5")
    language("id")
    assert i18n.message_text(made) == "3,5 2,2 677.600 7 0.5"  # text values stay as written
    language("en")
    assert i18n.message_text(made) == "3.5 2.2 677,600 7 0.5" == made


def test_lupdate_reads_every_literal_the_code_marks():
    """A text lupdate cannot parse (a string in parentheses, say) would never be translated:
    every ``translate("C", "text")`` and ``QT_TRANSLATE_NOOP("C", "text")`` of the interface
    is in the catalogue."""
    import ast

    catalogue = {(context, source) for context, source, _ in _messages(FOLDER / "synergy_id.ts")}
    missed = []
    for path in sorted((REPO / "synergy_gui" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            parts = [a.value if isinstance(a, ast.Constant) else None for a in node.args[:2]]
            marked = name in ("translate", "QT_TRANSLATE_NOOP") and all(
                isinstance(p, str) for p in parts
            )
            if marked and tuple(parts) not in catalogue:
                missed.append(f"{path.relative_to(REPO)}:{node.lineno}: {parts[1][:50]}")
    assert missed == []

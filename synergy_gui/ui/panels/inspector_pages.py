"""The inspector's pages: one form per kind of item (construct, path, junction, the model).

A page shows an item's fields and reports each finished edit as ``{field: value}`` through
``commit``; weights go through ``set_weight`` with the slider's gesture. A page never edits the
document itself: the inspector turns reports into undo commands.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from synergy_gui.model import Activation, Construct, ModelDocument, Settings
from synergy_gui.model.checks import MAX_SD
from synergy_gui.model.elements import ACTIVATION_KINDS, PATH_KINDS, ROLES
from synergy_gui.model.glossary import localised, terms_for_construct
from synergy_gui.model.validation import synergy_warnings
from synergy_gui.ui.binding import SliderBinding, make_slider_pair
from synergy_gui.ui.i18n import current_language, message_text, translate
from synergy_gui.ui.panels.editors import (
    CommitLineEdit,
    CommitTextEdit,
    choice_box,
    lines_of,
    number_box,
    show_choice,
    show_number,
)
from synergy_gui.ui.panels.ranges import level_ranges, weight_ranges
from synergy_gui.ui.panels.texts import construct_label, plural_unit
from synergy_gui.ui.vocabulary import unit_word, word

Commit = Callable[[dict[str, Any]], None]
WeightWriter = Callable[[float, Hashable], "str | None"]
TermOpener = Callable[[str], None]
TERM_SCHEME = "term:"
NO_SD = -0.01  # the spin box's lowest value stands for "no standard deviation given"
MAX_TAU = 10_000.0


class Page(QWidget):
    """A form for one kind of item; ``load`` shows the item, edits go to ``commit``."""

    target = ""

    def __init__(self, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.form)
        column.addStretch(1)  # rows keep their height; the space goes below them
        self.document: ModelDocument | None = None
        self.item_id: str | None = None

    def load(self, document: ModelDocument, item_id: str | None, fields=None) -> None:
        """Show the item's ``fields`` (all when None) as the document holds them."""
        self.document, self.item_id = document, item_id
        self._show(fields)

    def _show(self, fields) -> None:
        raise NotImplementedError

    def _texts(self) -> tuple[CommitTextEdit, CommitTextEdit]:
        description = CommitTextEdit(5)
        description.committed.connect(lambda text: self._commit({"description": text}))
        references = CommitTextEdit(3)
        references.setPlaceholderText(translate("InspectorPages", "One reference per line"))
        references.committed.connect(lambda text: self._commit({"references": lines_of(text)}))
        return description, references


def wants(fields, *names: str) -> bool:
    return fields is None or any(name in fields for name in names)


class ConstructPage(Page):
    """Label, role, description, references, baseline, initial level, τ and activation."""

    target = "construct"

    def __init__(
        self, commit: Commit, open_term: TermOpener | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(commit, parent)
        self.terms = TermLinks(open_term)
        self.label = CommitLineEdit()
        self.label.committed.connect(lambda text: self._commit({"label": text}))
        self.role = choice_box([(word(role), role) for role in ROLES])
        self.role.activated.connect(lambda _i: self._commit({"role": self.role.currentData()}))
        self.description, self.references = self._texts()
        self.baseline = self._level_box("baseline")
        self.initial = self._level_box("initial")
        self.tau_rise = self._tau_box("tau_rise")
        self.tau_fall = self._tau_box("tau_fall")
        self.activation = choice_box(
            [(translate("InspectorPages", "Model default"), None)]
            + [(word(k), k) for k in ACTIVATION_KINDS]
        )
        self.activation.activated.connect(self._on_activation_edited)
        self.gain = number_box(0.01, 100.0, 2, 0.5)
        self.threshold = number_box(-10.0, 10.0, 2, 0.05)
        for box in (self.gain, self.threshold):
            box.valueChanged.connect(self._on_activation_edited)
        self._rows()

    def _level_box(self, name: str):
        box = number_box(0.0, 1.0)
        box.valueChanged.connect(lambda value: self._commit({name: round(value, 3)}))
        return box

    def _tau_box(self, name: str):
        box = number_box(0.01, MAX_TAU, 2, 0.5)
        box.valueChanged.connect(lambda value: self._commit({name: round(value, 2)}))
        return box

    def _rows(self) -> None:
        form = self.form
        form.addRow(translate("InspectorPages", "Label"), self.label)
        form.addRow(translate("InspectorPages", "Role"), self.role)
        form.addRow(translate("InspectorPages", "Description"), self.description)
        form.addRow(translate("InspectorPages", "References"), self.references)
        form.addRow(translate("InspectorPages", "Terms"), self.terms)
        form.addRow(translate("InspectorPages", "Baseline"), self.baseline)
        self.initial_label = QLabel(translate("InspectorPages", "Initial level"))
        form.addRow(self.initial_label, self.initial)
        form.addRow(translate("InspectorPages", "τ rise"), self.tau_rise)
        form.addRow(translate("InspectorPages", "τ fall"), self.tau_fall)
        form.addRow(translate("InspectorPages", "Activation"), self.activation)
        form.addRow(translate("InspectorPages", "Gain λ"), self.gain)
        form.addRow(translate("InspectorPages", "Threshold h"), self.threshold)
        self.baseline.setToolTip(
            translate("InspectorPages", "x⁰: the level of the average consumer")
        )
        self.tau_rise.setToolTip(
            translate("InspectorPages", "Time constant while the level rises (trust builds slowly)")
        )
        self.tau_fall.setToolTip(translate("InspectorPages", "Time constant while the level falls"))

    def _show(self, fields) -> None:
        construct = self.document.construct(self.item_id)
        if wants(fields, "label"):
            self.label.show_text(construct.label)
        if wants(fields, "role"):
            show_choice(self.role, construct.role)
            stimulus = construct.role == "stimulus"
            self.initial_label.setText(
                translate("InspectorPages", "Level (slider)")
                if stimulus
                else translate("InspectorPages", "Initial level")
            )
        if wants(fields, "description"):
            self.description.show_text(construct.description)
        if wants(fields, "references"):
            self.references.show_text("\n".join(construct.references))
        if wants(fields, "label", "description", "role"):
            self.terms.show_construct(construct)
        low, high = level_ranges(self.document.settings).spin
        for box in (self.baseline, self.initial):
            if (box.minimum(), box.maximum()) != (low, high):
                blocked = box.blockSignals(True)  # a narrower range must not clamp the value
                box.setRange(low, high)
                box.blockSignals(blocked)
        for name in ("baseline", "initial", "tau_rise", "tau_fall"):
            if wants(fields, name):
                show_number(getattr(self, name), getattr(construct, name))
        if wants(fields, "activation"):
            self._show_activation(construct.activation)

    def show_time_unit(self, unit: str) -> None:
        suffix = f" {unit_word(plural_unit(unit))}"
        self.tau_rise.setSuffix(suffix)
        self.tau_fall.setSuffix(suffix)

    def _show_activation(self, activation: Activation | None) -> None:
        shown = activation or self.document.settings.activation
        show_choice(self.activation, None if activation is None else activation.kind)
        show_number(self.gain, shown.gain)
        show_number(self.threshold, shown.threshold)
        self.gain.setEnabled(activation is not None and activation.kind in ("logistic", "tanh"))
        self.threshold.setEnabled(activation is not None and activation.kind == "logistic")

    def _on_activation_edited(self, *_args) -> None:
        kind = self.activation.currentData()
        if kind is None:
            self._commit({"activation": None})
            return
        gain, threshold = round(self.gain.value(), 2), round(self.threshold.value(), 2)
        self._commit({"activation": Activation(kind, gain, threshold)})


class TermLinks(QLabel):
    """The construct's glossary terms as links ("Digital trust, Organism, Trust"); a click
    opens the guide's glossary at the term through ``open_term``."""

    def __init__(self, open_term: TermOpener | None = None) -> None:
        super().__init__()
        self.setObjectName("construct_terms")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)  # only glossary names, escaped, are shown
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setToolTip(translate("InspectorPages", "Open the glossary at this term"))
        self.open_term = open_term
        self.names: list[str] = []
        self.linkActivated.connect(self._on_link_activated)

    def show_construct(self, construct: Construct) -> None:
        language = current_language()
        found = [localised(entry, language) for entry in terms_for_construct(construct)]
        self.names = [entry.term for entry in found]
        links = [
            f'<a href="{TERM_SCHEME}{entry.anchor}">{html.escape(entry.term)}</a>'
            for entry in found
        ]
        none = translate("InspectorPages", "none in the glossary")
        self.setText(", ".join(links) if links else f"<i>{html.escape(none)}</i>")

    def _on_link_activated(self, link: str) -> None:
        if link.startswith(TERM_SCHEME) and self.open_term is not None:
            self.open_term(link[len(TERM_SCHEME) :])


class WeightRow(QWidget):
    """A weight slider and exact spin box bound to a path or junction of the document."""

    def __init__(self, read: Callable[[], float], write: WeightWriter) -> None:
        super().__init__()
        self.slider, self.spin = make_slider_pair()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        self.binding = SliderBinding(self.slider, self.spin, (-1.0, 1.0), read, write, 2000)

    def follow(self, settings: Settings) -> None:
        """Take the range the model's weight scale gives (before showing a weight)."""
        ranges = weight_ranges(settings)
        self.binding.set_range(ranges.slider, ranges.steps, ranges.spin)


class PathPage(Page):
    """Weight, kind, description, note, references and standard deviation of a path."""

    target = "path"

    def __init__(self, commit: Commit, set_weight: WeightWriter, parent=None) -> None:
        super().__init__(commit, parent)
        self.heading = _heading()
        self.weight = WeightRow(self._read_weight, set_weight)
        self.kind = choice_box([(word(k), k) for k in PATH_KINDS])
        self.kind.activated.connect(lambda _i: self._commit({"kind": self.kind.currentData()}))
        self.description, self.references = self._texts()
        self.note = CommitTextEdit(2)
        self.note.committed.connect(lambda text: self._commit({"note": text}))
        self.sd = sd_box(self._commit)
        form = self.form
        form.addRow(self.heading)
        form.addRow(translate("InspectorPages", "Weight"), self.weight)
        form.addRow(translate("InspectorPages", "Kind"), self.kind)
        form.addRow(translate("InspectorPages", "Description"), self.description)
        form.addRow(translate("InspectorPages", "Note"), self.note)
        form.addRow(translate("InspectorPages", "References"), self.references)
        form.addRow(translate("InspectorPages", "Std. deviation"), self.sd)

    def _read_weight(self) -> float:
        return 0.0 if self.item_id is None else self.document.path(self.item_id).weight

    def _show(self, fields) -> None:
        path = self.document.path(self.item_id)
        if wants(fields, "source", "target", "label"):
            source = construct_label(self.document, path.source)
            self.heading.setText(f"{source} → {construct_label(self.document, path.target)}")
        if wants(fields, "weight"):
            self.weight.follow(self.document.settings)
            self.weight.binding.refresh()
        if wants(fields, "kind"):
            show_choice(self.kind, path.kind)
        if wants(fields, "description"):
            self.description.show_text(path.description)
        if wants(fields, "note"):
            self.note.show_text(path.note)
        if wants(fields, "references"):
            self.references.show_text("\n".join(path.references))
        if wants(fields, "sd"):
            show_number(self.sd, NO_SD if path.sd is None else path.sd)


class JunctionPage(Page):
    """Members, target, weight, sd, label, description and references of a synergy junction."""

    target = "junction"

    def __init__(self, commit: Commit, set_weight: WeightWriter, parent=None) -> None:
        super().__init__(commit, parent)
        self.heading = _heading()
        self.weight = WeightRow(self._read_weight, set_weight)
        self.label = CommitLineEdit()
        self.label.committed.connect(lambda text: self._commit({"label": text}))
        self.description, self.references = self._texts()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #B35C00;")
        self.warning.hide()
        self.sd = sd_box(self._commit)
        form = self.form
        form.addRow(self.heading)
        form.addRow(translate("InspectorPages", "Weight"), self.weight)
        form.addRow(self.warning)
        form.addRow(translate("InspectorPages", "Std. deviation"), self.sd)
        form.addRow(translate("InspectorPages", "Label"), self.label)
        form.addRow(translate("InspectorPages", "Description"), self.description)
        form.addRow(translate("InspectorPages", "References"), self.references)

    def _read_weight(self) -> float:
        return 0.0 if self.item_id is None else self.document.junction(self.item_id).weight

    def _show(self, fields) -> None:
        junction = self.document.junction(self.item_id)
        if wants(fields, "members", "target"):
            members = " × ".join(construct_label(self.document, m) for m in junction.members)
            target = construct_label(self.document, junction.target)
            self.heading.setText(
                translate("InspectorPages", "{members}\nact together on {target}").format(
                    members=members, target=target
                )
            )
        if wants(fields, "weight"):
            self.weight.follow(self.document.settings)
            self.weight.binding.refresh()
        if wants(fields, "sd"):
            show_number(self.sd, NO_SD if junction.sd is None else junction.sd)
        if wants(fields, "label"):
            self.label.show_text(junction.label)
        if wants(fields, "description"):
            self.description.show_text(junction.description)
        if wants(fields, "references"):
            self.references.show_text("\n".join(junction.references))
        self.show_warnings(fields)

    def show_warnings(self, fields=None) -> None:
        """Say when the co-active term can reverse a member's own effect (DESIGN §3)."""
        index = [j.id for j in self.document.junctions].index(self.item_id)
        place = f"junctions[{index}]."
        warnings = synergy_warnings(self.document)
        texts = [message_text(w.message) for w in warnings if w.location.startswith(place)]
        self.warning.setText("\n".join(f"⚠ {text[:1].upper()}{text[1:]}." for text in texts))
        self.warning.setHidden(not texts)


def sd_box(commit: Commit, high: float = MAX_SD, name: str = "sd"):
    """A spin box for a standard deviation; its lowest value, shown "not given", is None."""
    box = number_box(NO_SD, high, 3, 0.01)
    box.setSpecialValueText(translate("InspectorPages", "not given"))
    box.setToolTip(
        translate(
            "InspectorPages", "Uncertainty of the weight (standard deviation), if a study gives it"
        )
    )
    box.valueChanged.connect(
        lambda value: commit({name: None if value <= NO_SD else round(value, 3)})
    )
    return box


def _heading() -> QLabel:
    heading = QLabel()
    heading.setWordWrap(True)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    heading.setFont(font)
    return heading


def item_target(document: ModelDocument, item_id: str | None) -> str:
    """Which page shows ``item_id``: construct, path, junction, or meta (none or unknown)."""
    if item_id is None:
        return "meta"
    for target, items in (
        ("construct", document.constructs),
        ("path", document.paths),
        ("junction", document.junctions),
    ):
        if any(item.id == item_id for item in items):
            return target
    return "meta"


__all__ = ["ConstructPage", "JunctionPage", "PathPage", "TermLinks", "item_target"]

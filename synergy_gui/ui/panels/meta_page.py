"""The inspector's page for the model itself (nothing selected): title, description, the
default sd and the scales of weights and levels."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QWidget

from synergy_gui.model.checks import MAX_DEFAULT_SD
from synergy_gui.ui.i18n import translate
from synergy_gui.ui.panels.editors import (
    CommitLineEdit,
    CommitTextEdit,
    choice_box,
    show_choice,
    show_number,
)
from synergy_gui.ui.panels.inspector_pages import NO_SD, Commit, Page, sd_box, wants

WEIGHT_SCALE_CHOICES = [
    (QT_TRANSLATE_NOOP("MetaPage", "Standardised (β, −1 to 1)"), "standardised"),
    (QT_TRANSLATE_NOOP("MetaPage", "Unstandardised (up to ±100)"), "unstandardised"),
]
LEVEL_RANGE_CHOICES = [
    (QT_TRANSLATE_NOOP("MetaPage", "0 to 1"), "unipolar"),
    (QT_TRANSLATE_NOOP("MetaPage", "−1 to 1 (bipolar)"), "bipolar"),
]


class MetaPage(Page):
    """Nothing selected: the model's title and description, its default sd, its scales
    (standardised or unstandardised weights, unipolar or bipolar levels) and a hint.

    The default sd and the scales are settings: they go to ``commit_settings`` (without one,
    to ``commit``).
    """

    target = "meta"
    HINT = QT_TRANSLATE_NOOP(
        "MetaPage",
        "Select a construct, path or synergy junction on the diagram to see and edit it here.",
    )

    def __init__(
        self, commit: Commit, commit_settings: Commit | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(commit, parent)
        self.title = CommitLineEdit()
        self.title.committed.connect(lambda text: self._commit({"title": text}))
        self.description = CommitTextEdit(12)
        self.description.committed.connect(lambda text: self._commit({"description": text}))
        self.default_sd = sd_box(commit_settings or commit, MAX_DEFAULT_SD, "default_sd")
        self.default_sd.setSpecialValueText(translate("MetaPage", "none"))
        self.default_sd.setToolTip(
            translate(
                "MetaPage",
                "Default sd where unknown: the uncertainty (standard deviation) of every path and "
                "junction weight that has none of its own, for the plot's Bands, e.g. ±0.05; "
                "none: such weights are taken as certain",
            )
        )
        settings_commit = commit_settings or commit
        self.weight_scale = choice_box(
            [(translate("MetaPage", t), k) for t, k in WEIGHT_SCALE_CHOICES]
        )
        self.weight_scale.setToolTip(
            translate(
                "MetaPage",
                "Standardised weights are βs from −1 to 1; unstandardised ones are a study's raw "
                "coefficients (Bollen's ind60 → dem60 is 1.48), up to ±100",
            )
        )
        self.weight_scale.activated.connect(
            lambda _i: settings_commit({"weight_scale": self.weight_scale.currentData()})
        )
        self.level_range = choice_box(
            [(translate("MetaPage", t), k) for t, k in LEVEL_RANGE_CHOICES]
        )
        self.level_range.setToolTip(
            translate(
                "MetaPage",
                "Levels from 0 to 1, or from −1 to 1 for tanh and trivalent maps (FCM's "
                "bipolar scale)",
            )
        )
        self.level_range.activated.connect(
            lambda _i: settings_commit({"level_range": self.level_range.currentData()})
        )
        self.hint = QLabel(translate("MetaPage", self.HINT))
        self.hint.setWordWrap(True)
        self.form.addRow(translate("MetaPage", "Title"), self.title)
        self.form.addRow(translate("MetaPage", "About"), self.description)
        label = QLabel(
            translate("MetaPage", "Default sd")
        )  # short: the title field keeps its width in a narrow dock
        label.setToolTip(self.default_sd.toolTip())
        self.form.addRow(label, self.default_sd)
        self.form.addRow(translate("MetaPage", "Weights"), self.weight_scale)
        self.form.addRow(translate("MetaPage", "Levels"), self.level_range)
        self.form.addRow(self.hint)

    def _show(self, fields) -> None:
        meta = self.document.meta
        if wants(fields, "title"):
            self.title.show_text(meta.title)
        if wants(fields, "description"):
            self.description.show_text(meta.description)
        if wants(fields, "default_sd"):
            default = self.document.settings.default_sd
            show_number(self.default_sd, NO_SD if default is None else default)
        if wants(fields, "weight_scale"):
            show_choice(self.weight_scale, self.document.settings.weight_scale)
        if wants(fields, "level_range"):
            show_choice(self.level_range, self.document.settings.level_range)

"""How an imported FCM matrix runs: its update rule and activation, chosen in the import
preview (a matrix says nothing of it; FCM tools such as FCMpy and Mental Modeler run it by an
FCM rule, not by this program's S-O-R rule)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QWidget

from synergy_gui.io.fcm_matrix import use_rule
from synergy_gui.model import ModelDocument
from synergy_gui.ui.i18n import translate

RULES = (
    (
        "modified-kosko",
        QT_TRANSLATE_NOOP(
            "FcmRunChoice", "Modified Kosko: A(t+1) = f(A(t) + W·A(t)) (FCMpy's example)"
        ),
    ),
    ("kosko", QT_TRANSLATE_NOOP("FcmRunChoice", "Kosko: A(t+1) = f(W·A(t))")),
    (
        "rescaled",
        QT_TRANSLATE_NOOP("FcmRunChoice", "Rescaled: A(t+1) = f((2A(t) − 1) + W·(2A(t) − 1))"),
    ),
    (
        "sor",
        QT_TRANSLATE_NOOP(
            "FcmRunChoice",
            "S-O-R: this program's own rule (levels move toward f over time constants)",
        ),
    ),
)
ACTIVATIONS = (
    ("logistic", QT_TRANSLATE_NOOP("FcmRunChoice", "Sigmoid (logistic), levels 0…1")),
    ("tanh", QT_TRANSLATE_NOOP("FcmRunChoice", "Hyperbolic tangent, levels −1…1")),
    ("trivalent", QT_TRANSLATE_NOOP("FcmRunChoice", "Trivalent (−1, 0, 1)")),
    ("bivalent", QT_TRANSLATE_NOOP("FcmRunChoice", "Bivalent (0, 1)")),
)
#: FCMpy's documented example runs the sigmoid with λ = 1.
DEFAULT_GAIN = 1.0


class FcmRunChoice(QGroupBox):
    """The rule, activation and gain λ an imported FCM matrix will run by."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("FcmRunChoice", "How the map runs"), parent)
        self.rule = QComboBox()
        for key, text in RULES:
            self.rule.addItem(translate("FcmRunChoice", text), key)
        self.activation = QComboBox()
        for key, text in ACTIVATIONS:
            self.activation.addItem(translate("FcmRunChoice", text), key)
        self.gain = QDoubleSpinBox(decimals=2, minimum=0.01, maximum=100.0, singleStep=0.5)
        self.gain.setValue(DEFAULT_GAIN)
        self.gain.setToolTip(translate("FcmRunChoice", "λ, the steepness of the sigmoid or tanh"))
        form = QFormLayout(self)
        form.addRow(translate("FcmRunChoice", "Update rule"), self.rule)
        form.addRow(translate("FcmRunChoice", "Activation"), self.activation)
        form.addRow(translate("FcmRunChoice", "Gain λ"), self.gain)

    def choice(self) -> tuple[str, str, float]:
        """(rule, activation kind, gain) as chosen."""
        return self.rule.currentData(), self.activation.currentData(), self.gain.value()

    def apply_to(self, document: ModelDocument) -> None:
        """Make ``document`` run as chosen (tanh and trivalent give it bipolar levels)."""
        rule, kind, gain = self.choice()
        use_rule(document, rule, kind, gain)


__all__ = ["FcmRunChoice"]

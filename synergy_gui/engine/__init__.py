"""The simulation engine: numpy arrays compiled from a model document (no Qt).

Feedback loops and stability live in :mod:`synergy_gui.engine.loops` (networkx), imported
only by those who need them.
"""

from synergy_gui.engine.compile import CompiledModel, compile_model
from synergy_gui.engine.dynamics import simulate_batch
from synergy_gui.engine.effects import Contributions, Effects, Term, contributions, effects
from synergy_gui.engine.errors import EngineError
from synergy_gui.engine.result import BatchResult, SimulationResult
from synergy_gui.engine.simulator import Simulator
from synergy_gui.engine.steady import SteadyState, steady_state

__all__ = [
    "BatchResult",
    "CompiledModel",
    "Contributions",
    "Effects",
    "EngineError",
    "SimulationResult",
    "Simulator",
    "SteadyState",
    "Term",
    "compile_model",
    "contributions",
    "effects",
    "simulate_batch",
    "steady_state",
]

"""The simulation engine: numpy arrays compiled from a model document (no Qt)."""

from synergy_gui.engine.compile import CompiledModel, compile_model
from synergy_gui.engine.dynamics import simulate_batch
from synergy_gui.engine.errors import EngineError
from synergy_gui.engine.result import SimulationResult
from synergy_gui.engine.simulator import Simulator

__all__ = [
    "CompiledModel",
    "EngineError",
    "SimulationResult",
    "Simulator",
    "compile_model",
    "simulate_batch",
]

"""Synergy Explorer: a runnable Stimulus-Organism-Response model of social-media marketing."""

import os

# The engine multiplies small matrices once per time step; a multi-threaded BLAS spends more
# on waking threads than on the product (p95 of a slider move on 200 constructs: 36 ms with
# threads, 12 ms without). Batches parallelise over runs instead. Set before numpy loads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"

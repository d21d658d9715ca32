"""Synergy Explorer: a runnable Stimulus-Organism-Response model of social-media marketing."""

__version__ = "0.1.0"

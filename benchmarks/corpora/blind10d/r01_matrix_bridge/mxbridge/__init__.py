"""Matrix <-> IRC bridge."""

__version__ = "0.7.2"

"""One place for the modules the relay imports (and the 3.8 fallbacks it once needed)."""
import json
import logging

try:
    from zoneinfo import ZoneInfo
except ImportError:  # pragma: no cover
    ZoneInfo = None

__all__ = ["json", "logging", "ZoneInfo"]

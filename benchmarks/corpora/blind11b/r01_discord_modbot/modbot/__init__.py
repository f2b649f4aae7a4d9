"""Shared pieces of ModBot."""

import logging

__version__ = "2.3.1"

LOGGER = logging.getLogger("modbot")

"""One place for the stdlib modules the bot patches or wraps.

Other modules do ``from .compat import logging``.
"""
import logging
import logging.handlers

__all__ = ["logging"]

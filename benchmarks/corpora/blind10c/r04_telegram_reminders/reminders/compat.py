"""One place for the logging imports; the rest of the package imports `logging` from here."""
import logging
import logging.handlers

__all__ = ["logging"]

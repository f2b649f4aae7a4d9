"""Left over from the 1.x gateway, which logged straight to a file."""
import logging

from gateway import settings


def ensure_logging():
    # A no-op once setup_logging() has put the QueueHandler on root.
    logging.basicConfig(filename=settings.FALLBACK_LOG, level=settings.LEVEL)

import logging
import sys


def configure_logging(log_level: str) -> None:
    """uvicorn's LOGGING_CONFIG, written out: 'uvicorn' to stderr, 'uvicorn.access' to stdout."""
    for name, stream in (("uvicorn", sys.stderr), ("uvicorn.access", sys.stdout)):
        logger = logging.getLogger(name)
        handler = logging.StreamHandler(stream)
        handler.setFormatter(logging.Formatter("%(levelname)s:     %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(log_level.upper())
        logger.propagate = False

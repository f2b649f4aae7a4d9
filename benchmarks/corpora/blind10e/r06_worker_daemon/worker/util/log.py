import logging


def get_logger(name: str) -> logging.Logger:
    """All worker loggers live under 'worker.'."""
    return logging.getLogger("worker.%s" % name)

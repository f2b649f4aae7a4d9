import logging


def get_logger(name):
    """All service loggers live under the ``service`` namespace."""
    return logging.getLogger(f"service.{name}")

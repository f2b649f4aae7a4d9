import logging


def get_logger(name):
    """All platform loggers live under 'jobs.'."""
    return logging.getLogger(f"jobs.{name}")

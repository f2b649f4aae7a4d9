"""Project-wide logger factory: every logger lives under 'inventory.'."""
import logging


def get_logger(name):
    return logging.getLogger(f"inventory.{name}")

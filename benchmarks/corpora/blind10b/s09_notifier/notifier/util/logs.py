"""Logger naming for the whole package."""
import logging

ROOT_NAME = "notifier"


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(f"{ROOT_NAME}.{name}")

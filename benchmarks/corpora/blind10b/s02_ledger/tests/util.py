"""Test helpers."""
import logging


def capture_to_file(path: str, name: str = "ledger") -> logging.Handler:
    handler = logging.FileHandler(path)
    logging.getLogger(name).addHandler(handler)
    return handler

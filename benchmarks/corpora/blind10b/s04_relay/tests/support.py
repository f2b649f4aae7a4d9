"""Test support: capture the bot's records in a file."""
import logging


def attach_file_log(path: str) -> logging.Handler:
    handler = logging.FileHandler(path)
    logging.getLogger("relay").addHandler(handler)
    logging.getLogger("relay").setLevel(logging.DEBUG)
    return handler

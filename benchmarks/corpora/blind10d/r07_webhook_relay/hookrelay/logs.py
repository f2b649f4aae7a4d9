import logging
import os
import sys
from logging.handlers import RotatingFileHandler


class DeliveryLog(RotatingFileHandler):
    """One JSON line per delivery attempt; the billing pipeline reads these files."""

    def __init__(self, path: str):
        super().__init__(path, maxBytes=50_000_000, backupCount=10, encoding="utf-8")
        self.setFormatter(logging.Formatter('{"t": "%(asctime)s", "level": "%(levelname)s", "msg": "%(message)s"}'))


def install(logger: logging.Logger, handler: logging.Handler) -> logging.Logger:
    logger.addHandler(handler)
    return logger


def setup(log_dir: str) -> None:
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    os.makedirs(log_dir, exist_ok=True)
    install(logging.getLogger("hookrelay.deliveries"), DeliveryLog(os.path.join(log_dir, "deliveries.jsonl")))

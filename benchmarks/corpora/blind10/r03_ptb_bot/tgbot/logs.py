"""Logging helpers for the bot."""
import os
import socket

from .compat import logging

LOG_FORMAT = "%(asctime)s [%(levelname)s] %(name)s: %(message)s"


class StatsdAlertHandler(logging.Handler):
    """Counts log records per level in statsd: one UDP datagram per record."""

    def __init__(self, host="127.0.0.1", port=8125, prefix="tgbot"):
        super().__init__()
        self.address = (host, port)
        self.prefix = prefix
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def emit(self, record):
        try:
            metric = f"{self.prefix}.log.{record.levelname.lower()}:1|c"
            self.sock.sendto(metric.encode("ascii"), self.address)
        except Exception:
            self.handleError(record)

    def close(self):
        self.sock.close()
        super().close()


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(f"tgbot.{name}")


def install_file_handler(handler: logging.handlers.TimedRotatingFileHandler) -> None:
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logging.getLogger("tgbot").addHandler(handler)


def setup_logging(log_dir):
    os.makedirs(log_dir, exist_ok=True)
    install_file_handler(
        logging.handlers.TimedRotatingFileHandler(os.path.join(log_dir, "tgbot.log"), when="D", backupCount=14)
    )
    app_logger = logging.getLogger("tgbot")
    app_logger.setLevel(logging.INFO)
    app_logger.addHandler(StatsdAlertHandler(prefix=os.environ.get("TGBOT_STATSD_PREFIX", "tgbot")))

from __future__ import annotations

import logging
import queue
import sys
from logging.handlers import QueueHandler, QueueListener, TimedRotatingFileHandler


def setup_queue_logging(log_file: str, level: int = logging.INFO) -> QueueListener:
    """Everything on root goes through a queue; the listener thread does the writing."""
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    console = logging.StreamHandler(sys.stderr)
    rotating = TimedRotatingFileHandler(log_file, when="D", backupCount=30)
    for handler in (console, rotating):
        handler.setFormatter(fmt)
    log_queue: queue.Queue = queue.Queue(-1)
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(QueueHandler(log_queue))
    listener = QueueListener(log_queue, console, rotating, respect_handler_level=True)
    listener.start()
    return listener


def audit_logger(path: str) -> logging.Logger:
    """One line per stored or rejected page, for the compliance export."""
    audit = logging.getLogger("crawlq.audit")
    audit.setLevel(logging.INFO)
    audit.propagate = False
    audit.addHandler(logging.FileHandler(path, encoding="utf-8"))
    return audit

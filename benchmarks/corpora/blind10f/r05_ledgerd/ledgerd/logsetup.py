"""Logging set-up: every handler runs on the listener thread, never on the event loop."""
from __future__ import annotations

import logging
import queue
from logging.handlers import QueueHandler, QueueListener, RotatingFileHandler
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def start_logging(log_file: Path) -> QueueListener:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        level=logging.INFO,
        format=FORMAT,
        handlers=[
            RotatingFileHandler(log_file, maxBytes=50_000_000, backupCount=10),
            logging.StreamHandler(),
        ],
    )
    # move whatever basicConfig installed behind a queue
    root = logging.getLogger()
    handlers = root.handlers[:]
    for handler in handlers:
        root.removeHandler(handler)
    log_queue: queue.SimpleQueue = queue.SimpleQueue()
    root.addHandler(QueueHandler(log_queue))
    listener = QueueListener(log_queue, *handlers, respect_handler_level=True)
    listener.start()
    return listener


def start_metrics_log(path: Path) -> QueueListener:
    metrics_queue: queue.Queue = queue.Queue()
    metrics = logging.getLogger("ledgerd.metrics")
    metrics.propagate = False
    metrics.setLevel(logging.INFO)
    metrics.addHandler(QueueHandler(metrics_queue))
    file_handler = logging.FileHandler(path, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter("%(created).3f %(message)s"))
    listener = QueueListener(metrics_queue, file_handler)
    listener.start()
    return listener

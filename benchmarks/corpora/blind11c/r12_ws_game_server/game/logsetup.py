"""Console + file handlers, then everything behind one QueueHandler; match results to CloudWatch."""

from __future__ import annotations

import atexit
import logging
import os
import queue
import sys
from logging import handlers

import sentry_sdk
import watchtower


def setup_logging() -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")

    console = logging.StreamHandler(sys.stdout)
    console.setFormatter(fmt)
    root.addHandler(console)
    rotating = handlers.RotatingFileHandler("logs/game.log", maxBytes=50_000_000, backupCount=5, encoding="utf-8")
    rotating.setFormatter(fmt)
    root.addHandler(rotating)

    # move whatever root has now behind a queue, so the event loop only enqueues
    log_queue: queue.Queue = queue.Queue(-1)
    existing = root.handlers[:]
    for h in existing:
        root.removeHandler(h)
    listener = handlers.QueueListener(log_queue, *existing, respect_handler_level=True)
    root.addHandler(handlers.QueueHandler(log_queue))
    listener.start()
    atexit.register(listener.stop)

    results = logging.getLogger("game.results")
    results.addHandler(watchtower.CloudWatchLogHandler(log_group_name="tilewars-results", send_interval=10))

    sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), environment=os.environ.get("ENV", "dev"))

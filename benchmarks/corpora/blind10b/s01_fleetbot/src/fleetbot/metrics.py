"""Counters, written to their own file by a listener thread."""
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

_queue = queue.SimpleQueue()
metrics_log = logging.getLogger("fleetbot.metrics")
metrics_log.propagate = False
metrics_log.addHandler(QueueHandler(_queue))


def start(path: str = "metrics.log") -> QueueListener:
    listener = QueueListener(_queue, logging.FileHandler(path, delay=True))
    listener.start()
    return listener


async def record(name: str, value: int = 1) -> None:
    metrics_log.info("%s %d", name, value)

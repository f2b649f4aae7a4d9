"""Raw samples: written by a listener thread, never propagated."""
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

SAMPLE_QUEUE = queue.SimpleQueue()
samples_log = logging.getLogger("meterd.samples")
samples_log.propagate = False
samples_log.addHandler(QueueHandler(SAMPLE_QUEUE))


def start_listener(path: str = "samples.csv") -> QueueListener:
    listener = QueueListener(SAMPLE_QUEUE, logging.FileHandler(path, delay=True))
    listener.start()
    return listener


async def push(device: str, value: float) -> None:
    samples_log.info("%s,%.3f", device, value)

"""Start-up logging: console and webhook, both drained by one background thread."""
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

from relay.webhook import WebhookHandler


def setup_logging(webhook_url: str) -> QueueListener:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)-8s %(name)s: %(message)s",
        handlers=[logging.StreamHandler(), WebhookHandler(webhook_url)],
    )
    root = logging.getLogger()
    moved = list(root.handlers)
    for handler in moved:
        root.removeHandler(handler)
    log_queue = queue.Queue(-1)
    root.addHandler(QueueHandler(log_queue))
    listener = QueueListener(log_queue, *moved, respect_handler_level=True)
    listener.start()
    return listener

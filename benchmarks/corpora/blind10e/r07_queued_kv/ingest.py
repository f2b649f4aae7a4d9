#!/usr/bin/env python3
"""Bulk loader: reads KEY=VALUE lines and stores them concurrently.

Handlers are declared with basicConfig for readability, then moved behind a queue
before the event loop starts.
"""
import asyncio
import atexit
import logging
import queue
import sys
from logging.handlers import QueueHandler, QueueListener

from svc.store import Store

log = logging.getLogger("kv.ingest")


def queue_root_handlers() -> QueueListener:
    root = logging.getLogger()
    handlers = list(root.handlers)
    for handler in handlers:
        root.removeHandler(handler)
    log_queue = queue.SimpleQueue()
    listener = QueueListener(log_queue, *handlers, respect_handler_level=True)
    root.addHandler(QueueHandler(log_queue))
    listener.start()
    atexit.register(listener.stop)
    return listener


async def load(lines):
    store = Store()
    log.info("loading %d lines", len(lines))
    results = await asyncio.gather(*(store.apply("SET", *line.split("=", 1)) for line in lines))
    log.info("stored %d keys", results.count("OK"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, handlers=[logging.FileHandler("ingest.log"), logging.StreamHandler(sys.stderr)])
    queue_root_handlers()
    asyncio.run(load(sys.argv[1:] or ["a=1", "b=2", "c=3"]))

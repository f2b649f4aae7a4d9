"""Order API process:  python3 -m acme.api.main   (console script: acme-api)"""
import asyncio
import logging
import logging.handlers
import os
import queue

from acme.api.routes import ROUTES
from acme.common.log import FORMAT, RotatingFileHandler


def setup_logging():
    log_queue = queue.SimpleQueue()
    file_handler = RotatingFileHandler(os.path.join(os.environ.get("ACME_LOG_DIR", "logs"), "api.log"), maxBytes=5_000_000, backupCount=5)
    console = logging.StreamHandler()
    for handler in (file_handler, console):
        handler.setFormatter(logging.Formatter(FORMAT))
    listener = logging.handlers.QueueListener(log_queue, file_handler, console)
    logging.getLogger().addHandler(logging.handlers.QueueHandler(log_queue))
    logging.getLogger().setLevel(logging.INFO)
    listener.start()
    return listener


async def serve(requests):
    for method, path, body in requests:
        status, payload = await ROUTES[(method, path)](body)
        print(method, path, status, payload)


def main():
    listener = setup_logging()
    try:
        asyncio.run(serve([("GET", "/orders", {}), ("POST", "/orders", {"id": 3})]))
    finally:
        listener.stop()


if __name__ == "__main__":
    main()

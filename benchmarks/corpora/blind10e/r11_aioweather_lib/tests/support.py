"""Test helpers: capture library records in memory while a coroutine runs on a fresh loop."""
import asyncio
import logging
import logging.handlers


class RecordingHandler(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def run_with_capture(coro):
    handler = RecordingHandler()
    logger = logging.getLogger("aioweather")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        result = asyncio.run(coro)
    finally:
        logger.removeHandler(handler)
    return result, handler.records


def run_with_buffer(coro, capacity=100):
    buffer = logging.handlers.MemoryHandler(capacity)
    logger = logging.getLogger("aioweather")
    logger.addHandler(buffer)
    try:
        return asyncio.run(coro), list(buffer.buffer)
    finally:
        logger.removeHandler(buffer)

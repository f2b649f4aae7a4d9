"""Keeps the last few hundred records in memory for the /debug/logs endpoint."""

import collections
import logging


class RingBufferHandler(logging.Handler):
    def __init__(self, capacity: int = 500) -> None:
        super().__init__()
        self.records: collections.deque[str] = collections.deque(maxlen=capacity)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.records.append(self.format(record))
        except Exception:
            self.handleError(record)


RING = RingBufferHandler()
RING.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))

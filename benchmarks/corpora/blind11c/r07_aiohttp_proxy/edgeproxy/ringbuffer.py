"""Keeps the last N formatted records in memory for GET /_debug/logs."""

from __future__ import annotations

import collections
import logging
import threading


class RingBufferHandler(logging.Handler):
    def __init__(self, capacity: int = 500) -> None:
        super().__init__()
        self.records: collections.deque[str] = collections.deque(maxlen=capacity)
        self._mutex = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:
            self.handleError(record)
            return
        with self._mutex:
            self.records.append(line)

    def snapshot(self) -> list[str]:
        with self._mutex:
            return list(self.records)


RING = RingBufferHandler()

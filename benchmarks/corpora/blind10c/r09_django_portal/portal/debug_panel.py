"""Keeps the last log lines in memory for the /admin debug panel."""
import collections
import logging


class RingBufferHandler(logging.Handler):
    def __init__(self, size=200):
        super().__init__()
        self.lines = collections.deque(maxlen=size)

    def emit(self, record):
        self.lines.append(self.format(record))


RING = RingBufferHandler()

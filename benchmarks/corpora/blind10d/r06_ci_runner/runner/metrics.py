import collections
import logging


class LevelCounter(logging.Handler):
    """Counts records per level for the agent's /metrics page."""

    def __init__(self):
        super().__init__()
        self.counts = collections.Counter()

    def emit(self, record):
        self.counts[record.levelname] += 1

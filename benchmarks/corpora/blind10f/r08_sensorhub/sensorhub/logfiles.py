"""Log files that compress themselves when they rotate."""
from __future__ import annotations

import gzip
import logging
import os
import shutil
from logging import handlers

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RotatingFileHandler(handlers.RotatingFileHandler):
    """Same as the stdlib one, but old files are gzipped."""

    def __init__(self, filename: str, **kwargs) -> None:
        super().__init__(filename, **kwargs)
        self.namer = lambda name: name + ".gz"
        self.rotator = self._gzip

    @staticmethod
    def _gzip(source: str, dest: str) -> None:
        with open(source, "rb") as src, gzip.open(dest, "wb") as dst:
            shutil.copyfileobj(src, dst)
        os.remove(source)


def make_handler(path: str, level: int = logging.INFO) -> RotatingFileHandler:
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=10 * 1024 * 1024, backupCount=7)
    handler.setLevel(level)
    return handler

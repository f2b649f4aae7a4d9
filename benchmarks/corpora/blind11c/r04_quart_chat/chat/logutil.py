"""Small logging helpers shared by the chat app."""

from __future__ import annotations

import json
import logging
import sys
import time


class StderrJsonHandler(logging.Handler):
    """One JSON object per line on stderr, for the moderation dashboard's log shipper."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            doc = {
                "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)),
                "level": record.levelname,
                "logger": record.name,
                "msg": record.getMessage(),
            }
            doc.update(getattr(record, "mod", {}))
            sys.stderr.write(json.dumps(doc) + "\n")
            sys.stderr.flush()
        except Exception:
            self.handleError(record)


def start_queue_listener(name: str = "queued") -> None:
    handler = logging.getHandlerByName(name)
    if handler is not None and handler.listener is not None:
        handler.listener.start()

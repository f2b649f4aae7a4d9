import json
import logging
import sys


class StderrJsonHandler(logging.Handler):
    """One JSON object per line on stderr; the rate-limit dashboard tails the container's stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            payload = {
                "ts": record.created,
                "level": record.levelname,
                "logger": record.name,
                "msg": record.getMessage(),
                **getattr(record, "ctx", {}),
            }
            sys.stderr.write(json.dumps(payload) + "\n")
            sys.stderr.flush()
        except Exception:
            self.handleError(record)

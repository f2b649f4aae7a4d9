"""Console logging through rich, plus an audit trail that survives restarts."""

import logging
from pathlib import Path

from concurrent_log_handler import ConcurrentRotatingFileHandler
from rich.logging import RichHandler

LOG_DIR = Path(__file__).resolve().parent.parent / "logs"
AUDIT_FORMAT = "%(asctime)s %(levelname)s %(message)s"


def setup_logging(level: int = logging.INFO) -> None:
    logging.basicConfig(
        level=level,
        format="%(message)s",
        datefmt="[%X]",
        handlers=[RichHandler(rich_tracebacks=True, markup=True)],
    )
    logging.getLogger("aiogram").setLevel(logging.WARNING)

    LOG_DIR.mkdir(exist_ok=True)
    audit = logging.getLogger("bot.audit")
    audit.setLevel(logging.INFO)
    audit.propagate = False
    audit_handler = ConcurrentRotatingFileHandler(
        str(LOG_DIR / "audit.log"), maxBytes=5_000_000, backupCount=5, encoding="utf-8"
    )
    audit_handler.setFormatter(logging.Formatter(AUDIT_FORMAT))
    audit.addHandler(audit_handler)

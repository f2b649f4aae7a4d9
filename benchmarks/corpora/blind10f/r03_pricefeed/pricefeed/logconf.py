import logging
from logging import handlers as loghandlers
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s [%(name)s] %(message)s"


def configure_logging(log_dir: Path) -> logging.Logger:
    """Application log: its own daily file, kept apart from uvicorn's console output."""
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = loghandlers.TimedRotatingFileHandler(
        log_dir / "pricefeed.log", when="midnight", backupCount=14, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    app_logger = logging.getLogger("pricefeed")
    app_logger.setLevel(logging.INFO)
    app_logger.propagate = False
    app_logger.addHandler(handler)
    return app_logger

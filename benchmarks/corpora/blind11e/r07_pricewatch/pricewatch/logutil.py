from __future__ import annotations

import logging
import logging.config
import os
import sys
from pathlib import Path

import yaml
from fluent import asynchandler

CONFIG_DIR = Path(__file__).resolve().parents[1] / "config"


class ProgressHandler(logging.Handler):
    """One-line progress display on the terminal (overwrites the previous line)."""

    def emit(self, record: logging.LogRecord) -> None:
        sys.stderr.write("\r\x1b[2K" + self.format(record))
        sys.stderr.flush()


def configure_logging() -> None:
    os.environ.setdefault("LOG_DIR", str(CONFIG_DIR.parent / "logs"))
    os.makedirs(os.environ["LOG_DIR"], exist_ok=True)
    with open(CONFIG_DIR / "logging.yaml", encoding="utf-8") as fh:
        logging.config.dictConfig(yaml.safe_load(os.path.expandvars(fh.read())))

    progress = logging.getLogger("pricewatch.progress")
    progress.propagate = False
    progress.setLevel(logging.INFO)
    progress.addHandler(ProgressHandler())

    items = logging.getLogger("pricewatch.items")
    items.propagate = False
    items.setLevel(logging.INFO)
    items.addHandler(asynchandler.FluentHandler("pricewatch.items", host="fluentd", port=24224,
                                                queue_circular=True))


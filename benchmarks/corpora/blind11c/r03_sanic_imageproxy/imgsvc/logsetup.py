"""Read logging.yaml (next to this module), substitute ${VARS}, apply it."""

from __future__ import annotations

import logging.config
import os
from pathlib import Path

import yaml

CONFIG_PATH = Path(__file__).with_name("logging.yaml")


def configure_logging() -> None:
    os.environ.setdefault("IMGSVC_LOG_DIR", "/var/log/imgsvc")
    os.environ.setdefault("GRAYLOG_HOST", "graylog.internal")
    text = os.path.expandvars(CONFIG_PATH.read_text(encoding="utf-8"))
    logging.config.dictConfig(yaml.safe_load(text))

from __future__ import annotations

import json
import logging
import logging.config
import os
from pathlib import Path
from string import Template

import structlog
from fluent import handler as fluent_handler

ROOT = Path(__file__).resolve().parent.parent


def configure_logging() -> None:
    path = Path(os.environ.get("GATEWAY_LOG_CONFIG", ROOT / "logging.json"))
    text = Template(path.read_text(encoding="utf-8")).safe_substitute(os.environ)
    logging.config.dictConfig(json.loads(text))

    audit = logging.getLogger("gateway.audit")
    audit.propagate = False
    audit.addHandler(fluent_handler.FluentHandler("gateway.audit", host=os.environ.get("FLUENTD_HOST", "localhost"), port=24224))

    structlog.configure(
        processors=[structlog.stdlib.add_log_level, structlog.processors.JSONRenderer()],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
    )

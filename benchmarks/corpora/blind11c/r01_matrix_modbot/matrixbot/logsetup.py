"""Logging set-up: rich console on root, a rotating audit trail, ops alerts."""

from __future__ import annotations

import logging
import os

from concurrent_log_handler import ConcurrentRotatingFileHandler
from rich.logging import RichHandler

from matrixbot.alerts import WebhookAlertHandler

AUDIT_LOGGER = "matrixbot.audit"
ALERT_LOGGER = "matrixbot.alerts"


def setup_logging(level: str = "INFO", audit_dir: str | None = None,
                  alert_webhook: str | None = None) -> None:
    logging.basicConfig(
        level=level,
        format="%(message)s",
        datefmt="[%X]",
        handlers=[RichHandler(rich_tracebacks=True, markup=False, show_path=False)],
    )
    logging.getLogger("nio").setLevel(logging.WARNING)
    logging.getLogger("peewee").setLevel(logging.WARNING)

    audit = logging.getLogger(AUDIT_LOGGER)
    audit.setLevel(logging.INFO)
    audit.propagate = False
    if audit_dir:
        handler = ConcurrentRotatingFileHandler(
            os.path.join(audit_dir, "audit.log"),
            maxBytes=5 * 1024 * 1024,
            backupCount=10,
            use_gzip=True,
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        audit.addHandler(handler)
    else:
        audit.addHandler(logging.NullHandler())

    if alert_webhook:
        alerts = logging.getLogger(ALERT_LOGGER)
        alerts.addHandler(WebhookAlertHandler(alert_webhook))

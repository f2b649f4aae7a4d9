from __future__ import annotations

import logging
from logging.handlers import SMTPHandler

from tradewatch import config


def alert_logger() -> logging.Logger:
    """Alerts are mailed to the desk; they do not go to the console."""
    alerts = logging.getLogger("tradewatch.alerts")
    alerts.propagate = False
    alerts.addHandler(
        SMTPHandler(
            mailhost=config.SMTP_HOST,
            fromaddr=config.ALERT_FROM,
            toaddrs=config.ALERT_TO,
            subject="tradewatch alert",
        )
    )
    return alerts

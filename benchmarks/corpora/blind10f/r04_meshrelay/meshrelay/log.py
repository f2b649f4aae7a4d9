from __future__ import annotations

import logging
from logging.handlers import SysLogHandler

from meshrelay.alerts import MatrixHandler

LOGGERS = {
    "http": logging.getLogger("meshrelay.http"),
    "peer": logging.getLogger("meshrelay.peer"),
    "store": logging.getLogger("meshrelay.store"),
}


def setup_logging(level: str, syslog_address: str, matrix: dict | None) -> None:
    root = logging.getLogger()
    root.setLevel(level)
    syslog = SysLogHandler(address=syslog_address, facility=SysLogHandler.LOG_DAEMON)
    syslog.setFormatter(logging.Formatter("meshrelay[%(process)d]: %(name)s %(message)s"))
    root.handlers = [syslog]

    alerts = logging.getLogger("meshrelay.alerts")
    alerts.propagate = False
    if matrix:
        alerts.addHandler(MatrixHandler(matrix["homeserver"], matrix["room"], matrix["token"]))
    else:
        alerts.addHandler(logging.NullHandler())

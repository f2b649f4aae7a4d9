from __future__ import annotations

import logging
import os

import colorlog
import logging_loki

FMT = "%(log_color)s%(asctime)s %(levelname)-8s%(reset)s %(name)s: %(message)s"


def configure() -> None:
    console = colorlog.StreamHandler()
    console.setFormatter(colorlog.ColoredFormatter(FMT, datefmt="%H:%M:%S"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(console)

    loki = logging_loki.LokiHandler(
        url=os.environ.get("LOKI_URL", "http://loki:3100/loki/api/v1/push"),
        tags={"service": "tg-alerts", "env": os.environ.get("ENV", "prod")},
        auth=(os.environ.get("LOKI_USER", ""), os.environ.get("LOKI_PASSWORD", "")),
        version="1",
    )
    app = logging.getLogger("alerts")
    app.setLevel(logging.INFO)
    app.propagate = False
    app.addHandler(loki)

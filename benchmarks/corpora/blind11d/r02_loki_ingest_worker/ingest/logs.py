"""Logging for the ingest worker.

Console output goes through coloredlogs; ingest events are shipped to Loki,
metrics to Loki through its queue handler, spans to fluentd (async sender).
"""

import logging
import os
from queue import Queue

import coloredlogs
import logging_loki
from fluent import asynchandler as fluent_async
from logging_loki import LokiHandler

LOKI_URL = os.environ.get("LOKI_URL", "http://loki:3100/loki/api/v1/push")
FLUENT_HOST = os.environ.get("FLUENT_HOST", "fluentd")


def configure(level: str = "INFO") -> None:
    coloredlogs.install(level=level, fmt="%(asctime)s %(name)s[%(process)d] %(levelname)s %(message)s")

    ingest = logging.getLogger("ingest")
    ingest.setLevel(logging.INFO)
    ingest.propagate = False
    ingest.addHandler(LokiHandler(url=LOKI_URL, tags={"service": "ingest"}, version="1"))

    metrics = logging.getLogger("metrics")
    metrics.setLevel(logging.INFO)
    metrics.propagate = False
    metrics.addHandler(
        logging_loki.LokiQueueHandler(
            Queue(-1), url=LOKI_URL, tags={"service": "ingest-metrics"}, version="1"
        )
    )

    trace = logging.getLogger("trace")
    trace.setLevel(logging.INFO)
    trace.propagate = False
    trace.addHandler(fluent_async.FluentHandler("ingest.trace", host=FLUENT_HOST, port=24224))

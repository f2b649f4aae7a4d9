"""All blocking handlers run on the QueueListener thread; the loop only enqueues."""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import os
import queue

import pygelf
from fluent import asynchandler as fluent_async
from google.cloud import logging as gcloud_logging
from google.cloud.logging.handlers import CloudLoggingHandler
from logstash_async.handler import AsynchronousLogstashHandler

from edgeproxy.ringbuffer import RING

_listener: logging.handlers.QueueListener | None = None


def setup_logging(level: int = logging.INFO) -> None:
    global _listener
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")

    console = logging.StreamHandler()
    console.setFormatter(fmt)
    access_file = logging.handlers.TimedRotatingFileHandler("logs/access.log", when="H", backupCount=48, delay=True)
    access_file.setFormatter(fmt)
    gelf = pygelf.GelfTcpHandler(host=os.environ.get("GRAYLOG_HOST", "graylog"), port=12201, include_extra_fields=True)

    q: queue.SimpleQueue = queue.SimpleQueue()
    _listener = logging.handlers.QueueListener(q, console, access_file, gelf, respect_handler_level=True)
    _listener.start()
    atexit.register(_listener.stop)

    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(logging.handlers.QueueHandler(q))
    root.addHandler(RING)

    # audit trail: the logstash worker thread does the sending (and the retry cache)
    audit = logging.getLogger("edgeproxy.audit")
    audit.addHandler(AsynchronousLogstashHandler(os.environ.get("LOGSTASH_HOST", "logstash"), 5959, database_path=None))

    # per-upstream metrics to fluentd; drop the oldest when the collector lags
    metrics = logging.getLogger("edgeproxy.metrics")
    metrics.propagate = False
    metrics.addHandler(fluent_async.FluentHandler("edgeproxy.metrics", host="fluentd", port=24224, queue_circular=True))

    # cache evictions to Cloud Logging (background-thread transport by default)
    if os.environ.get("GOOGLE_CLOUD_PROJECT"):
        client = gcloud_logging.Client()
        cache_log = logging.getLogger("edgeproxy.cache")
        cache_log.addHandler(CloudLoggingHandler(client, name="edgeproxy-cache"))

    logging.getLogger("edgeproxy.debug").addHandler(logging.NullHandler())

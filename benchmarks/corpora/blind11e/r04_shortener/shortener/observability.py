from __future__ import annotations

import logging
import os

import logstash
from aiohttp import web
from logstash_async.handler import AsynchronousLogstashHandler

access_log = logging.getLogger("shortener.access")
events_log = logging.getLogger("shortener.events")


async def setup_logstash(app: web.Application) -> None:
    host = os.environ.get("LOGSTASH_HOST", "logstash")
    access_log.setLevel(logging.INFO)
    access_log.propagate = False
    access_log.addHandler(logstash.TCPLogstashHandler(host, 5959, version=1))

    events_log.setLevel(logging.INFO)
    events_log.propagate = False
    events_log.addHandler(
        AsynchronousLogstashHandler(host, 5960, database_path=None, transport="logstash_async.transport.TcpTransport")
    )

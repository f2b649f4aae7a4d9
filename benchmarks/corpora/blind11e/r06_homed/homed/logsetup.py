from __future__ import annotations

import asyncio
import logging
import os

import coloredlogs
import requests
from systemd.journal import JournalHandler


class NtfyHandler(logging.Handler):
    """Push WARNING+ lines to an ntfy.sh topic so they reach the phone."""

    def __init__(self, server: str, topic: str) -> None:
        super().__init__(level=logging.WARNING)
        self.url = f"{server.rstrip('/')}/{topic}"

    def emit(self, record: logging.LogRecord) -> None:
        try:
            requests.post(self.url, data=self.format(record).encode(), timeout=5,
                          headers={"Title": f"homed {record.levelname}"})
        except Exception:
            self.handleError(record)


class EventBusHandler(logging.Handler):
    """Feeds log records to the web UI's event stream (drained by a task on the loop)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, queue: asyncio.Queue) -> None:
        super().__init__()
        self.loop = loop
        self.queue = queue

    def emit(self, record: logging.LogRecord) -> None:
        self.loop.call_soon_threadsafe(self.queue.put_nowait, self.format(record))


def make_alert_handler() -> logging.Handler:
    return NtfyHandler(os.environ.get("NTFY_SERVER", "https://ntfy.sh"), os.environ.get("NTFY_TOPIC", "homed"))


def setup_logging() -> None:
    coloredlogs.install(
        level="INFO",
        fmt="%(asctime)s %(name)s %(levelname)s %(message)s",
        field_styles={"name": {"color": "blue"}},
    )

    alerts = logging.getLogger("homed.alerts")
    alerts.propagate = False
    alerts.addHandler(make_alert_handler())

    audit = logging.getLogger("homed.audit")
    audit.propagate = False
    audit.setLevel(logging.INFO)
    audit.addHandler(JournalHandler(SYSLOG_IDENTIFIER="homed-audit"))


def attach_event_bus(queue: asyncio.Queue) -> None:
    events = logging.getLogger("homed.events")
    events.propagate = False
    events.setLevel(logging.INFO)
    events.addHandler(EventBusHandler(asyncio.get_running_loop(), queue))

"""Audit trail: its own file, through its own queue, not propagated."""
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

audit_log = logging.getLogger("relay.audit")
audit_log.propagate = False
_queue = queue.Queue()
audit_log.addHandler(QueueHandler(_queue))
_listener = QueueListener(_queue, logging.FileHandler("audit.log", delay=True))


def start_audit() -> None:
    _listener.start()


def stop_audit() -> None:
    _listener.stop()


async def record(action: str, subject: str) -> None:
    audit_log.info("%s %s", action, subject)

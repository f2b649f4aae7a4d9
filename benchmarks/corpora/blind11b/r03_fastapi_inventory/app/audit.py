"""Audit trail shipped to Loki, kept out of the application log."""

import logging

from logging_loki import LokiHandler

from app.settings import settings

audit_log = logging.getLogger("inventory.audit")
audit_log.setLevel(logging.INFO)
audit_log.propagate = False
audit_log.addHandler(LokiHandler(url=settings.loki_url, tags={"service": "inventory", "stream": "audit"}, version="1"))

"""ASGI entry: `uvicorn gateway.asgi:app` (see Procfile)."""
import logging.config
import os

from gateway import endpoints
from gateway.access import AccessLog
from gateway.config import LOG_DIR, load_logging_config
from gateway.router import Router, route

os.makedirs(LOG_DIR, exist_ok=True)
logging.config.dictConfig(load_logging_config())

app = AccessLog(Router([route("/health", endpoints.health), route("/quote", endpoints.quote)]))

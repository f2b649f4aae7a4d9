import logging
import os
import sys
from logging import handlers as lh

LOG_PATH = os.environ.get("MQTTGW_LOG", "mqttgw.log")


class GatewayFileHandler(lh.WatchedFileHandler):
    """Reopens the file after logrotate moves it; prefixes every line with the gateway id."""

    def __init__(self, filename, gateway_id):
        super().__init__(filename, encoding="utf-8")
        self.gateway_id = gateway_id

    def format(self, record):
        return f"[{self.gateway_id}] " + super().format(record)


def configure(gateway_id: str, debug: bool = False) -> None:
    console = logging.StreamHandler(sys.stdout)
    console.setLevel(logging.WARNING)
    logging.getLogger().handlers = [GatewayFileHandler(LOG_PATH, gateway_id), console]
    logging.getLogger().setLevel(logging.DEBUG if debug else logging.INFO)

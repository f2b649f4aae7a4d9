import logging
import os

from hub.log_handlers import (
    ConsoleJSONHandler,
    DailyFileHandler,
    RingBufferHandler,
    StderrLineHandler,
    TelegramAlertHandler,
    UnixSocketHandler,
)

ring = RingBufferHandler()


def build_alert_handler() -> logging.Handler:
    handler = TelegramAlertHandler(os.environ["TELEGRAM_TOKEN"], os.environ["TELEGRAM_CHAT_ID"])
    handler.setFormatter(logging.Formatter("[homehub] %(levelname)s %(message)s"))
    return handler


def _private(name: str) -> logging.Logger:
    logger = logging.getLogger(name)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger


def configure() -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(ConsoleJSONHandler())

    devices = _private("hub.devices")
    line_handler = StderrLineHandler()
    line_handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    devices.addHandler(line_handler)

    alerts = _private("hub.alerts")
    alerts.handlers = [build_alert_handler()]

    telemetry = _private("hub.telemetry")
    telemetry.addHandler(UnixSocketHandler(os.environ.get("COLLECTOR_SOCKET", "/run/collector.sock")))

    history = _private("hub.history")
    history.addHandler(DailyFileHandler(os.environ.get("HISTORY_FILE", "/var/lib/homehub/history.log")))

    debug = _private("hub.debug")
    debug.addHandler(ring)

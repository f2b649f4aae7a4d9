import atexit
import json
import logging
import logging.config
from pathlib import Path

import google.cloud.logging
from google.cloud.logging.handlers import CloudLoggingHandler

CONFIG_PATH = Path(__file__).parent / "logging_config.json"


def setup_logging() -> None:
    config = json.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    logging.config.dictConfig(config)
    queue_handler = logging.getHandlerByName("queue_handler")
    if queue_handler is not None:
        queue_handler.listener.start()
        atexit.register(queue_handler.listener.stop)

    client = google.cloud.logging.Client()
    logging.getLogger().addHandler(CloudLoggingHandler(client, name="catalog-api"))

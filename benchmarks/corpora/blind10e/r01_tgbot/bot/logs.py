import logging
import os
import sys
from logging.handlers import TimedRotatingFileHandler

LOG_DIR = os.environ.get("TGBOT_LOG_DIR", "logs")
FORMAT = "%(asctime)s | %(levelname)-8s | %(name)s: %(message)s"


def setup_logging(level=logging.INFO):
    os.makedirs(LOG_DIR, exist_ok=True)
    logging.basicConfig(level=level, format=FORMAT, handlers=[TimedRotatingFileHandler(os.path.join(LOG_DIR, "bot.log"), when="midnight", backupCount=7), logging.StreamHandler(sys.stdout)])
    logging.getLogger("httpx").setLevel(logging.WARNING)

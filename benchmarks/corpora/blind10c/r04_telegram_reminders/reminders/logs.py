"""Logging set-up for the bot process."""
import logging
import logging.handlers

FORMAT = "%(asctime)s %(levelname)s [%(name)s] %(message)s"


def configure(level=logging.INFO):
    handlers = [
        logging.handlers.TimedRotatingFileHandler("reminders.log", when="midnight", backupCount=7, encoding="utf-8"),
        logging.StreamHandler(),
    ]
    logging.basicConfig(level=level, format=FORMAT, handlers=handlers)

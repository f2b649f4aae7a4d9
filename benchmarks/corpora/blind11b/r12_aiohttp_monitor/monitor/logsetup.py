import logging
import queue
from logging.handlers import QueueHandler, QueueListener
from multiprocessing import Queue

from fluent import asynchandler
from logging_loki import LokiQueueHandler
from splunk_handler import SplunkHandler
from telegram_handler import TelegramHandler

from monitor.config import Config
from monitor.slack import SlackHandler

SLACK = None


def setup_logging(cfg: Config) -> QueueListener:
    global SLACK
    logging.basicConfig(
        level=logging.INFO,
        filename=cfg.log_file,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )

    # Move root's file handler (and the Telegram alert) behind a queue: nothing blocks the loop.
    root = logging.getLogger()
    moved = list(root.handlers)
    for handler in moved:
        root.removeHandler(handler)
    alert = TelegramHandler(token=cfg.tg_token, chat_id=cfg.tg_chat, level=logging.ERROR)
    q: queue.Queue = queue.Queue(-1)
    listener = QueueListener(q, *moved, alert, respect_handler_level=True)
    root.addHandler(QueueHandler(q))
    listener.start()

    metrics = logging.getLogger("monitor.metrics")
    metrics.addHandler(LokiQueueHandler(Queue(-1), url=cfg.loki_url, tags={"app": "uptime"}, version="1"))

    audit = logging.getLogger("monitor.audit")
    audit.addHandler(SplunkHandler(host=cfg.splunk_host, port=8088, token=cfg.splunk_token, index="uptime"))
    audit.addHandler(asynchandler.FluentHandler("uptime.audit", host="fluentd", port=24224))

    SLACK = SlackHandler(cfg.slack_webhook)
    logging.getLogger("monitor.checks").addHandler(SLACK)
    logging.getLogger("urllib3").addHandler(logging.NullHandler())
    return listener

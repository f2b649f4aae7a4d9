"""Process-wide logging: everything goes through a queue to a listener thread."""
import logging
import logging.handlers
import os
import queue

FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def setup(log_dir="logs"):
    os.makedirs(log_dir, exist_ok=True)
    log_queue = queue.Queue(-1)
    file_handler = logging.FileHandler(os.path.join(log_dir, "shopbot.log"), encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(FORMAT))
    mail_handler = logging.handlers.SMTPHandler(
        mailhost=("127.0.0.1", 25),
        fromaddr="shopbot@localhost",
        toaddrs=["ops@localhost"],
        subject="shopbot error",
    )
    mail_handler.setLevel(logging.ERROR)
    listener = logging.handlers.QueueListener(log_queue, file_handler, mail_handler, respect_handler_level=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.handlers = [logging.handlers.QueueHandler(log_queue)]
    listener.start()
    return listener

import logging

MISSING = object()


def setup_logging(*, handler=MISSING, level=logging.INFO):
    """What discord.py's Client.run() does by default: a StreamHandler on the root logger."""
    if handler is MISSING:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[{asctime}] [{levelname:<8}] {name}: {message}", style="{"))
    logger = logging.getLogger()
    logger.setLevel(level)
    logger.addHandler(handler)

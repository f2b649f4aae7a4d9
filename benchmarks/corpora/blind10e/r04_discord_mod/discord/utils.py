import logging
import sys
from typing import Optional

MISSING = object()


def setup_logging(*, handler: Optional[logging.Handler] = None, formatter: Optional[logging.Formatter] = None,
                  level: int = logging.INFO, root: bool = True) -> None:
    """Like discord.utils.setup_logging: one handler on the 'discord' logger, or on root."""
    if handler is None:
        handler = logging.StreamHandler(sys.stderr)
    if formatter is None:
        formatter = logging.Formatter("[{asctime}] [{levelname:<8}] {name}: {message}", "%Y-%m-%d %H:%M:%S", style="{")
    logger = logging.getLogger() if root else logging.getLogger("discord")
    handler.setFormatter(formatter)
    logger.setLevel(level)
    logger.addHandler(handler)

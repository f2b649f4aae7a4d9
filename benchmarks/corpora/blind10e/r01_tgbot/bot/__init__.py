"""tgbot: group moderation bot."""
import logging

__version__ = "2.3.1"

LOGGER = logging.getLogger("tgbot")

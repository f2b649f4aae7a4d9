"""The bot's named loggers. Handlers come from discord's own setup (bot.run)."""
import logging

LOGGERS = {
    "mod": logging.getLogger("modbot.mod"),
    "events": logging.getLogger("modbot.events"),
    "audit": logging.getLogger("modbot.audit"),
}

# audit records go to the database exporter, never to the console
LOGGERS["audit"].addHandler(logging.NullHandler())
LOGGERS["audit"].propagate = False

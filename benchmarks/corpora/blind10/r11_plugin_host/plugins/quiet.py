"""Counts events; reports only to the in-memory debug ring."""
import logging

from host.plugin import Plugin as BasePlugin

_debug = logging.getLogger("host.debug.quiet")


class Plugin(BasePlugin):
    name = "quiet"

    def __init__(self):
        self.seen = 0

    async def on_event(self, event, payload):
        self.seen += 1
        _debug.info("event #%d: %s", self.seen, event)

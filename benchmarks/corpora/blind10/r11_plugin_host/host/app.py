"""The plugin host."""
import asyncio
import logging
import logging.handlers
import queue

from .logutil import RingBufferHandler, build_handlers

RING = RingBufferHandler()
log = logging.getLogger("host")


def configure_logging(log_dir):
    log_queue = queue.SimpleQueue()
    listener = logging.handlers.QueueListener(log_queue, *build_handlers(log_dir), respect_handler_level=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    debug_log = logging.getLogger("host.debug")
    debug_log.propagate = False
    debug_log.addHandler(RING)
    listener.start()
    return listener


class PluginHost:
    def __init__(self):
        self.plugins = []

    def load_plugins(self):
        from plugins import greeter, quiet, weather

        for module in (greeter, weather, quiet):
            self.plugins.append(module.Plugin())

    async def dispatch(self, event, payload):
        for plugin in self.plugins:
            try:
                await plugin.on_event(event, payload)
            except Exception:
                log.exception("plugin %s failed on %s", plugin.name, event)

    async def run(self, events):
        log.info("host started with %d plugins", len(self.plugins))
        for event, payload in events:
            await self.dispatch(event, payload)
            await asyncio.sleep(0)
        log.info("host stopping")

"""The hub: an event bus and the integrations attached to it."""
import asyncio
import logging

_LOGGER = logging.getLogger(__name__)


class Hub:
    def __init__(self, config):
        self.config = config
        self.integrations = []
        self.listeners = {}
        self.running = False

    def register(self, integration):
        self.integrations.append(integration)

    def listen(self, event, callback):
        self.listeners.setdefault(event, []).append(callback)

    async def async_fire(self, event, data):
        for callback in self.listeners.get(event, ()):
            await callback(data)

    async def async_start(self):
        for integration in self.integrations:
            await integration.async_setup(self)
        self.running = True
        _LOGGER.info("hub started with %s", [type(i).__name__ for i in self.integrations])

    async def async_run_for(self, seconds):
        deadline = asyncio.get_running_loop().time() + seconds
        tick = 0
        while asyncio.get_running_loop().time() < deadline:
            await self.async_fire("tick", tick)
            tick += 1
            await asyncio.sleep(0.01)

    async def async_stop(self):
        self.running = False
        _LOGGER.info("hub stopped")


def load_integrations(hub):
    from hassd.integrations import hue, mqtt

    for module in (hue, mqtt):
        if module.DOMAIN in hub.config["integrations"]:
            hub.register(module.create(hub.config))

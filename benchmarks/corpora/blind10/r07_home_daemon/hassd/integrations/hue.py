"""Philips Hue lights (simulated bridge)."""
import asyncio
import logging

DOMAIN = "hue"
_LOGGER = logging.getLogger(__name__)


class HueBridge:
    def __init__(self, lights):
        self.lights = {name: False for name in lights}

    async def async_setup(self, hub):
        hub.listen("tick", self.async_on_tick)
        _LOGGER.info("found %d lights", len(self.lights))

    async def async_on_tick(self, tick):
        if tick == 2:
            await self.async_turn_on("kitchen")

    async def async_turn_on(self, light):
        await asyncio.sleep(0)
        self.lights[light] = True
        _LOGGER.info("turned on %s", light)


def create(config):
    return HueBridge(config["lights"])

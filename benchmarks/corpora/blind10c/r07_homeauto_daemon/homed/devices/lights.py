"""Dimmable lights (homed/devices has no __init__.py: a namespace package)."""
import asyncio

from homed.mixins import LoggingMixin


class Light(LoggingMixin):
    def __init__(self, name):
        self.name = name
        self.level = 0

    async def turn_on(self, payload="100"):
        await asyncio.sleep(0)
        level = self.level = int(payload)
        self.logger.info("on at %d%%", level)

    async def turn_off(self, payload=None):
        self.logger.info("off (was %d%%)", self.level)
        self.level = 0
        await asyncio.sleep(0)

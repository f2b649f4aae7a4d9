"""Device access."""
import asyncio
import logging
import random


class FakeDevice:
    def __init__(self, name: str, base: float = 230.0) -> None:
        self.name = name
        self.base = base

    async def read(self) -> float:
        await asyncio.sleep(0)
        return self.base + random.uniform(-1.0, 1.0)


async def poll(device: FakeDevice, log: logging.Logger) -> float:
    value = await device.read()
    log.info("%s reads %.2f", device.name, value)
    return value

"""The polling service."""
import asyncio
import logging

from meterd import samples
from meterd.calibrate import calibrate
from meterd.devices import FakeDevice, poll

alarms = logging.getLogger("meterd.alarms")
LIMITS = (225.0, 235.0)


class Service:
    @property
    def log(self) -> logging.Logger:
        return logging.getLogger(f"meterd.{type(self).__name__.lower()}")


class Poller(Service):
    def __init__(self, devices) -> None:
        self.devices = devices

    async def run(self) -> list:
        self.log.info("polling %d devices", len(self.devices))
        devlog = logging.getLogger("meterd.devices")
        values = []
        for device in self.devices:
            values.append(await poll(device, devlog))
        return values


async def check(name: str, value: float) -> None:
    low, high = LIMITS
    if not low <= value <= high:
        alarms.warning("%s out of range: %.2f", name, value)


async def serve(cycles: int = 2) -> None:
    devices = [FakeDevice("l1"), FakeDevice("l2")]
    samples.samples_log.info("service start, %d devices", len(devices))
    offsets = [await calibrate(d) for d in devices]
    poller = Poller(devices)
    for n in range(cycles):
        values = await poller.run()
        for device, value in zip(devices, values):
            await samples.push(device.name, value)
            await check(device.name, value)
        logging.getLogger("meterd").info("cycle %d: %s (offsets %s)", n, values, offsets)
        await asyncio.sleep(0.01)

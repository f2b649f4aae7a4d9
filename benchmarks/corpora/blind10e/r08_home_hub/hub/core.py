import asyncio
import logging

from hub.alerts import raise_alert
from hub.areas import apply_scene
from hub.devices import load_devices
from hub.telemetry import publish

LOG = logging.getLogger(__name__)


class Hub:
    def __init__(self, cycles: int = 2, threshold: float = 25.0):
        self.cycles = cycles
        self.threshold = threshold
        self.devices = load_devices()

    async def run(self) -> None:
        LOG.info("hub up with %d devices", len(self.devices))
        sensors = [d for d in self.devices if d.kind == "sensor"]
        for _ in range(self.cycles):
            values = await asyncio.gather(*(d.poll() for d in sensors))
            readings = dict(zip((d.dev_id for d in sensors), values))
            await publish(readings)
            for device, value in zip(sensors, values):
                if value > self.threshold or device.dev_id == "t-hall":
                    await raise_alert(device, f"temperature {value}")
        await apply_scene("hall", "evening", self.devices)
        LOG.info("hub stopping")

import asyncio
import logging
import random

log = logging.getLogger(__name__)
audit = logging.getLogger("iotd.audit")


class Device:
    def __init__(self, name: str) -> None:
        self.name = name
        self.state: dict[str, float] = {}

    async def poll(self) -> dict[str, float]:
        await asyncio.sleep(0.05)  # stands in for a Modbus read
        self.state = {"temperature": round(20 + random.random() * 5, 2)}
        if self.state["temperature"] > 24.5:
            log.warning("%s running hot: %.1f°C", self.name, self.state["temperature"])
        return self.state

    async def set_target(self, value: float, source: str) -> None:
        await asyncio.sleep(0.05)
        audit.info("%s target set to %.1f by %s", self.name, value, source)

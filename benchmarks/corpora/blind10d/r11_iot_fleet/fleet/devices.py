import asyncio
import logging

from fleet import telemetry


class DeviceSession:
    def __init__(self, device_id: str, model: str, firmware: str):
        self.device_id = device_id
        self.model = model
        self.firmware = firmware
        self.log = logging.getLogger(f"fleet.device.{device_id}")
        self.missed = 0

    async def heartbeat(self) -> bool:
        await asyncio.sleep(0)
        alive = not self.device_id.endswith("7")
        self.missed = 0 if alive else self.missed + 1
        self.log.info("heartbeat alive=%s missed=%d", alive, self.missed)
        await telemetry.ingest(self.device_id, {"alive": alive})
        return alive

    async def push_firmware(self, version: str) -> None:
        await asyncio.sleep(0)
        self.firmware = version

    def describe(self) -> str:
        return f"{self.device_id} ({self.model} fw {self.firmware})"

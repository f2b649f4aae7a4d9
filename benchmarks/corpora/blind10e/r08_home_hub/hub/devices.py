import asyncio
import logging
import random


class Device:
    def __init__(self, dev_id: str, area: str, kind: str = "sensor"):
        self.dev_id = dev_id
        self.area = area
        self.kind = kind
        self.log = logging.getLogger("hub.device.{}".format(dev_id))

    def calibrate(self, offset: float) -> float:
        self.log.info("calibration offset %.2f", offset)
        return offset

    async def poll(self) -> float:
        await asyncio.sleep(0)
        value = round(random.uniform(18, 26), 1)
        self.log.info("reading %.1f", value)
        return value


def load_devices():
    return [Device("t-kitchen", "kitchen"), Device("t-hall", "hall"), Device("lamp-1", "hall", kind="light")]

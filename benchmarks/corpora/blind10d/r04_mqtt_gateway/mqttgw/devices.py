import asyncio
import logging
import random

from mqttgw import codec

LOGGERS = {
    "uplink": logging.getLogger("mqttgw.uplink"),
    "downlink": logging.getLogger("mqttgw.downlink"),
}


class Device:
    log = logging.getLogger("mqttgw.devices")

    def __init__(self, dev_id: str, kind: str):
        self.dev_id = dev_id
        self.kind = kind
        self.setpoint = None

    async def read(self) -> dict:
        await asyncio.sleep(0)
        reading = {"id": self.dev_id, "kind": self.kind, "value": round(random.uniform(18, 24), 2)}
        self.log.info("read %s", reading)
        return reading


async def forward_uplink(client, device: Device) -> None:
    reading = await device.read()
    await client.publish(f"sites/lab/{device.dev_id}/state", codec.encode(reading))
    LOGGERS["uplink"].info("published state of %s", device.dev_id)


async def apply_downlink(devices: dict, message) -> bool:
    command = codec.decode(message.payload)
    target = devices.get(command.get("id"))
    if target is None:
        LOGGERS["downlink"].warning("no device %r (topic %s)", command.get("id"), message.topic)
        return False
    target.setpoint = command["setpoint"]
    LOGGERS["downlink"].info("%s setpoint -> %s", target.dev_id, target.setpoint)
    return True

import json
import logging

import aiomqtt

from iotd.devices import Device

log = logging.getLogger(__name__)
events = logging.getLogger("iotd.events")


async def handle_message(message: aiomqtt.Message, devices: dict[str, Device]) -> None:
    topic = str(message.topic)
    _, name, command = topic.split("/", 2)
    device = devices.get(name)
    if device is None:
        log.info("message for unknown device %s", name)
        return
    payload = json.loads(message.payload)
    events.info("command %s for %s", command, name, extra={"payload": payload})
    if command == "set":
        await device.set_target(float(payload["target"]), source=payload.get("user", "mqtt"))


async def publish_state(client: aiomqtt.Client, device: Device) -> None:
    await client.publish(f"iotd/{device.name}/state", json.dumps(device.state), retain=True)

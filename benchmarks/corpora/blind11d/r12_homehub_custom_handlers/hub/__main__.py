import asyncio
import json
import logging
import os

import aiomqtt

from hub import alerts, devices, logsetup, scenes, telemetry
from hub.debug import snapshot

log = logging.getLogger("hub.main")
DEVICES = ["living_room/lamp", "hall/light", "garden/sensor"]


async def main() -> None:
    async with aiomqtt.Client(os.environ.get("MQTT_HOST", "localhost")) as client:
        await client.subscribe("zigbee2mqtt/#")
        log.info("connected to broker, %d devices known", len(DEVICES))
        async with asyncio.TaskGroup() as tg:
            tg.create_task(scenes.on_sunset(client))
            tg.create_task(telemetry.publish_metrics())
            for device in DEVICES:
                tg.create_task(devices.poll_device(client, device))
            async for message in client.messages:
                if message.topic.matches("zigbee2mqtt/+/+"):
                    await devices.on_device_message(message)
                    state = message.payload and message.payload.decode()
                    if state and '"battery"' in state:
                        await alerts.check_battery(str(message.topic), json.loads(state))
                elif message.topic.matches("homehub/debug"):
                    await snapshot(message.payload.decode())


def run() -> None:
    logsetup.configure()
    try:
        asyncio.run(main())
    except Exception as exc:
        asyncio.run(alerts.raise_alert(f"hub crashed: {exc!r}"))
        raise


if __name__ == "__main__":
    run()

from __future__ import annotations

import asyncio
import logging
import os

import aiomqtt

from homed import automations
from homed.devices import zigbee
from homed.logsetup import attach_event_bus, setup_logging

logger = logging.getLogger("homed")


async def main() -> None:
    ui_queue: asyncio.Queue[str] = asyncio.Queue()
    attach_event_bus(ui_queue)
    host = os.environ.get("MQTT_HOST", "localhost")
    async with aiomqtt.Client(host) as client:
        logger.info("connected to MQTT broker %s", host)
        async with asyncio.TaskGroup() as tg:
            tg.create_task(zigbee.poll(client))
            tg.create_task(automations.motion_lights(client))
            tg.create_task(automations.leak_watch())
            tg.create_task(automations.door_watch())
            tg.create_task(automations.publish_events(ui_queue))


def run() -> None:
    setup_logging()
    asyncio.run(main())


if __name__ == "__main__":
    run()

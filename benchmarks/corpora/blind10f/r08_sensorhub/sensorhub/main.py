from __future__ import annotations

import asyncio
import logging
import os

from sensorhub.logfiles import make_handler
from sensorhub.logutil import attach, detach_all
from sensorhub.publisher import Publisher
from sensorhub.readers import read_channel
from sensorhub.watchdog import watchdog

log = logging.getLogger("sensorhub")

PORTS = {0: "/dev/ttyUSB0", 1: "/dev/ttyUSB1"}
SENSORS = {0: [1, 2, 3], 1: [4, 5]}


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=1000)
    publisher = Publisher(
        os.environ.get("MQTT_HOST", "localhost"),
        "sensorhub",
        log=logging.getLogger("sensorhub.mqtt"),
    )
    await publisher.connect()
    log.info("starting %d channels", len(PORTS))
    async with asyncio.TaskGroup() as tg:
        for idx, port in PORTS.items():
            tg.create_task(read_channel(idx, port, SENSORS[idx], queue))
        tg.create_task(publisher.publish_forever(queue))
        tg.create_task(watchdog(len(PORTS)))


def run() -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    attach(root, make_handler(os.environ.get("SENSORHUB_LOG", "sensorhub.log")))
    # kept from the first version; root already has its handler, so this does nothing
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    try:
        with asyncio.Runner() as runner:
            runner.run(main())
    except KeyboardInterrupt:
        pass
    finally:
        detach_all(root)


if __name__ == "__main__":
    run()

import asyncio
import logging

import aiomqtt

from iotd.config import Config
from iotd.devices import Device
from iotd.mqtt import handle_message, publish_state

log = logging.getLogger(__name__)


class Daemon:
    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
        self.devices = {name: Device(name) for name in cfg.devices}

    async def _poll_loop(self, client: aiomqtt.Client) -> None:
        while True:
            for device in self.devices.values():
                try:
                    await device.poll()
                    await publish_state(client, device)
                except OSError:
                    log.exception("polling %s failed", device.name)
            await asyncio.sleep(self.cfg.poll_interval)

    async def run(self) -> None:
        log.info("iotd starting with devices %s", ", ".join(self.devices))
        async with aiomqtt.Client(self.cfg.mqtt_host) as client:
            await client.subscribe("iotd/+/+")
            poller = asyncio.create_task(self._poll_loop(client))
            try:
                async for message in client.messages:
                    await handle_message(message, self.devices)
            finally:
                poller.cancel()

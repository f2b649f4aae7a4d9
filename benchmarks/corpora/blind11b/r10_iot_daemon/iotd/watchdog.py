"""systemd watchdog companion: pings the unit watchdog while the MQTT broker answers."""

import asyncio
import logging

import aiomqtt
from cysystemd import daemon as sd
from cysystemd.journal import JournaldLogHandler

from iotd.config import load_config

log = logging.getLogger("iotd.watchdog")


async def watchdog_loop(host: str, interval: float = 10.0) -> None:
    sd.notify(sd.Notification.READY)
    while True:
        try:
            async with aiomqtt.Client(host, timeout=5):
                sd.notify(sd.Notification.WATCHDOG)
        except aiomqtt.MqttError as exc:
            log.warning("broker %s not answering: %s", host, exc)
        await asyncio.sleep(interval)


def run() -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(JournaldLogHandler())
    asyncio.run(watchdog_loop(load_config().mqtt_host))


if __name__ == "__main__":
    run()

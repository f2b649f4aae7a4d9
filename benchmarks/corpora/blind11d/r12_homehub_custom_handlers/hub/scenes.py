import asyncio
import datetime as dt
import json
import logging

import aiomqtt
from astral import LocationInfo
from astral.sun import sun

log = logging.getLogger(__name__)

SCENES = {
    "evening": {"living_room/lamp": {"state": "ON", "brightness": 120}, "hall/light": {"state": "ON"}},
    "night": {"living_room/lamp": {"state": "OFF"}, "hall/light": {"state": "OFF"}},
}
HOME = LocationInfo("Home", "NL", "Europe/Amsterdam", 52.37, 4.89)


async def run_scene(client: aiomqtt.Client, name: str) -> None:
    scene = SCENES.get(name)
    if scene is None:
        log.warning("unknown scene %s", name)
        return
    for device, payload in scene.items():
        await client.publish(f"zigbee2mqtt/{device}/set", payload=json.dumps(payload))
    log.info("scene %s applied to %d devices", name, len(scene))


async def on_sunset(client: aiomqtt.Client) -> None:
    while True:
        now = dt.datetime.now(dt.timezone.utc)
        sunset = sun(HOME.observer, date=now.date())["sunset"]
        if sunset < now:
            sunset = sun(HOME.observer, date=now.date() + dt.timedelta(days=1))["sunset"]
        log.info("next sunset at %s", sunset.isoformat())
        await asyncio.sleep((sunset - now).total_seconds())
        await run_scene(client, "evening")

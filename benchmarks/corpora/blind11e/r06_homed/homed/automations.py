from __future__ import annotations

import asyncio
import logging

import aiomqtt

from homed.devices.zigbee import STATE, set_state

log = logging.getLogger(__name__)
alert_log = logging.getLogger("homed.alerts")
events = logging.getLogger("homed.events")


async def motion_lights(client: aiomqtt.Client) -> None:
    while True:
        if STATE.get("hall_motion", {}).get("occupancy"):
            log.info("motion in hall, lights on")
            await set_state(client, "hall_light", {"state": "ON"}, actor="motion_lights")
        await asyncio.sleep(1)


async def leak_watch() -> None:
    while True:
        if STATE.get("kitchen_leak", {}).get("water_leak"):
            alert_log.error("water leak detected in the kitchen")
            await asyncio.sleep(300)
        await asyncio.sleep(5)


async def door_watch() -> None:
    open_for = 0
    while True:
        if STATE.get("front_door", {}).get("contact") is False:
            open_for += 10
            if open_for == 600:
                alert_log.warning("front door open for 10 minutes")
        else:
            open_for = 0
        await asyncio.sleep(10)


async def publish_events(queue: asyncio.Queue) -> None:
    while True:
        snapshot = dict(STATE)
        events.info("state snapshot: %d devices", len(snapshot))
        await asyncio.sleep(60)

"""Thermostat plugin (plugins/ has no __init__.py and is imported by name at run time)."""
import asyncio
import logging

log = logging.getLogger("homed.plugins.thermostat")
TARGET = 21.0


async def poll(readings):
    log.info("polling %d readings", len(readings))
    for value in readings:
        await asyncio.sleep(0)
        if value < TARGET - 1:
            log.info("%.1f below target, heating", value)
    return sum(readings) / len(readings)

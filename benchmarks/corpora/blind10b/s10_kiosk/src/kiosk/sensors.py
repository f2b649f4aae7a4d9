"""Sensor reads."""
import asyncio
import logging
import random


async def read_sensor(kind: str) -> float:
    await asyncio.sleep(0)
    value = random.random()
    logging.getLogger(f"kiosk.sensor.{kind}").info("%s=%.3f", kind, value)
    return value

from __future__ import annotations

import asyncio
import logging
import time

import serial_asyncio

from sensorhub.protocol import FRAME, parse, request

CHANNEL_LOGGERS = [logging.getLogger(f"sensorhub.channel{i}") for i in range(4)]
LAST_READING: dict[int, float] = {}


async def read_channel(idx: int, port: str, addresses: list[int], out: asyncio.Queue) -> None:
    reader, writer = await serial_asyncio.open_serial_connection(url=port, baudrate=9600)
    CHANNEL_LOGGERS[idx].info("opened %s for %d sensors", port, len(addresses))
    while True:
        for address in addresses:
            writer.write(request(address))
            try:
                frame = await asyncio.wait_for(reader.readexactly(FRAME.size), timeout=1.0)
            except asyncio.TimeoutError:
                CHANNEL_LOGGERS[idx].warning("sensor %d timed out", address)
                continue
            if (parsed := parse(frame)) is not None:
                LAST_READING[idx] = time.monotonic()
                await out.put((idx, *parsed))
        await asyncio.sleep(5)

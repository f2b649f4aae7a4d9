"""Bench calibration: python -m sensorhub.calibrate /dev/ttyUSB0 3"""
from __future__ import annotations

import asyncio
import logging
import statistics
import sys

import serial_asyncio

from sensorhub.protocol import FRAME, parse, request

log = logging.getLogger("sensorhub.calibrate")


async def sample(reader: asyncio.StreamReader, writer, address: int, n: int) -> list[float]:
    values = []
    for _ in range(n):
        writer.write(request(address))
        parsed = parse(await reader.readexactly(FRAME.size))
        if parsed:
            values.append(parsed[1])
        await asyncio.sleep(0.2)
    log.info("sensor %d: %d of %d samples valid", address, len(values), n)
    return values


async def calibrate(port: str, address: int) -> None:
    reader, writer = await serial_asyncio.open_serial_connection(url=port, baudrate=9600)
    values = await sample(reader, writer, address, 50)
    log.info("mean %.2f stdev %.3f", statistics.mean(values), statistics.stdev(values))
    writer.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(message)s")
    asyncio.run(calibrate(sys.argv[1], int(sys.argv[2])))

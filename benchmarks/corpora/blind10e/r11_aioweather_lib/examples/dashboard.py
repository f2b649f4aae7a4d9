#!/usr/bin/env python3
"""Example: refresh several cities concurrently."""
import asyncio
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from aioweather import Client  # noqa: E402

logging.getLogger("aioweather").setLevel(logging.INFO)


async def refresh(client, cities):
    results = await asyncio.gather(*(client.forecast(c) for c in cities), return_exceptions=True)
    for city, result in zip(cities, results):
        print(city, "->", "error" if isinstance(result, Exception) else result.sky)


if __name__ == "__main__":
    client = Client()
    asyncio.run(refresh(client, ["Lima", "Oslo", "Atlantis", "Lima"]))

"""`python -m agent.bench`: time each collector (prints; configures no logging)."""
import asyncio
import time

from agent.collectors.cpu import CpuCollector
from agent.collectors.disk import DiskCollector


async def bench(rounds=3):
    for collector in (CpuCollector(), DiskCollector()):
        start = time.perf_counter()
        for _ in range(rounds):
            await collector.collect()
        print(f"{collector.name}: {(time.perf_counter() - start) / rounds * 1000:.2f} ms")


if __name__ == "__main__":
    asyncio.run(bench())

"""`python -m agent` / `metrics-agent`."""
import asyncio
import logging

from agent import config, exporter
from agent.collectors.cpu import CpuCollector
from agent.collectors.disk import DiskCollector
from agent.logs import setup

log = logging.getLogger("agent")


async def run_agent(cycles):
    collectors = [CpuCollector(), DiskCollector()]
    log.info("agent up with %d collectors", len(collectors))
    for cycle in range(cycles):
        sample = {}
        for result in await asyncio.gather(*(c.collect() for c in collectors)):
            sample.update(result)
        await exporter.push(sample)
        log.info("cycle %d done", cycle)
        await asyncio.sleep(config.INTERVAL)


def main():
    listener = setup()
    try:
        asyncio.run(run_agent(config.CYCLES))
    finally:
        listener.stop()

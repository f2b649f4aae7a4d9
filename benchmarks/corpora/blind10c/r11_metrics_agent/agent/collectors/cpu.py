import asyncio
import os

from agent.collectors import Collector


class CpuCollector(Collector):
    name = "cpu"

    async def collect(self):
        await asyncio.sleep(0)
        load1, load5, load15 = os.getloadavg()
        self.log.info("load %.2f %.2f %.2f", load1, load5, load15)
        return {"load1": load1, "load5": load5, "load15": load15}

import asyncio
import logging
import shutil

from agent.collectors import Collector

SAMPLE_DF = "/dev/sda1 100 40 60 40% /\n/dev/sdb1 500 450 50 90% /data"


def parse_df(text):
    rows = {}
    for line in text.splitlines():
        fields = line.split()
        rows[fields[5]] = int(fields[4].rstrip("%"))
    return rows


class DiskCollector(Collector):
    name = "disk"

    async def collect(self):
        usage = await asyncio.to_thread(shutil.disk_usage, "/")
        percent = round(usage.used / usage.total * 100, 1)
        self.log.info("root filesystem %.1f%% used", percent)
        return {"disk_root_percent": percent}


if __name__ == "__main__":
    logging.basicConfig(filename="disk-demo.log", level=logging.DEBUG)
    logging.getLogger("demo").debug("parsing sample df output")
    print(parse_df(SAMPLE_DF))

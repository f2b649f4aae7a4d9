import logging


class Collector:
    name = "base"

    def __init__(self):
        self.log = logging.getLogger(f"agent.collectors.{self.name}")

    async def collect(self):
        raise NotImplementedError

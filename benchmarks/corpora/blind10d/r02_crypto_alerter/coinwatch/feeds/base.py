import logging
from dataclasses import dataclass


@dataclass
class Tick:
    exchange: str
    symbol: str
    price: float


class Feed:
    exchange = "generic"

    def __init__(self, symbols):
        self.symbols = list(symbols)
        self.log = logging.getLogger("coinwatch.feed.{}".format(self.exchange))

    async def fetch_raw(self) -> list:
        raise NotImplementedError

    def parse(self, raw: dict) -> Tick:
        return Tick(self.exchange, raw["symbol"], float(raw["price"]))

    async def poll(self) -> list:
        raw = await self.fetch_raw()
        ticks = [self.parse(item) for item in raw]
        self.log.info("%d ticks from %s", len(ticks), self.exchange)
        return ticks

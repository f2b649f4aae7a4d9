import asyncio
import itertools

from coinwatch.feeds.base import Feed

_PRICES = itertools.cycle([64210.5, 63980.0, 64455.25])


class KrakenFeed(Feed):
    exchange = "kraken"

    async def fetch_raw(self) -> list:
        await asyncio.sleep(0)
        self.log.info("GET /0/public/Ticker?pair=%s", ",".join(self.symbols))
        price = next(_PRICES)
        return [{"symbol": s, "price": price if s == "XBTUSD" else price / 20} for s in self.symbols]

import asyncio
import logging
import math

log = logging.getLogger("tradekit.feed")


class ReplayFeed:
    """Replays a synthetic price series as if it arrived from the exchange websocket."""

    def __init__(self, symbol: str, ticks: int):
        self.symbol = symbol
        self.prices = [100 + 3 * math.sin(i / 1.5) + (i % 4) for i in range(ticks)]

    def __aiter__(self):
        return self

    async def __anext__(self) -> float:
        if not self.prices:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        price = self.prices.pop(0)
        log.debug("%s %.2f", self.symbol, price)
        return price

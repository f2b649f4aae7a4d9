import asyncio
import logging
from collections import deque
from dataclasses import dataclass

from tradekit.indicators import zscore

log = logging.getLogger("tradekit.strategy")


@dataclass
class Order:
    side: str
    qty: float
    price: float


class MeanReversion:
    def __init__(self, window: int = 5, threshold: float = 1.2, qty: float = 0.01):
        self.prices = deque(maxlen=window)
        self.threshold = threshold
        self.qty = qty

    def decide(self, price: float):
        self.prices.append(price)
        if len(self.prices) < self.prices.maxlen:
            return None
        z = zscore(self.prices, self.prices.maxlen)
        log.debug("price %.2f z=%.2f", price, z)
        if z > self.threshold:
            return Order("sell", self.qty, price)
        if z < -self.threshold:
            return Order("buy", self.qty, price)
        return None

    async def on_tick(self, price: float):
        await asyncio.sleep(0)
        order = self.decide(price)
        log.info("tick %.2f -> %s", price, order.side if order else "hold")
        return order

import asyncio
import logging

orders_log = logging.getLogger("tradekit.orders")


class PaperBroker:
    def __init__(self, cash: float):
        self.cash = cash
        self.position = 0.0
        self.fills = []

    def fill_now(self, order) -> None:
        sign = 1 if order.side == "buy" else -1
        self.position += sign * order.qty
        self.cash -= sign * order.qty * order.price
        self.fills.append(order)

    def equity(self, price: float) -> float:
        return self.cash + self.position * price

    async def submit(self, order) -> None:
        await asyncio.sleep(0)
        self.fill_now(order)
        orders_log.info("FILLED %s %.4f @ %.2f", order.side, order.qty, order.price)

"""tk-live: paper-trade the strategy on the (simulated) live feed."""
import asyncio
import logging

from tradekit import logsetup
from tradekit.broker import PaperBroker
from tradekit.feed import ReplayFeed
from tradekit.strategy import MeanReversion

log = logging.getLogger("tradekit.live")


async def run_live(ticks: int = 16) -> float:
    broker = PaperBroker(cash=10_000.0)
    strategy = MeanReversion(window=5, threshold=1.0)
    feed = ReplayFeed("BTC-USD", ticks)
    log.info("live session on %s", feed.symbol)
    price = 0.0
    async for price in feed:
        order = await strategy.on_tick(price)
        if order is not None:
            await broker.submit(order)
    log.info("session done: %d fills, equity %.2f", len(broker.fills), broker.equity(price))
    return broker.equity(price)


def main() -> None:
    listeners = logsetup.start()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    try:
        asyncio.run(run_live())
    finally:
        listeners.stop()


if __name__ == "__main__":
    main()

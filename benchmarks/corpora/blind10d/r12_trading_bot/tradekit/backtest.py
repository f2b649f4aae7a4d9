"""tk-backtest: run the strategy over historical closes (offline, synchronous)."""
import logging
import math
import sys

from tradekit.broker import PaperBroker
from tradekit.strategy import MeanReversion

CLOSES = [100 + 4 * math.sin(i / 2.0) for i in range(40)]


def main() -> int:
    logging.basicConfig(
        level=logging.DEBUG,
        handlers=[logging.FileHandler("backtest.log"), logging.StreamHandler(sys.stdout)],
    )
    log = logging.getLogger("tradekit.backtest")
    strategy, broker = MeanReversion(window=5, threshold=1.0), PaperBroker(cash=10_000.0)
    for price in CLOSES:
        order = strategy.decide(price)
        if order is not None:
            broker.fill_now(order)
    log.info("backtest: %d fills, equity %.2f", len(broker.fills), broker.equity(CLOSES[-1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

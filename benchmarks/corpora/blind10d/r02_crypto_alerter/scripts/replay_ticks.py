"""Replay recorded ticks through the alert rules (developer tool; logging queued)."""
import asyncio
import logging
import logging.handlers
import queue
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coinwatch.feeds.base import Tick  # noqa: E402
from coinwatch.rules import Rule, evaluate  # noqa: E402

RECORDED = [("kraken", "XBTUSD", 63990.0), ("kraken", "XBTUSD", 64120.0), ("coinbase", "BTC-USD", 59900.0)]


def quiet_logging() -> logging.handlers.QueueListener:
    q = queue.SimpleQueue()
    listener = logging.handlers.QueueListener(q, logging.StreamHandler(sys.stderr))
    handler = logging.handlers.QueueHandler(q)
    for name in ("", "coinwatch.alerts"):
        logging.getLogger(name).addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    listener.start()
    return listener


async def replay(rules) -> int:
    fired = 0
    for exchange, symbol, price in RECORDED:
        fired += await evaluate(rules, Tick(exchange, symbol, price))
        await asyncio.sleep(0)
    logging.getLogger("coinwatch.replay").info("replayed %d ticks, %d alerts", len(RECORDED), fired)
    return fired


if __name__ == "__main__":
    listener = quiet_logging()
    try:
        asyncio.run(replay([Rule("XBTUSD", above=64000.0), Rule("BTC-USD", below=60000.0)]))
    finally:
        listener.stop()

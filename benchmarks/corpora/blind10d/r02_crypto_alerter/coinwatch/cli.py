"""coinwatch: poll exchange tickers and fire price alerts."""
import argparse
import asyncio
import logging
import os
import sys
from logging.handlers import TimedRotatingFileHandler

from coinwatch import storage
from coinwatch.alerts import configure_alerts
from coinwatch.feeds.coinbase import CoinbaseFeed
from coinwatch.feeds.kraken import KrakenFeed
from coinwatch.rules import Rule, evaluate

log = logging.getLogger("coinwatch")


def configure_logging(verbose: bool) -> None:
    os.makedirs("logs", exist_ok=True)
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
        handlers=[
            TimedRotatingFileHandler("logs/coinwatch.log", when="midnight", backupCount=7),
            logging.StreamHandler(sys.stdout),
        ],
    )
    configure_alerts(os.environ.get("COINWATCH_WEBHOOK", "http://127.0.0.1:9/hooks/alerts"))


async def heartbeat(interval: float, rounds: int) -> None:
    health = logging.getLogger("coinwatch.health")
    for n in range(rounds):
        await asyncio.sleep(interval)
        health.info("alive (%d)", n)


async def watch(rounds: int) -> int:
    feeds = [KrakenFeed(["XBTUSD", "ETHUSD"]), CoinbaseFeed(["BTC-USD"])]
    rules = [Rule("XBTUSD", above=64000.0), Rule("BTC-USD", below=60000.0)]
    db = storage.open_db(":memory:")
    fired = 0
    log.info("watching %d feeds with %d rules", len(feeds), len(rules))
    for _ in range(rounds):
        results = await asyncio.gather(*(feed.poll() for feed in feeds))
        for ticks in results:
            await storage.save_ticks(db, ticks)
            for tick in ticks:
                fired += await evaluate(rules, tick)
    log.info("done: %d alerts fired", fired)
    return fired


async def main_async(rounds: int) -> int:
    beat = asyncio.create_task(heartbeat(0.01, 2))
    fired = await watch(rounds)
    await beat
    return fired


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="coinwatch")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    configure_logging(args.verbose)
    asyncio.run(main_async(args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())

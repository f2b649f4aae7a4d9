"""Write a JSON snapshot of current prices for the front-end's offline mode (sync)."""
import json
import logging
import sys

import httpx

from pricefeed.settings import settings

logging.basicConfig(
    filename="seed_cache.log",
    level=logging.INFO,
    format="%(asctime)s %(message)s",
)
log = logging.getLogger("seed")


def main(out: str) -> None:
    prices = {}
    with httpx.Client(base_url=settings.exchange_url) as client:
        for symbol in settings.symbols:
            prices[symbol] = client.get(f"/v1/ticker/{symbol}").json()["price"]
            log.info("fetched %s", symbol)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(prices, fh)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "prices.json")

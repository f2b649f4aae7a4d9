"""Fill the catalogue with demo products (developer script; runs its own event loop)."""
import asyncio
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from shared import catalog  # noqa: E402

log = logging.getLogger("seed")

DEMO = (("tee-02", "T-shirt", 19.0), ("cap-03", "Cap", 12.0))


async def seed():
    log.info("seeding %d demo products", len(DEMO))
    for sku, name, price in DEMO:
        await catalog.upsert_product(sku, name, price)


if __name__ == "__main__":
    logging.basicConfig(filename="seed.log", level=logging.INFO)
    asyncio.run(seed())

import argparse
import asyncio
import logging

from rich.logging import RichHandler

from scraper.crawl import crawl
from scraper.store import Store

log = logging.getLogger("scraper")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="scrape")
    parser.add_argument("start_url")
    parser.add_argument("--db", default="listings.db")
    parser.add_argument("--concurrency", type=int, default=8)
    return parser.parse_args()


async def main(args: argparse.Namespace) -> None:
    store = Store(args.db)
    await store.open()
    try:
        count = await crawl(args.start_url, store, concurrency=args.concurrency)
    finally:
        await store.close()
    log.info("done: %d listings saved to %s", count, args.db)


def run() -> None:
    args = parse_args()
    logging.basicConfig(
        level="INFO",
        format="%(message)s",
        datefmt="[%X]",
        handlers=[RichHandler(rich_tracebacks=True, markup=False)],
    )
    asyncio.run(main(args))


if __name__ == "__main__":
    run()

"""podfetch: refresh podcast feeds and download new episodes."""
import argparse
import asyncio
import logging
import sys

LOG = logging.getLogger("podfetch")

from podlib import feeds  # noqa: E402
from podlib.logutil import make_handlers  # noqa: E402

FEEDS = {
    "changelog": feeds.SAMPLE_XML,
    "talkpython": feeds.SAMPLE_XML.replace("changelog", "talkpython"),
}


def setup_logging(log_dir: str = "logs", level: int = logging.INFO) -> None:
    file_handler, error_handler = make_handlers(log_dir)
    for handler in (file_handler, error_handler):
        LOG.addHandler(handler)
    LOG.setLevel(level)


async def download_all(episodes, dest: str, limit: int = 2) -> list:
    from podlib.download import fetch_episode

    semaphore = asyncio.Semaphore(limit)

    async def one(episode):
        async with semaphore:
            return await fetch_episode(episode, dest)

    results = await asyncio.gather(*(one(ep) for ep in episodes))
    LOG.info("downloaded %d episode(s) to %s", sum(results), dest)
    return results


async def main_async(dest: str) -> None:
    LOG.info("refreshing %d feeds", len(FEEDS))
    new = []
    for show, xml_text in FEEDS.items():
        new.extend(await feeds.refresh(show, xml_text))
    await download_all(new, dest)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="podfetch")
    parser.add_argument("--dest", default="downloads")
    args = parser.parse_args(argv)
    setup_logging()
    asyncio.run(main_async(args.dest))
    return 0


if __name__ == "__main__":
    sys.exit(main())

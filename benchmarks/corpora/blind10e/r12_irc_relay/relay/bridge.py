"""`relay-bridge`: forward one upstream channel into the relay (a separate process)."""
import asyncio
import logging
import sys

from relay.protocol import parse

logger = logging.getLogger("relay.bridge")
UPSTREAM = ["MSG #general upstream says hi", "MSG #random weather is fine", "PING"]


async def forward(line: str, outbox: asyncio.Queue) -> None:
    try:
        verb, channel, text = parse(line)
    except ValueError:
        logger.warning("dropping upstream line %r", line)
        return
    await outbox.put((channel, text))


async def bridge() -> int:
    outbox: asyncio.Queue = asyncio.Queue()
    for line in UPSTREAM:
        await forward(line, outbox)
    logger.info("forwarded %d lines", outbox.qsize())
    return outbox.qsize()


def main() -> None:
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(name)s %(message)s")
    asyncio.run(bridge())


if __name__ == "__main__":
    main()

"""Developer load test: many bots against an in-process server; logging silenced."""
import asyncio
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arena.server import bot, handle_client  # noqa: E402

BOTS = 8


async def main() -> float:
    server = await asyncio.start_server(handle_client, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    started = time.perf_counter()
    async with server:
        await asyncio.gather(*(bot(port, f"bot{n}", [(1, 0, 0.5)] * 20) for n in range(BOTS)))
    return time.perf_counter() - started


if __name__ == "__main__":
    logging.getLogger().addHandler(logging.NullHandler())
    print(f"{BOTS} bots in {asyncio.run(main()):.3f}s")

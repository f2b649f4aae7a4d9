"""Developer load test for the wire format:  python3 loadtest.py [clients]"""
import asyncio
import logging
import sys
import time

from chat.protocol import decode, encode

logging.basicConfig(filename="loadtest.log", level=logging.INFO, format="%(relativeCreated)6d %(message)s")
log = logging.getLogger("loadtest")


async def client(number, messages):
    log.info("client %d starting", number)
    frames = [encode("say", room="bench", text=f"{number}-{i}") for i in range(messages)]
    decoded = [decode(frame) for frame in frames]
    await asyncio.sleep(0)
    return len(decoded)


async def main(clients):
    started = time.perf_counter()
    counts = await asyncio.gather(*(client(n, 50) for n in range(clients)))
    log.info("%d frames in %.3fs", sum(counts), time.perf_counter() - started)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))

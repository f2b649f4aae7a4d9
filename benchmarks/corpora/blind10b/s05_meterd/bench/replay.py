"""Replays synthetic readings through the polling code (dev tool with its own event loop)."""
import asyncio
import logging
import queue
import sys
from logging.handlers import QueueHandler, QueueListener
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from meterd.devices import FakeDevice, poll

log = logging.getLogger("meterd.bench")


async def replay(count: int) -> None:
    log.info("replaying %d readings", count)
    device = FakeDevice("bench", base=110.0)
    for _ in range(count):
        await poll(device, log)


def main() -> None:
    bench_queue = queue.SimpleQueue()
    listener = QueueListener(bench_queue, logging.FileHandler("bench.log", delay=True))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(QueueHandler(bench_queue))
    listener.start()
    try:
        asyncio.run(replay(5))
    finally:
        listener.stop()


if __name__ == "__main__":
    main()

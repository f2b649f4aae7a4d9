#!/usr/bin/env python3
"""Developer load test: start the server in-process and hammer it."""
import asyncio
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from svc.logging_setup import start_logging  # noqa: E402
from svc.server import serve  # noqa: E402


async def main(rounds=3):
    started = time.perf_counter()
    for _ in range(rounds):
        await serve(demo=True)
    print(f"{rounds} rounds in {time.perf_counter() - started:.3f}s")


if __name__ == "__main__":
    listener = start_logging("load_test.log")
    try:
        asyncio.run(main())
    finally:
        listener.stop()

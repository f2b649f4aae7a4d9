"""Move every failed job back to the pending list, slowly.

    python tools/replay_failed.py --rate 5
"""

import argparse
import asyncio

import redis.asyncio as redis
from loguru import logger

logger.add("replay_failed.log", enqueue=True, rotation="5 MB")


async def replay(rate: float) -> int:
    r = redis.Redis(host="localhost", decode_responses=True)
    moved = 0
    while job_id := await r.rpoplpush("jobs:failed", "jobs:pending"):
        moved += 1
        logger.info("requeued {}", job_id)
        await asyncio.sleep(1 / rate)
    await r.aclose()
    return moved


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=5.0)
    args = parser.parse_args()
    print(asyncio.run(replay(args.rate)), "jobs requeued")

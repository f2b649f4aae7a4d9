"""python -m labmon.discover: which common ports answer on a host (no logging set-up at all)."""
import asyncio
import sys

from labmon import checks
from labmon.logsetup import get_logger

log = get_logger("discover")
PORTS = (22, 80, 443)


async def discover(host: str) -> list:
    results = await asyncio.gather(*(checks.tcp_check(f"port{p}", host, p) for p in PORTS))
    log.info("%s: %d/%d ports open", host, sum(r["up"] for r in results), len(PORTS))
    return results


if __name__ == "__main__":
    for result in asyncio.run(discover(sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1")):
        print(result)

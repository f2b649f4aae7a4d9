import asyncio
import logging
import shutil
import socket

from labmon.logsetup import get_logger

log = get_logger("checks")

TARGETS = [("nas", "127.0.0.1", 1), ("printer", "127.0.0.1", 2)]


def disk_usage(path: str = "/") -> dict:
    total, used, free = shutil.disk_usage(path)
    log.debug("disk %s: %d/%d", path, used, total)
    return {"path": path, "used_pct": round(100 * used / total, 1)}


def tcp_probe(host: str, port: int, timeout: float = 0.2) -> dict:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            up = True
    except OSError:
        up = False
    log.debug("probe %s:%d up=%s", host, port, up)
    return {"host": host, "port": port, "up": up}


async def tcp_check(name: str, host: str, port: int) -> dict:
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout=0.2)
        writer.close()
        up = True
    except (OSError, asyncio.TimeoutError):
        up = False
    log.info("%s (%s:%d) is %s", name, host, port, "up" if up else "down")
    return {"name": name, "up": up}


async def disk_check(path: str = "/") -> dict:
    result = await asyncio.to_thread(disk_usage, path)
    log.info("disk %s at %.1f%%", path, result["used_pct"])
    return result


async def run_all(targets) -> list:
    results = await asyncio.gather(*(tcp_check(*t) for t in targets), disk_check("/"))
    log.debug("ran %d checks", len(results))
    return list(results)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG, filename="checks-demo.log")
    print(disk_usage("/"))
    print(tcp_probe("127.0.0.1", 1))

"""Remote agent: reports disk usage; records go to syslog through a queue."""
import asyncio
import logging
import logging.handlers
import queue

from labmon import checks
from labmon.logsetup import get_logger

log = get_logger("agent")


def setup() -> logging.handlers.QueueListener:
    log_queue = queue.Queue()
    logging.root.handlers = [logging.handlers.QueueHandler(log_queue)]
    logging.root.setLevel(logging.INFO)
    listener = logging.handlers.QueueListener(log_queue, logging.handlers.SysLogHandler(address=("127.0.0.1", 5514)))
    listener.start()
    return listener


async def report_loop(rounds: int) -> None:
    for n in range(rounds):
        result = await checks.disk_check("/")
        log.info("report %d: %s", n, result)
        await asyncio.sleep(0)


if __name__ == "__main__":
    listener = setup()
    try:
        asyncio.run(report_loop(2))
    finally:
        listener.stop()

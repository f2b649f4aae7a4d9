"""Background reconciliation worker: `python -m ledger.worker`."""
import asyncio
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

from ledger import db

log = logging.getLogger("ledger.worker")


async def reconcile(rounds: int = 2) -> None:
    for n in range(rounds):
        rows = await db.fetch_entries()
        log.info("round %d: %d entries", n, len(rows))
        await asyncio.sleep(0.01)


def main() -> None:
    log_queue = queue.SimpleQueue()
    listener = QueueListener(log_queue, logging.FileHandler("ledger-worker.log", delay=True))
    logging.basicConfig(level=logging.INFO, handlers=[QueueHandler(log_queue)])
    listener.start()
    try:
        asyncio.run(reconcile())
    finally:
        listener.stop()


if __name__ == "__main__":
    main()

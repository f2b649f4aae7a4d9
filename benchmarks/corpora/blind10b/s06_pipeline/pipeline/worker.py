"""Worker process (`pipeline-worker`)."""
import asyncio
import logging
import logging.config

from pipeline import logq, notify, settings, stages
from pipeline.precheck import verify_schema

log = logging.getLogger("pipeline.worker")


async def run(batches: int = 2) -> None:
    for n in range(batches):
        rows = await stages.transform(await stages.extract([{"qty": n + 1, "price": 2.5}]))
        await stages.load(rows)
        log.info("batch %d finished", n)
        await notify.notify_done(n)


def main() -> None:
    logging.config.dictConfig(settings.logging_config())
    listener = logq.start_listener()
    logging.basicConfig(level=logging.DEBUG, filename="pipeline-debug.log")
    bootstrap = logging.FileHandler("pipeline-bootstrap.log", delay=True)
    logging.getLogger("pipeline").addHandler(bootstrap)
    verify_schema()
    logging.getLogger("pipeline").removeHandler(bootstrap)
    bootstrap.close()
    try:
        asyncio.run(run())
    finally:
        listener.stop()

import asyncio
import logging

from worker.jobs import HANDLERS, escalate, parse_job
from worker.report import write_report
from worker.util.log import get_logger

DEMO_JOBS = [
    '{"id": 1, "kind": "email", "to": "ann@example.org"}',
    '{"id": 2, "kind": "thumbnail", "image": "cat.png"}',
    '{"id": 3, "kind": "thumbnail", "image": "notes.txt"}',
]


async def heartbeat(log: logging.Logger, interval: float, stop: asyncio.Event) -> None:
    while not stop.is_set():
        log.info("alive")
        try:
            await asyncio.wait_for(stop.wait(), interval)
        except asyncio.TimeoutError:
            pass


async def consume(queue, log, stats):
    while True:
        job = await queue.get()
        try:
            await HANDLERS[job["kind"]](job)
            stats["done"] += 1
        except Exception as exc:  # noqa: BLE001 - a failed job must not stop the worker
            stats["failed"] += 1
            await escalate(job, exc)
        finally:
            queue.task_done()
        log.info("job %s finished", job["id"])


async def run(cfg) -> dict:
    log = get_logger("runner")
    log.info("worker starting with concurrency %d", cfg.concurrency)
    queue: asyncio.Queue = asyncio.Queue()
    for line in DEMO_JOBS:
        queue.put_nowait(parse_job(line))
    stats = {"done": 0, "failed": 0}
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(get_logger("heartbeat"), 0.05, stop))
    consumers = [asyncio.create_task(consume(queue, get_logger("consumer"), stats)) for _ in range(cfg.concurrency)]
    await queue.join()
    stop.set()
    for task in consumers:
        task.cancel()
    await asyncio.gather(beat, *consumers, return_exceptions=True)
    await asyncio.to_thread(write_report, stats)
    return stats

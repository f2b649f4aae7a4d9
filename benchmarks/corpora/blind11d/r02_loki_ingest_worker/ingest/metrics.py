import asyncio
import logging
import os

metrics = logging.getLogger("metrics.worker")
spans = logging.getLogger("trace.worker")


async def report_loop(interval: float = 60.0) -> None:
    while True:
        await asyncio.sleep(interval)
        tasks = len(asyncio.all_tasks())
        metrics.info("tasks=%d pid=%d", tasks, os.getpid())


async def emit_span(name: str, duration_ms: float) -> None:
    spans.info("span %s %.1fms", name, duration_ms)

import asyncio
import logging
import time

log = logging.getLogger(__name__)


async def run_job(name: str, coro_fn, *args) -> None:
    started = time.monotonic()
    try:
        await coro_fn(*args)
    except Exception:
        log.exception("job %s failed", name)
        return
    log.info("job %s done in %.2fs", name, time.monotonic() - started)


async def run_forever(schedule: list[tuple[str, float, object, tuple]]) -> None:
    last_run: dict[str, float] = {}
    log.info("scheduler running %d jobs", len(schedule))
    while True:
        now = time.monotonic()
        for name, every, fn, args in schedule:
            if now - last_run.get(name, 0.0) >= every:
                last_run[name] = now
                asyncio.create_task(run_job(name, fn, *args))
        await asyncio.sleep(1)

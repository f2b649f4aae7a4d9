import asyncio
import logging

log = logging.getLogger(__name__)


async def render_table(jobs):
    log.info("rendering %d rows", len(jobs))
    await asyncio.sleep(0)
    return "\n".join(f"{job['id']:>4}  {job['kind']}" for job in jobs) or "(no jobs)"

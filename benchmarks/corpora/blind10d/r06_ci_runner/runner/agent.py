"""ci-agent: claim jobs from the coordinator and run them."""
import asyncio
import logging
import logging.config
import os

from runner import api, jobs, settings
from runner.metrics import LevelCounter

log = logging.getLogger("runner.agent")


class Agent:
    def __init__(self, name: str):
        self.name = name
        self.running = 0

    async def heartbeat(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            log.debug("heartbeat %s (%d running)", self.name, self.running)
            try:
                await asyncio.wait_for(stop.wait(), 0.01)
            except asyncio.TimeoutError:
                pass

    async def serve(self, rounds: int = 3) -> None:
        stop = asyncio.Event()
        beat = asyncio.create_task(self.heartbeat(stop))
        log.info("agent %s online", self.name)
        for _ in range(rounds):
            for job in await api.poll_jobs(self.name):
                self.running += 1
                result = await jobs.run_job(job)
                self.running -= 1
                await api.report(job, result)
        stop.set()
        await beat
        log.info("agent %s going offline", self.name)


def main() -> None:
    os.makedirs(settings.LOG_DIR, exist_ok=True)
    logging.config.dictConfig(settings.LOGGING)
    logging.getLogger().addHandler(LevelCounter())
    asyncio.run(Agent(os.environ.get("CI_AGENT_NAME", "agent-1")).serve())


if __name__ == "__main__":
    main()

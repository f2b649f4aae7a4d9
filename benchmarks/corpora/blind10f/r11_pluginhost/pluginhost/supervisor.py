from __future__ import annotations

import asyncio
from typing import Awaitable, Callable

from pluginhost._log import get_logger

log = get_logger("supervisor")


class Supervisor:
    def __init__(self, factories: dict[str, Callable[[], Awaitable[None]]], max_restarts: int = 5) -> None:
        self.factories = factories
        self.max_restarts = max_restarts

    async def keep_running(self, name: str) -> None:
        restarts = 0
        while restarts <= self.max_restarts:
            try:
                await self.factories[name]()
                log.info("plugin %s finished", name)
                return
            except asyncio.CancelledError:
                raise
            except Exception:
                restarts += 1
                log.exception("plugin %s crashed (%d/%d)", name, restarts, self.max_restarts)
                await asyncio.sleep(min(2**restarts, 60))
        log.error("plugin %s gave up", name)

    async def run(self) -> None:
        log.info("starting %d plugins", len(self.factories))
        async with asyncio.TaskGroup() as tg:
            for name in self.factories:
                tg.create_task(self.keep_running(name), name=f"plugin:{name}")

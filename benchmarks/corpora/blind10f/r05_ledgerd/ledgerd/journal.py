from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path

NODE = os.uname().nodename
log = logging.LoggerAdapter(logging.getLogger(__name__), {"node": NODE})
metrics = logging.getLogger("ledgerd.metrics")


class Journal:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "journal.log"
        self.lock = asyncio.Lock()
        self.count = 0

    async def append(self, entry: str) -> int:
        async with self.lock:
            await asyncio.to_thread(self._write, entry)
            self.count += 1
            log.info("appended entry %d (%d bytes)", self.count, len(entry))
            metrics.info("append %d", len(entry))
            return self.count

    def _write(self, entry: str) -> None:
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(entry.rstrip("\n") + "\n")

    async def tail(self, n: int) -> list[str]:
        lines = await asyncio.to_thread(self.path.read_text, encoding="utf-8")
        log.info("tail %d requested", n)
        return lines.splitlines()[-n:]

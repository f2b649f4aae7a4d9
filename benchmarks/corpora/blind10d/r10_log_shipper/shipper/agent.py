import asyncio
import logging

from shipper import tail
from shipper.transport import Transport

log = logging.getLogger("shipper.agent")
audit = logging.getLogger("shipper.audit")


class Agent:
    def __init__(self, sources, transport: Transport, batch_size: int = 2):
        self.offsets = {path: 0 for path in sources}
        self.transport = transport
        self.batch_size = batch_size

    async def run(self, rounds: int = 2) -> int:
        log.info("shipping %d source(s)", len(self.offsets))
        audit.info("agent started")
        shipped = 0
        for _ in range(rounds):
            for path, offset in list(self.offsets.items()):
                lines, self.offsets[path] = await tail.read_new(path, offset)
                for i in range(0, len(lines), self.batch_size):
                    shipped += await self.transport.ship(lines[i:i + self.batch_size])
            await asyncio.sleep(0)
        audit.info("agent stopped after %d bytes", shipped)
        return shipped

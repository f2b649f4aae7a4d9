import asyncio
import logging

log = logging.getLogger("shipper.transport")


class MemorySink:
    def __init__(self):
        self.received = []

    async def send(self, payload: bytes) -> None:
        await asyncio.sleep(0)
        self.received.append(payload)


class Transport:
    def __init__(self, sink=None):
        self.sink = sink or MemorySink()

    async def ship(self, batch) -> int:
        payload = "\n".join(batch).encode()
        await self.sink.send(payload)
        log.info("shipped %d lines (%d bytes)", len(batch), len(payload))
        return len(payload)

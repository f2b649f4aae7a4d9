"""Tiny HTTP health endpoint for the orchestrator (runs inside the gateway process)."""
from __future__ import annotations

import asyncio
import logging


class PrintHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        print(f"[health] {self.format(record)}", flush=True)


log = logging.getLogger("healthcheck")
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(PrintHandler())


async def _respond(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.readline()
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
    await writer.drain()
    writer.close()


async def serve_health(port: int = 8081) -> asyncio.AbstractServer:
    server = await asyncio.start_server(_respond, "0.0.0.0", port)
    log.info("health endpoint on :%d", port)
    return server

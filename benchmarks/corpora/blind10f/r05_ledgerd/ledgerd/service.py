from __future__ import annotations

import asyncio
import logging
import signal

from ledgerd.config import Config
from ledgerd.journal import Journal

logger = logging.getLogger(__name__)


async def handle_client(journal: Journal, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peername")
    logger.info("client %s connected", peer)
    try:
        while line := await reader.readline():
            command, _, arg = line.decode().strip().partition(" ")
            if command == "APPEND":
                seq = await journal.append(arg)
                writer.write(f"OK {seq}\n".encode())
            elif command == "TAIL":
                for entry in await journal.tail(int(arg or 10)):
                    writer.write(f"{entry}\n".encode())
            else:
                logger.warning("unknown command %r from %s", command, peer)
                writer.write(b"ERR unknown command\n")
            await writer.drain()
    finally:
        writer.close()
        logger.info("client %s gone", peer)


async def serve(config: Config) -> None:
    journal = Journal(config.data_dir)
    server = await asyncio.start_server(
        lambda r, w: handle_client(journal, r, w), config.host, config.port
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    logger.info("listening on %s:%d", config.host, config.port)
    async with server:
        await stop.wait()
    logger.info("shutting down after %d entries", journal.count)

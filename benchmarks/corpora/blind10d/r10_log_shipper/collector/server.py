"""collector: receive shipped lines over TCP and store them."""
import asyncio
import logging
import logging.config
import logging.handlers

from collector import logq, store

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "queue": {"class": "logging.handlers.QueueHandler", "queue": "ext://collector.logq.QUEUE"},
    },
    "root": {"level": "INFO", "handlers": ["queue"]},
}

log = logging.getLogger("collector")


def start_logging() -> logging.handlers.QueueListener:
    logging.config.dictConfig(LOGGING)
    listener = logging.handlers.QueueListener(
        logq.QUEUE,
        logging.handlers.RotatingFileHandler("collector.log", maxBytes=1_000_000, backupCount=2),
        logging.StreamHandler(),
    )
    listener.start()
    return listener


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, done: asyncio.Event) -> None:
    peer = writer.get_extra_info("peername")
    peer_log = logging.getLogger(f"collector.peer.{peer[1]}")
    count = 0
    while line := await reader.readline():
        await store.insert(line.decode().rstrip())
        count += 1
    peer_log.info("%d lines from %s", count, peer[0])
    writer.close()
    done.set()


async def self_test(port: int) -> None:
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello\nfrom\nself-test\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def serve() -> int:
    done = asyncio.Event()
    server = await asyncio.start_server(lambda r, w: handle(r, w, done), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    log.info("collector listening on %d", port)
    async with server:
        await self_test(port)
        await asyncio.wait_for(done.wait(), timeout=1.0)
    log.info("stored %d lines", store.count())
    return store.count()


def main() -> None:
    listener = start_logging()
    try:
        with asyncio.Runner() as runner:
            runner.run(serve())
    finally:
        listener.stop()


if __name__ == "__main__":
    main()

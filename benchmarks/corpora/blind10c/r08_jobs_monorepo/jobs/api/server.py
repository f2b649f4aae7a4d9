"""`jobs-api`: a line-based status endpoint. Logging is queued: the loop never writes to disk."""
import asyncio
import json
import logging
import logging.handlers
import queue

from jobs.common import db
from jobs.common.logutil import get_logger

log = get_logger("api")


async def handle(reader, writer):
    line = (await reader.readline()).decode().strip()
    log.info("request %r", line)
    if line == "NEXT":
        payload = await db.fetch_job()
    else:
        payload = {"pending": db.count_pending()}
    writer.write(json.dumps(payload).encode() + b"\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(port, line):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(line.encode() + b"\n")
    await writer.drain()
    answer = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return answer


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    log.info("status api on port %d", port)
    async with server:
        for line in ("STATS", "NEXT"):
            print((await ask(port, line)).decode().strip())


def serve():
    log_queue = queue.SimpleQueue()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    listener = logging.handlers.QueueListener(log_queue, logging.FileHandler("api.log"))
    listener.start()
    try:
        asyncio.run(main())
    finally:
        listener.stop()


if __name__ == "__main__":
    serve()

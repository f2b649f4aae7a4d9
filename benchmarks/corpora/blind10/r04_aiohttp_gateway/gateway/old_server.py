"""The pre-2.0 gateway (plain asyncio streams).  Kept for reference; not imported."""
import logging

log = logging.getLogger("gateway.old")

handler = logging.FileHandler("gateway.log")
handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
logging.getLogger().addHandler(handler)


async def handle_client(reader, writer):
    line = await reader.readline()
    log.info("request %r", line)
    writer.write(b"HTTP/1.0 200 OK\r\n\r\nok")
    await writer.drain()
    writer.close()

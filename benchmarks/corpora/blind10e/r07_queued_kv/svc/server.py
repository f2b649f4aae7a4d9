import asyncio
import logging

from svc.protocol import parse
from svc.store import Store

log = logging.getLogger("kv.server")


async def handle_client(reader, writer, store):
    peer = writer.get_extra_info("peername")
    conn_log = logging.getLogger("kv.conn.{}".format(peer[1]))
    conn_log.info("connected")
    while line := (await reader.readline()).decode():
        try:
            reply = await store.apply(*parse(line))
        except ValueError as exc:
            log.warning("bad request from %s: %s", peer, exc)
            reply = "ERR"
        writer.write((reply + "\n").encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    conn_log.info("disconnected")


async def demo_client(port, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for line in lines:
        writer.write((line + "\n").encode())
        await writer.drain()
        print(line, "->", (await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()


async def serve(port: int = 0, demo: bool = True):
    store = Store()
    server = await asyncio.start_server(lambda r, w: handle_client(r, w, store), "127.0.0.1", port)
    port = server.sockets[0].getsockname()[1]
    log.info("listening on %d", port)
    async with server:
        if demo:
            await demo_client(port, ["SET colour blue", "GET colour", "FROB x", "DEL colour"])
            return
        await server.serve_forever()

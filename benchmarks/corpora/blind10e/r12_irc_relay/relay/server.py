import asyncio
import logging

from relay.channels import Hub
from relay.protocol import parse

log = logging.getLogger("relay")


async def handle_peer(reader, writer, hub: Hub) -> None:
    host, port = writer.get_extra_info("peername")[:2]
    peer = f"{host}:{port}"
    plog = logging.getLogger("echo_{}".format(port))
    plog.info("connection from %s", peer)
    try:
        while line := (await reader.readline()).decode():
            try:
                verb, channel, text = parse(line)
            except ValueError as exc:
                writer.write(f"ERR {exc}\n".encode())
                continue
            if verb == "JOIN":
                hub.join(channel, writer)
            elif verb == "MSG":
                await hub.broadcast(channel, peer, text)
            else:
                break
    finally:
        hub.leave(writer)
        writer.close()


async def demo_session(port: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for line in ("JOIN #general", "MSG #general hi all", "MSG #nowhere x", "QUIT"):
        writer.write((line + "\n").encode())
        await writer.drain()
    print((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()


async def run_relay(port: int = 0, demo: bool = True) -> None:
    hub = Hub()
    server = await asyncio.start_server(lambda r, w: handle_peer(r, w, hub), "127.0.0.1", port)
    port = server.sockets[0].getsockname()[1]
    log.info("relay listening on %d", port)
    async with server:
        if demo:
            await demo_session(port)
            await asyncio.sleep(0.05)
        else:
            await server.serve_forever()
    log.info("relay stopped")

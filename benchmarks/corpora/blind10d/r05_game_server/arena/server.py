"""arena-server: a scripted session with two bots on a real TCP server."""
import asyncio
import logging

from arena import logs, protocol
from arena.rooms import Room

log = logging.getLogger("arena.server")
ROOMS = {}


async def handle_client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peername")
    conn_log = logging.getLogger("arena.conn.{}".format(peer[1]))
    conn_log.info("connected from %s", peer[0])
    name, room = None, None
    try:
        while line := await reader.readline():
            msg = protocol.parse(line.decode())
            if msg["cmd"] == "JOIN":
                room = ROOMS.setdefault(msg["args"][0], Room(msg["args"][0]))
                name = msg["args"][1]
                await room.join(name)
            elif msg["cmd"] == "MOVE" and room is not None:
                if not await room.move(name, *map(float, msg["args"])):
                    break
            elif msg["cmd"] == "QUIT":
                if room is not None:
                    await room.leave(name)
                break
    finally:
        writer.close()
        conn_log.info("closed")


async def bot(port: int, name: str, moves) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(protocol.encode("JOIN", "lobby", name))
    for dx, dy, dt in moves:
        writer.write(protocol.encode("MOVE", dx, dy, dt))
    writer.write(protocol.encode("QUIT"))
    await writer.drain()
    await reader.read()
    writer.close()


async def serve() -> None:
    server = await asyncio.start_server(handle_client, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    log.info("arena listening on %d", port)
    async with server:
        await asyncio.gather(
            bot(port, "ana", [(1, 1, 0.5), (2, 0, 0.5)]),
            bot(port, "speedy", [(50, 0, 0.1)]),
        )
    log.info("session over: %d rooms", len(ROOMS))


def main() -> None:
    listener = logs.setup()
    try:
        asyncio.run(serve())
    finally:
        listener.stop()


if __name__ == "__main__":
    main()

"""The chat server:  python3 -m chat.server"""
import asyncio
import logging

from .logfactory import make_socket_handler
from .protocol import decode, encode

PEER_LOGGERS = {}
ws_log = logging.getLogger("websockets.server")


def peer_logger(peer):
    if peer not in PEER_LOGGERS:
        PEER_LOGGERS[peer] = logging.getLogger("chat.echo_{}".format(peer))
    return PEER_LOGGERS[peer]


class ChatServer:
    def __init__(self):
        self.rooms = {}
        self.outbox = []

    async def handle(self, peer, lines):
        log = peer_logger(peer)
        log.info("connected")
        for line in lines:
            message = decode(line)
            if message is None:
                continue
            room = message.get("room", "lobby")
            self.rooms.setdefault(room, set()).add(peer)
            if message["kind"] == "say":
                await self.broadcast(room, f"<{peer}> {message['text']}")
            await asyncio.sleep(0)
        log.info("disconnected")

    async def broadcast(self, room, text):
        for peer in sorted(self.rooms.get(room, ())):
            self.outbox.append((peer, encode("msg", room=room, text=text)))
            PEER_LOGGERS[peer].info("-> %s", text)

    async def keepalive(self, interval, rounds):
        for n in range(rounds):
            await asyncio.sleep(interval)
            ws_log.info("keepalive ping %d to %d rooms", n, len(self.rooms))


async def main():
    chat_logger = logging.getLogger("chat")
    chat_logger.setLevel(logging.INFO)
    chat_logger.addHandler(make_socket_handler())
    server = ChatServer()
    await asyncio.gather(
        server.handle("alice", [encode("join", room="lobby"), encode("say", room="lobby", text="hello")]),
        server.handle("bob", [encode("join", room="lobby"), b"not json", encode("say", room="lobby", text="hey")]),
        server.keepalive(0.01, 3),
    )
    chat_logger.info("all sessions closed, %d messages delivered", len(server.outbox))


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(main())
    finally:
        loop.close()

"""Mirrors one IRC channel into a chat room: `python -m chat.irc_bridge`."""

import asyncio
import logging
import os

import coloredlogs
import websockets

bridge_log = logging.getLogger("bridge")

IRC_HOST = os.environ.get("IRC_HOST", "irc.libera.chat")
IRC_CHANNEL = os.environ.get("IRC_CHANNEL", "#roomchat")
CHAT_URL = os.environ.get("CHAT_URL", "ws://localhost:8000/ws/irc?user=irc-bridge")


async def relay(reader: asyncio.StreamReader, ws) -> None:
    while line := await reader.readline():
        text = line.decode(errors="replace").rstrip()
        if " PRIVMSG " in text:
            nick = text[1:text.index("!")]
            body = text.split(" :", 1)[1]
            await ws.send(f"<{nick}> {body}")
    bridge_log.warning("IRC connection closed by %s", IRC_HOST)


async def main() -> None:
    bridge_log.info("connecting to %s %s", IRC_HOST, IRC_CHANNEL)
    reader, writer = await asyncio.open_connection(IRC_HOST, 6697, ssl=True)
    writer.write(f"NICK roomchat-bridge\r\nUSER bridge 0 * :bridge\r\nJOIN {IRC_CHANNEL}\r\n".encode())
    await writer.drain()
    async with websockets.connect(CHAT_URL) as ws:
        await relay(reader, ws)


if __name__ == "__main__":
    coloredlogs.install(level="INFO", logger=bridge_log)
    asyncio.run(main())

import asyncio
import logging

from relay.protocol import CHANNELS

CHANNEL_LOGS = [logging.getLogger("relay.channels.general"), logging.getLogger("relay.channels.random")]


class Hub:
    def __init__(self):
        self.members = {name: set() for name in CHANNELS}

    def join(self, channel, writer):
        self.members[channel].add(writer)

    def leave(self, writer):
        for members in self.members.values():
            members.discard(writer)

    async def broadcast(self, channel: str, sender: str, text: str) -> None:
        CHANNEL_LOGS[CHANNELS.index(channel)].info("<%s> %s", sender, text)
        for writer in list(self.members[channel]):
            writer.write(f"{channel} <{sender}> {text}\n".encode())
            await writer.drain()

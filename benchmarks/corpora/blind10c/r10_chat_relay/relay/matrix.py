"""Matrix side of the relay."""
import asyncio
import logging

from relay.metrics import COUNTERS, metrics

log = logging.getLogger("relay.matrix")


class MatrixClient:
    def __init__(self, homeserver, rooms):
        self.homeserver, self.rooms = homeserver, rooms
        self.sent = []

    async def send(self, channel, text):
        room = self.rooms.get(channel)
        metrics.info("send to %s", room)
        if room is None:
            log.warning("no room mapped for %s, dropping", channel)
            return
        await asyncio.sleep(0)
        self.sent.append((room, text))
        COUNTERS["relayed"] += 1

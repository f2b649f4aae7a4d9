"""Local stand-in for matrix-nio: just the AsyncClient surface the bridge uses."""
import asyncio
import logging

logger = logging.getLogger("nio.client")


class RoomMessageText:
    def __init__(self, room_id, sender, body):
        self.room_id = room_id
        self.sender = sender
        self.body = body


class AsyncClient:
    def __init__(self, homeserver, user):
        self.homeserver = homeserver
        self.user = user
        self.callbacks = []
        self.access_token = None
        self._inbox = [
            RoomMessageText("!ops:example.org", "@ana:example.org", "deploy done :tada:"),
            RoomMessageText("!ops:example.org", "@bridge:example.org", "echo of our own message"),
            RoomMessageText("!ops:example.org", "@bo:example.org", "see https://ci.example.org/run/41 :eyes:"),
        ]

    def add_event_callback(self, callback, event_type):
        self.callbacks.append((callback, event_type))

    async def login(self, password):
        await asyncio.sleep(0)
        self.access_token = "syt_" + "x" * len(password)
        logger.info("Logged in as %s on %s", self.user, self.homeserver)
        return self.access_token

    async def room_send(self, room_id, message_type, content):
        await asyncio.sleep(0)
        return {"event_id": "$%d" % len(content.get("body", ""))}

    async def sync_forever(self, timeout=30000, max_rounds=None):
        rounds = 0
        while self._inbox and (max_rounds is None or rounds < max_rounds):
            event = self._inbox.pop(0)
            for callback, event_type in self.callbacks:
                if isinstance(event, event_type):
                    await callback(None, event)
            rounds += 1
        logger.debug("sync_forever stopped after %d rounds", rounds)

    async def close(self):
        await asyncio.sleep(0)
        self.access_token = None

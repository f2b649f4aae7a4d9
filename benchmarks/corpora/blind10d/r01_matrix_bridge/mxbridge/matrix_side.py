import os

import nio

from mxbridge.mixins import LoggingMixin


class MatrixSide(LoggingMixin):
    def __init__(self, client: nio.AsyncClient, room: str = "!ops:example.org"):
        self.client = client
        self.room = room
        self.irc = None
        self.plugins = []
        self.relayed = 0

    def describe(self) -> str:
        self.log.debug("describe() called")
        return f"{self.client.user} in {self.room}"

    async def start(self):
        await self.client.login(os.environ.get("MX_PASSWORD", "correct-horse"))
        self.client.add_event_callback(self.on_message, nio.RoomMessageText)
        self.log.info("listening as %s", self.describe())

    async def on_message(self, room, event):
        def render(body):
            self.log.debug("rendering %d chars", len(body))
            return body.replace("\n", " ")

        if event.sender == self.client.user:
            return
        text = render(event.body)
        for plugin in self.plugins:
            text = await plugin.process(text)
        nick = event.sender.split(":")[0].lstrip("@")
        await self.irc.send_privmsg("#ops", f"<{nick}> {text}")
        self.relayed += 1
        self.log.info("relayed message from %s (%d so far)", event.sender, self.relayed)

    async def relay_forever(self, irc, plugins):
        self.irc = irc
        self.plugins = plugins
        await self.client.sync_forever(timeout=1000, max_rounds=10)
        self.log.info("relay loop ended, %d messages", self.relayed)

    async def announce(self, text):
        await self.client.room_send(self.room, "m.room.message", {"msgtype": "m.notice", "body": text})

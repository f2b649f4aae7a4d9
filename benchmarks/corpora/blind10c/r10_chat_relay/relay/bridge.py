import logging

from relay import alerts, history

LOGGERS = {"bridge": logging.getLogger("relay.bridge")}


class Bridge:
    def __init__(self, matrix):
        self.matrix = matrix

    async def forward(self, message):
        LOGGERS["bridge"].info("forwarding %s message from %s", message.channel, message.nick)
        await history.record(message)
        await self.matrix.send(message.channel, f"<{message.nick}> {message.text}")
        if "!admin" in message.text:
            await alerts.notify_admins(message)

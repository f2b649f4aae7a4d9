"""Append-only history of relayed messages (the 'relay.history' logger writes the file)."""
import logging

hlog = logging.getLogger("relay.history")


async def record(message):
    hlog.info("%s\t%s\t%s", message.channel, message.nick, message.text)

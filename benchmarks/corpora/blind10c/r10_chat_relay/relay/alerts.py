import logging


async def notify_admins(message):
    logging.getLogger("relay.alerts").warning("admin ping from %s in %s: %s", message.nick, message.channel, message.text)

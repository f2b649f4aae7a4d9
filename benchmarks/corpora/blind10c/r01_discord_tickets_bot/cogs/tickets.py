"""Ticket commands: !open <topic>, !close <id>."""
import logging

import discordish
from bot import LOGGER

COG_NAME = "tickets"


class Tickets(discordish.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.open = {}

    async def open_ticket(self, ctx, *topic):
        """Open a ticket about TOPIC."""
        ticket_id = len(self.open) + 1
        self.open[ticket_id] = " ".join(topic)
        await ctx.send(f"ticket #{ticket_id} opened")
        LOGGER.info("ticket %s opened by %s: %s", ticket_id, ctx.author, self.open[ticket_id])
        LOGGER.debug("%d tickets open", len(self.open))

    async def close_ticket(self, ctx, ticket_id):
        """Close ticket ID."""
        log = logging.getLogger(f"tickets.cogs.{COG_NAME}")
        topic = self.open.pop(int(ticket_id), None)
        if topic is None:
            log.warning("%s tried to close unknown ticket %s", ctx.author, ticket_id)
            return
        log.info("ticket %s (%s) closed by %s", ticket_id, topic, ctx.author)
        await ctx.send(f"ticket #{ticket_id} closed")


def setup(bot):
    cog = Tickets(bot)
    bot.add_cog(cog)
    bot.add_command("open", cog.open_ticket)
    bot.add_command("close", cog.close_ticket)

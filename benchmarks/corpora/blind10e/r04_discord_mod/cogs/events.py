import asyncio
import logging

from discord.ext import commands

log = logging.getLogger(__name__)


class Events(commands.Cog):
    def __init__(self, bot):
        self.bot = bot

    @commands.Cog.listener()
    async def on_member_join(self, member):
        def remind():
            log.info("reminder sent to %s", member.name)  # loop callback, a sync function

        asyncio.get_running_loop().call_soon(remind)
        log.info("%s joined", member.name)
        await asyncio.sleep(0)

    @commands.Cog.listener()
    async def on_message_delete(self, message):
        log.info("message %s by %s deleted: %r", message.id, message.author.name, message.content)


async def setup(bot):
    await bot.add_cog(Events(bot))

import logging
import random

import aiohttp
from discord.ext import commands

log = logging.getLogger(__name__)

MEME_API = "https://meme-api.com/gimme"


class Fun(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @commands.command()
    async def roll(self, ctx: commands.Context, sides: int = 6) -> None:
        result = random.randint(1, max(sides, 2))
        log.info("%s rolled %d on a d%d", ctx.author, result, sides)
        await ctx.send(f"🎲 {result}")

    @commands.command()
    async def meme(self, ctx: commands.Context) -> None:
        async with aiohttp.ClientSession() as session:
            async with session.get(MEME_API) as resp:
                if resp.status != 200:
                    await ctx.send("The meme well is dry.")
                    return
                data = await resp.json()
        await ctx.send(data["url"])


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Fun(bot))

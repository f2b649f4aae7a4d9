"""Kick members who never got a role within 30 days:  python tools/purge_inactive.py GUILD_ID"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sys

import discord

log = logging.getLogger("purge")

intents = discord.Intents.default()
intents.members = True
client = discord.Client(intents=intents)


@client.event
async def on_ready() -> None:
    guild = client.get_guild(int(sys.argv[1]))
    cutoff = discord.utils.utcnow() - dt.timedelta(days=30)
    kicked = 0
    async for member in guild.fetch_members(limit=None):
        if len(member.roles) == 1 and member.joined_at and member.joined_at < cutoff:
            await member.kick(reason="inactive")
            kicked += 1
    log.info("kicked %d inactive members", kicked)
    await client.close()


if __name__ == "__main__":
    # discord.py's default log handler goes on the 'discord' logger only.
    client.run(os.environ["DISCORD_TOKEN"])

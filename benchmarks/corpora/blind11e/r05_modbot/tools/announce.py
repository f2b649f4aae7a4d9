"""Post a one-off announcement and exit:  python tools/announce.py CHANNEL_ID "text" """
from __future__ import annotations

import logging
import os
import sys

import discord

log = logging.getLogger("announce")

client = discord.Client(intents=discord.Intents.default())


async def send_announcement(channel_id: int, text: str) -> None:
    channel = client.get_channel(channel_id) or await client.fetch_channel(channel_id)
    await channel.send(text)
    log.info("announcement posted in #%s", channel)


@client.event
async def on_ready() -> None:
    log.info("connected as %s", client.user)
    await send_announcement(int(sys.argv[1]), sys.argv[2])
    await client.close()


if __name__ == "__main__":
    client.run(os.environ["DISCORD_TOKEN"], root_logger=True)

"""fleet-opsbot: answers !status in the ops channel."""
import logging
import os

import discord

from opsbot.status import fetch_status

log = logging.getLogger("opsbot")
client = discord.Client(intents=discord.Intents.default())


@client.event
async def on_ready():
    log.info("logged in as %s", client.user)


@client.event
async def on_message(message):
    if message.content != "!status":
        return
    status = await fetch_status()
    await message.reply(", ".join(f"{k}: {v}" for k, v in status.items()))


def main() -> None:
    client.run(os.environ.get("DISCORD_TOKEN", "demo-token"))


if __name__ == "__main__":
    main()

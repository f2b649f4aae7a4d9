"""Discord companion bot: `!note <title> <body>` saves a note through the same database."""

import logging
import os
from logging.handlers import RotatingFileHandler

import discord
from discord.ext import commands

from notes import db
from notes.queue_logging import setup_queue_logging

log = logging.getLogger("notes.bot")

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.event
async def setup_hook() -> None:
    await db.connect()


@bot.event
async def on_ready() -> None:
    log.info("notes bot ready as %s", bot.user)


@bot.command()
async def note(ctx: commands.Context, title: str, *, body: str = "") -> None:
    note_id = await db.insert_note(str(ctx.author.id), title, body)
    log.info("note %s saved from discord user %s", note_id, ctx.author)
    await ctx.reply(f"Saved as #{note_id}.")


if __name__ == "__main__":
    setup_queue_logging(
        logging.StreamHandler(),
        RotatingFileHandler("logs/notes_bot.log", maxBytes=2_000_000, backupCount=3),
    )
    bot.run(os.environ["DISCORD_TOKEN"])

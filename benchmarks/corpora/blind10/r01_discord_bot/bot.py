"""MusicBot: a small discord bot that keeps a shared song queue.

Run:  python3 bot.py
"""
import logging
import logging.handlers
import os

from discordish import Bot, Intents

LOGGER = logging.getLogger("musicbot")
TOKEN = os.environ.get("MUSICBOT_TOKEN", "dev-token")
LOG_DIR = os.environ.get("MUSICBOT_LOG_DIR", "logs")
LOG_FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"


def setup_logging():
    os.makedirs(LOG_DIR, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter(LOG_FORMAT)
    file_handler = logging.handlers.RotatingFileHandler(
        os.path.join(LOG_DIR, "musicbot.log"),
        maxBytes=2_000_000,
        backupCount=5,
        encoding="utf-8",
    )
    console_handler = logging.StreamHandler()
    for handler in (file_handler, console_handler):
        handler.setFormatter(formatter)
        root.addHandler(handler)


def load_cogs(bot):
    from cogs import admin, music

    music.setup(bot)
    admin.setup(bot)


bot = Bot(command_prefix="!", intents=Intents.default())


@bot.event
async def on_ready():
    LOGGER.info("logged in as %s", bot.user)


@bot.event
async def on_command_error(ctx, error):
    LOGGER.error("command %r from %s failed: %s", ctx.content, ctx.author, error)
    await ctx.send("sorry, that did not work")


if __name__ == "__main__":
    setup_logging()
    load_cogs(bot)
    bot.run(TOKEN)

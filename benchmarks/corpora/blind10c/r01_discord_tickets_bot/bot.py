"""Support-ticket bot: opens and closes help-desk tickets in a Discord guild."""
import logging
import logging.handlers
import sys

import discordish
from config import settings

LOGGER = logging.getLogger("tickets")

bot = discordish.Bot(command_prefix="!")


def setup_logging(level=logging.INFO):
    handlers = {
        "file": logging.handlers.TimedRotatingFileHandler(
            settings.LOG_FILE, when="midnight", backupCount=14, encoding="utf-8"
        ),
        "console": logging.StreamHandler(sys.stdout),
    }
    formatter = logging.Formatter("%(asctime)s [%(levelname)s] %(name)s: %(message)s")
    root = logging.getLogger()
    root.setLevel(level)
    for key in ("file", "console"):
        handlers[key].setFormatter(formatter)
        root.addHandler(handlers[key])


@bot.event
async def on_ready():
    LOGGER.info("logged in as %s, serving guild %s", bot.user, settings.GUILD)


@bot.event
async def setup_hook():
    load_extensions()
    LOGGER.info("loaded %d cogs", len(bot.cogs))


def load_extensions():
    from cogs import moderation, tickets

    tickets.setup(bot)
    moderation.setup(bot)


def main():
    setup_logging()
    try:
        bot.run(settings.TOKEN)
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()


if __name__ == "__main__":
    main()

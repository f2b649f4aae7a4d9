"""Bot entry (`relay-bot`, or `python -m relay.main`)."""
import os

from relay.chat import Bot
from relay.cogs import audit
from relay.cogs.moderation import Moderation
from relay.logging_setup import setup_logging


def cli() -> None:
    listener = setup_logging(os.environ.get("RELAY_WEBHOOK", ""))
    audit.start_audit()
    bot = Bot(prefix="!")
    bot.add_cog(Moderation())
    try:
        bot.run(os.environ.get("RELAY_TOKEN", "dev-token-0000"))
    finally:
        audit.stop_audit()
        listener.stop()


if __name__ == "__main__":
    cli()

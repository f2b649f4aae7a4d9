"""Entry point: `python -m bot` or the `tgbot` console script."""
import os

from telegram.ext import Application, ApplicationBuilder

from bot import LOGGER, __version__
from bot.errors import error_handler
from bot.handlers import register
from bot.jobs import schedule
from bot.logs import setup_logging


async def post_init(application: Application) -> None:
    application.bot_data["started"] = True
    LOGGER.info("tgbot %s initialised", __version__)


def main() -> None:
    setup_logging()
    token = os.environ.get("TGBOT_TOKEN", "123:dev-token")
    application = ApplicationBuilder().token(token).post_init(post_init).build()
    register(application)
    schedule(application)
    application.add_error_handler(error_handler)
    application.run_polling()


if __name__ == "__main__":
    main()

"""Run the bot:  python3 -m tgbot"""
import os

from . import handlers
from .compat import logging
from .logs import setup_logging
from .ptb import Application, CommandHandler, MessageHandler


def main():
    logging.captureWarnings(True)
    setup_logging(os.environ.get("TGBOT_LOG_DIR", "logs"))
    application = Application.builder().token(os.environ.get("TGBOT_TOKEN", "123456:dev")).build()
    application.add_handler(CommandHandler("start", handlers.start))
    application.add_handler(MessageHandler(handlers.echo))
    application.add_error_handler(handlers.error_handler)
    application.run_polling()


if __name__ == "__main__":
    main()

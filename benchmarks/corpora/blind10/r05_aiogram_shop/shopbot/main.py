"""Run the bot:  python3 -m shopbot.main"""
import os

from shopbot import logsetup
from shopbot.aiogram_compat import Bot, Dispatcher, executor

bot = Bot(os.environ.get("SHOPBOT_TOKEN", "42:dev"))
dp = Dispatcher(bot)


def register_handlers(dispatcher):
    from shopbot.handlers import catalog, orders

    dispatcher.message_handler(commands=["catalog", "start"])(catalog.show_catalog)
    dispatcher.message_handler(commands=["order"])(orders.create_order)


def main():
    listener = logsetup.setup(os.environ.get("SHOPBOT_LOG_DIR", "logs"))
    register_handlers(dp)
    executor.start_polling(dp, skip_updates=True, on_shutdown=lambda _: listener.stop())


if __name__ == "__main__":
    main()

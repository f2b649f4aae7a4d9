from aiogram import Bot, Dispatcher

from data import config
from services.db import Database

bot = Bot(token=config.BOT_TOKEN, parse_mode="HTML")
dp = Dispatcher(bot)
db = Database(":memory:")

from telegram.ext import CommandHandler

from bot.handlers import admin, start


def register(application):
    application.add_handler(CommandHandler("start", start.start))
    application.add_handler(CommandHandler("help", start.help_cmd))
    application.add_handler(CommandHandler("ban", admin.ban))
    application.add_handler(CommandHandler("stats", admin.stats))

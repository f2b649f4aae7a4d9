from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from shopbot import jobs
from shopbot.config import settings
from shopbot.handlers import cart, catalog, errors
from shopbot.logs import configure_logging


def build_application() -> Application:
    app = Application.builder().token(settings.bot_token).build()
    app.add_handler(CommandHandler("start", catalog.start))
    app.add_handler(CommandHandler("catalog", catalog.show_catalog))
    app.add_handler(CommandHandler("checkout", cart.checkout))
    app.add_handler(CallbackQueryHandler(cart.add_to_cart, pattern=r"^add:"))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, catalog.search))
    app.add_error_handler(errors.error_handler)
    app.job_queue.run_daily(jobs.daily_report, time=settings.report_time)
    return app


def main() -> None:
    configure_logging(settings.log_dir)
    build_application().run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()

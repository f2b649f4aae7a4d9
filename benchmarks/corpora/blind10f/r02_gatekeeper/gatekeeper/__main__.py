import html
import traceback

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from gatekeeper import LOGGER, OWNER_ID, TOKEN
from gatekeeper.modules import bans, welcome


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    LOGGER.error("Exception while handling an update:", exc_info=context.error)
    tb = "".join(traceback.format_exception(None, context.error, context.error.__traceback__))
    await context.bot.send_message(OWNER_ID, f"<pre>{html.escape(tb[-3500:])}</pre>", parse_mode="HTML")


async def post_init(application: Application) -> None:
    me = await application.bot.get_me()
    LOGGER.info("started as @%s", me.username)


def main() -> None:
    application = ApplicationBuilder().token(TOKEN).post_init(post_init).build()
    application.add_handler(MessageHandler(filters.StatusUpdate.NEW_CHAT_MEMBERS, welcome.new_member))
    application.add_handler(CallbackQueryHandler(welcome.captcha_callback, pattern=r"^captcha:"))
    application.add_handler(CommandHandler("ban", bans.ban))
    application.add_handler(CommandHandler("unban", bans.unban))
    application.add_error_handler(error_handler)
    LOGGER.info("polling")
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()

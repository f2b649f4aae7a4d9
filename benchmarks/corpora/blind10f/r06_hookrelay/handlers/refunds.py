from aiogram import types

from data import config
from loader import bot, dp, logging


@dp.message_handler(commands=["refund"])
async def cmd_refund(message: types.Message):
    charge = message.get_args().strip()
    if not charge:
        await message.answer("Usage: /refund <charge id>")
        return
    logging.getLogger("hookrelay.refunds").info("refund of %s requested by %s", charge, message.from_user.id)
    for admin in config.ADMINS:
        await bot.send_message(admin, f"Refund request {charge} from {message.from_user.id}")
    await message.answer("Your request was forwarded.")


@dp.errors_handler()
async def errors(update: types.Update, exception: Exception):
    logging.exception("update %s failed: %s", update.update_id, exception)
    return True

from aiogram import types

from loader import dp, logging

log = logging.getLogger("hookrelay.start")

HELP = (
    "/buy - order the monthly plan\n"
    "/refund <charge id> - request a refund\n"
    "/help - this message"
)


@dp.message_handler(commands=["start"])
async def cmd_start(message: types.Message):
    log.info("start from %s (%s)", message.from_user.id, message.from_user.username)
    await message.answer(f"Hi, {message.from_user.full_name}! Use /buy to order.")


@dp.message_handler(commands=["help"])
async def cmd_help(message: types.Message):
    await message.answer(HELP)
    log.info("help shown to %s", message.from_user.id)

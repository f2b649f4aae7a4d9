from aiogram import types
from aiogram.types.message import ContentType

from data import config
from loader import bot, dp, logging

pay_log = logging.getLogger("hookrelay.payments")

PRICES = [types.LabeledPrice(label="Monthly plan", amount=499)]


@dp.message_handler(commands=["buy"])
async def cmd_buy(message: types.Message):
    await bot.send_invoice(
        message.chat.id,
        title="Monthly plan",
        description="30 days of access",
        provider_token=config.PROVIDER_TOKEN,
        currency="eur",
        prices=PRICES,
        payload="monthly",
    )


@dp.pre_checkout_query_handler(lambda query: True)
async def checkout(query: types.PreCheckoutQuery):
    pay_log.info("pre-checkout %s from %s: %s", query.id, query.from_user.id, query.total_amount)
    await bot.answer_pre_checkout_query(query.id, ok=True)


@dp.message_handler(content_types=ContentType.SUCCESSFUL_PAYMENT)
async def got_payment(message: types.Message):
    payment = message.successful_payment
    pay_log.info(
        "paid %s %s by %s, charge %s",
        payment.total_amount / 100,
        payment.currency,
        message.from_user.id,
        payment.provider_payment_charge_id,
    )
    await message.answer("Thanks! Your plan is active.")

import logging
import os

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import LabeledPrice, Message, PreCheckoutQuery

audit = logging.getLogger("bot.audit")
log = logging.getLogger(__name__)
router = Router(name="payments")

PROVIDER_TOKEN = os.environ.get("PAYMENT_PROVIDER_TOKEN", "")
PRICES = {"1": ("T-shirt", 1500), "2": ("Mug", 900)}


@router.message(Command("buy"))
async def cmd_buy(message: Message, command: CommandObject) -> None:
    item = PRICES.get((command.args or "").strip())
    if item is None:
        await message.answer("Unknown product.")
        return
    title, amount = item
    await message.answer_invoice(
        title=title,
        description=f"One {title.lower()}",
        payload=f"order:{message.chat.id}:{title}",
        provider_token=PROVIDER_TOKEN,
        currency="EUR",
        prices=[LabeledPrice(label=title, amount=amount)],
    )


@router.pre_checkout_query()
async def on_pre_checkout(query: PreCheckoutQuery) -> None:
    audit.info("pre-checkout %s payload=%s total=%s", query.id, query.invoice_payload, query.total_amount)
    await query.answer(ok=True)


@router.message(F.successful_payment)
async def on_successful_payment(message: Message) -> None:
    payment = message.successful_payment
    audit.info(
        "paid chat=%s charge=%s amount=%s %s",
        message.chat.id,
        payment.provider_payment_charge_id,
        payment.total_amount,
        payment.currency,
    )
    await message.answer("Payment received, thank you!")
    audit.info("receipt sent to %s", message.chat.id)


@router.message(Command("refund"))
async def refund_cmd(message: Message, command: CommandObject) -> None:
    order = (command.args or "").strip()
    if not order:
        await message.answer("Usage: /refund <order>")
        return
    log.warning("refund requested for %s by %s", order, message.chat.id)
    await message.answer("A refund request was opened; we will contact you.")

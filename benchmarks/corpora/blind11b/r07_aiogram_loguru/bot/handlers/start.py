from aiogram import Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message
from loguru import logger

from bot.services.payments import check_payment, create_invoice

router = Router()


@router.message(CommandStart())
async def cmd_start(message: Message) -> None:
    logger.info("/start from {}", message.from_user.id)
    await message.answer("Hi! /buy to subscribe for a month.")


@router.message(Command("buy"))
async def cmd_buy(message: Message) -> None:
    invoice = await create_invoice(message.from_user.id, amount=500)
    await message.answer(f"Pay here: {invoice.url}\nThen send /paid.")


@router.message(Command("paid"))
async def cmd_paid(message: Message) -> None:
    if await check_payment(message.from_user.id):
        logger.success("user {} subscribed", message.from_user.id)
        await message.answer("Thanks, you are subscribed!")
    else:
        await message.answer("No payment yet.")

from __future__ import annotations

import logging

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from alerts.state import muted_chats

router = Router(name="commands")
log = logging.getLogger(__name__)


@router.message(Command("start"))
async def cmd_start(message: Message) -> None:
    log.info("chat %s subscribed", message.chat.id)
    await message.answer("Subscribed. Alerts for this chat will appear here.")


@router.message(Command("mute"))
async def cmd_mute(message: Message, command: CommandObject) -> None:
    minutes = int(command.args or 60)
    muted_chats[message.chat.id] = minutes
    await message.answer(f"Muted for {minutes} minutes")
    log.info("chat %s muted for %d min", message.chat.id, minutes)

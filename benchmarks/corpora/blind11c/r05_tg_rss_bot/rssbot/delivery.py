"""Send one feed entry to one chat; every delivery is recorded in logs/deliveries.log."""

from __future__ import annotations

import logging

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import Forbidden, RetryAfter

log = logging.getLogger(__name__)


async def deliver(bot: Bot, chat_id: int, feed: str, entry) -> bool:
    text = f"<b>{feed}</b>\n<a href=\"{entry.link}\">{entry.title}</a>"
    try:
        await bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, disable_web_page_preview=False)
    except Forbidden:
        log.info("chat %s blocked the bot; dropping delivery of %s", chat_id, entry.id)
        return False
    except RetryAfter as exc:
        log.warning("flood control for chat %s, retry after %ss", chat_id, exc.retry_after)
        return False
    log.info("delivered %s to %s", entry.id, chat_id)
    return True

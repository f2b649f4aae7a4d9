"""Job-queue callback: fetch every feed, deliver new entries."""

from __future__ import annotations

import logging

import feedparser
import httpx
from telegram.ext import ContextTypes

from rssbot import storage
from rssbot.delivery import deliver

log = logging.getLogger(__name__)


async def poll_feeds(context: ContextTypes.DEFAULT_TYPE) -> None:
    feeds = context.bot_data["feeds"]
    async with httpx.AsyncClient(timeout=20, follow_redirects=True) as client:
        for feed in feeds:
            try:
                resp = await client.get(feed["url"])
                resp.raise_for_status()
            except httpx.HTTPError as exc:
                log.warning("feed %s failed: %s", feed["name"], exc)
                continue
            parsed = feedparser.parse(resp.content)
            fresh = [e for e in parsed.entries if storage.mark_seen(feed["name"], e.id)]
            for entry in fresh:
                for chat_id in storage.subscribers(feed["name"]):
                    await deliver(context.bot, chat_id, feed["name"], entry)
            if fresh:
                log.info("%s: %d new entries", feed["name"], len(fresh))

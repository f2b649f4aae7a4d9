"""Subscriptions and seen-entry ids in SQLite (tiny, synchronous)."""

from __future__ import annotations

import logging
import sqlite3

log = logging.getLogger(__name__)

_db: sqlite3.Connection | None = None


def open_db(path: str) -> None:
    global _db
    _db = sqlite3.connect(path, check_same_thread=False)
    _db.execute("CREATE TABLE IF NOT EXISTS subs (chat_id INTEGER, feed TEXT, PRIMARY KEY (chat_id, feed))")
    _db.execute("CREATE TABLE IF NOT EXISTS seen (feed TEXT, entry_id TEXT, PRIMARY KEY (feed, entry_id))")
    log.info("database %s opened", path)


def subscribe(chat_id: int, feed: str) -> bool:
    cur = _db.execute("INSERT OR IGNORE INTO subs VALUES (?, ?)", (chat_id, feed))
    _db.commit()
    return cur.rowcount == 1


def subscribers(feed: str) -> list[int]:
    return [row[0] for row in _db.execute("SELECT chat_id FROM subs WHERE feed = ?", (feed,))]


def mark_seen(feed: str, entry_id: str) -> bool:
    cur = _db.execute("INSERT OR IGNORE INTO seen VALUES (?, ?)", (feed, entry_id))
    _db.commit()
    return cur.rowcount == 1

import asyncio
import logging
import sqlite3

log = logging.getLogger(__name__)


def open_db(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, check_same_thread=False)
    db.execute("CREATE TABLE IF NOT EXISTS ticks (exchange TEXT, symbol TEXT, price REAL)")
    return db


def insert_rows(db: sqlite3.Connection, rows) -> None:
    db.executemany("INSERT INTO ticks VALUES (?, ?, ?)", rows)
    db.commit()
    log.debug("inserted %d rows", len(rows))


async def save_ticks(db: sqlite3.Connection, ticks) -> None:
    rows = [(t.exchange, t.symbol, t.price) for t in ticks]
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, insert_rows, db, rows)
    log.info("saved %d ticks", len(rows))

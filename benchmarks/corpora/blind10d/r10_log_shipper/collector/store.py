import logging
import sqlite3

log = logging.getLogger("collector.store")
_db = sqlite3.connect(":memory:")
_db.execute("CREATE TABLE lines (text TEXT)")


async def insert(text: str) -> None:
    _db.execute("INSERT INTO lines VALUES (?)", (text,))
    log.debug("stored %d chars", len(text))


def count() -> int:
    return _db.execute("SELECT COUNT(*) FROM lines").fetchone()[0]

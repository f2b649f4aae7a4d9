"""Creates the tables (synchronous; run by the deploy job before the worker starts)."""
import logging
import logging.config
import sqlite3
from pathlib import Path

HERE = Path(__file__).resolve().parent
logging.config.fileConfig(HERE / "logging.ini", disable_existing_loggers=False)
log = logging.getLogger("migrations")


def upgrade(con: sqlite3.Connection) -> None:
    con.execute("CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, qty INTEGER, price REAL)")
    log.info("created table rows")


if __name__ == "__main__":
    upgrade(sqlite3.connect(":memory:"))

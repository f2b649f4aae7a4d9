"""Apply schema migrations before the service starts (release phase, sqlite3, synchronous)."""
import logging
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ledger.db import TABLES

logging.basicConfig(filename="migrate.log", level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("ledger.migrate")


def migrate(db_path: str = ":memory:") -> None:
    con = sqlite3.connect(db_path)
    for table in TABLES:
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} (id INTEGER PRIMARY KEY, body TEXT)")
        log.info("ensured table %s", table)
    con.close()


if __name__ == "__main__":
    migrate()

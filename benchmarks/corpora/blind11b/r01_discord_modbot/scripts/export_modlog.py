"""Export moderation cases to CSV (run nightly from cron)."""

import csv
import logging
import sqlite3
import sys

logging.basicConfig(filename="export.log", level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("modbot.export")


def main(db_path: str, out_path: str) -> int:
    with sqlite3.connect(db_path) as conn, open(out_path, "w", newline="") as out:
        writer = csv.writer(out)
        rows = conn.execute("SELECT id, guild_id, user_id, action, reason, created FROM cases").fetchall()
        writer.writerow(["id", "guild", "user", "action", "reason", "created"])
        writer.writerows(rows)
    log.info("exported %d cases to %s", len(rows), out_path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

"""Dump the members table to CSV (sync, for the admins' spreadsheet)."""
import csv
import logging
import sys

from gatekeeper.db import SESSION, Member

export_log = logging.getLogger("export")
export_log.addHandler(logging.FileHandler("export_users.log"))
export_log.setLevel(logging.INFO)


def main(path: str) -> None:
    with SESSION() as session, open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        rows = session.query(Member).all()
        for member in rows:
            writer.writerow([member.user_id, member.username])
    export_log.info("exported %d members to %s", len(rows), path)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "members.csv")

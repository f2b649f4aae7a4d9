"""Nightly maintenance, run from cron:  python3 scripts/vacuum_db.py"""
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from service.db import vacuum

handler = logging.FileHandler("vacuum.log")
handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.INFO)


def main():
    removed = vacuum()
    logging.getLogger("vacuum").info("done, %d links removed", removed)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Stock administration from the shell: `python admin_cli.py restock SKU 10`."""

import argparse
import logging
import sqlite3

from rich.logging import RichHandler

from shopbot.config import settings

logging.basicConfig(level="INFO", format="%(message)s", handlers=[RichHandler(show_path=False)])
log = logging.getLogger("shopbot.admin")


def restock(sku: str, amount: int) -> None:
    with sqlite3.connect(settings.db_path) as conn:
        conn.execute("UPDATE products SET stock = stock + ? WHERE sku = ?", (amount, sku))
    log.info("restocked %s by %d", sku, amount)


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("restock")
    p.add_argument("sku")
    p.add_argument("amount", type=int)
    args = parser.parse_args()
    if args.cmd == "restock":
        restock(args.sku, args.amount)


if __name__ == "__main__":
    main()

"""Monthly export for the accountant:  python3 scripts/export_orders.py > receipts.csv"""
import csv
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from shopbot.services.payments import export_receipts

logging.basicConfig(filename="export.log", level=logging.INFO)


def main():
    writer = csv.writer(sys.stdout)
    rows = export_receipts()
    for receipt in rows:
        writer.writerow([receipt])
    logging.info("exported %d receipts", len(rows))


if __name__ == "__main__":
    main()

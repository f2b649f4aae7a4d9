"""`nightly-sync`: export the catalogue for the ERP (synchronous, run by cron)."""
import csv
import logging
import sys

from shared import catalog


def main():
    logging.getLogger().addHandler(logging.FileHandler("nightly.log"))
    logging.getLogger().setLevel(logging.INFO)
    products = catalog.all_products()
    writer = csv.writer(sys.stdout)
    for sku, item in products.items():
        writer.writerow([sku, item["name"], item["price"]])
    logging.getLogger("ops.nightly").info("exported %d products", len(products))


if __name__ == "__main__":
    main()

"""`python -m shop.commands.export_orders`: write the orders as CSV for accounting."""
import csv
import logging
import sys


def main():
    handler = logging.FileHandler("export_orders.log")
    handler.setLevel(logging.DEBUG)
    logging.getLogger("shop").addHandler(handler)
    from shop import orders

    writer = csv.writer(sys.stdout)
    writer.writerow(["id", "product", "qty", "total", "status"])
    writer.writerows(orders.snapshot())


if __name__ == "__main__":
    main()

"""`python manage.py import_products FILE`: load a supplier's CSV (synchronous)."""
import csv
import io
import logging

from django.core.management.base import BaseCommand

from shop.catalogue import PRODUCTS

log = logging.getLogger("shop.import")
SAMPLE = "id,name,stock\n3,Darjeeling,12\n4,Rooibos,7\n"


class Command(BaseCommand):
    help = "Import products from a supplier CSV"

    def handle(self, *args):
        handler = logging.FileHandler("import_products.log")
        log.addHandler(handler)
        try:
            rows = csv.DictReader(open(args[0]) if args else io.StringIO(SAMPLE))
            for row in rows:
                PRODUCTS[int(row["id"])] = {"name": row["name"], "stock": int(row["stock"])}
                log.info("imported %s", row["name"])
        finally:
            log.removeHandler(handler)
            handler.close()

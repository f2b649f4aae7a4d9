import csv
import logging

from django.core.management.base import BaseCommand

from shop.models import Product

log = logging.getLogger("shop.import")


class Command(BaseCommand):
    help = "Import products from a CSV file (slug,name,price_cents,stock)"

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, **options):
        handler = logging.FileHandler("import_catalog.log")
        log.addHandler(handler)
        with open(options["path"], newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        for row in rows:
            Product.objects.update_or_create(slug=row["slug"], defaults=row)
        log.info("imported %d products", len(rows))
        self.stdout.write(self.style.SUCCESS(f"{len(rows)} products imported"))

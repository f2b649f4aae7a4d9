import csv
import logging

from django.core.management.base import BaseCommand

from orders.models import Order

logger = logging.getLogger("orders.import")


class Command(BaseCommand):
    help = "Import orders from the legacy CSV export"

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path: str, **options):
        logger.addHandler(logging.FileHandler("import_orders.log"))
        count = 0
        with open(path, newline="") as f:
            for row in csv.DictReader(f):
                Order.objects.create(customer_email=row["email"], total_cents=int(row["total"]))
                count += 1
        logger.info("imported %d orders from %s", count, path)
        self.stdout.write(self.style.SUCCESS(f"imported {count} orders"))

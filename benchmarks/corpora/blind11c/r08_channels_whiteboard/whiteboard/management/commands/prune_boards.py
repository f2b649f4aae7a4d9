from datetime import timedelta
import logging

from django.core.management.base import BaseCommand
from django.utils import timezone

from whiteboard.models import Board

log = logging.getLogger("whiteboard.consumers")


class Command(BaseCommand):
    help = "Delete boards nobody touched for N days"

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=180)

    def handle(self, *args, days: int, **options):
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _ = Board.objects.filter(updated__lt=cutoff).delete()
        log.info("pruned %d boards older than %d days", deleted, days)
        self.stdout.write(self.style.SUCCESS(f"deleted {deleted} boards"))

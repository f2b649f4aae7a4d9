"""`python manage.py import_users [CSV]`: bulk-import members (synchronous)."""
import csv
import io
import logging

SAMPLE = "email,name\nann@example.org,Ann\nbo@example.org,Bo\n"


class Command:
    def handle(self, path=None):
        handler = logging.FileHandler("import_users.log")
        handler.setLevel(logging.INFO)
        logging.getLogger("portal").addHandler(handler)
        log = logging.getLogger("portal.import")
        rows = list(csv.DictReader(open(path) if path else io.StringIO(SAMPLE)))
        for row in rows:
            log.info("imported %s", row["email"])
        print(f"{len(rows)} members imported")

"""python3 manage.py clearsessions: drop sessions older than a day."""
import logging

from mysite.models import purge_sessions

help = "Delete expired sessions"


def handle(*args):
    file_handler = logging.FileHandler("clearsessions.log")
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logging.getLogger().addHandler(file_handler)
    removed = purge_sessions()
    print(f"{removed} sessions removed")

"""Migration runner (alembic-style): `python migrations/env.py` from the repository root."""
import logging
from logging.config import fileConfig

fileConfig("migrations/alembic.ini")
log = logging.getLogger("alembic.env")


def run_migrations():
    for step in ("create orders", "add status column"):
        log.info("applying %s", step)


run_migrations()

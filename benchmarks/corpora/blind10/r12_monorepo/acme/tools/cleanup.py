"""Nightly cleanup (console script: acme-cleanup).  Synchronous on purpose."""
import logging
import logging.handlers
import sys

from acme.api.routes import ROUTES
from acme.common.db import purge_expired_sync


def main(argv=None):
    handler = logging.handlers.TimedRotatingFileHandler("cleanup.log", when="D", backupCount=30)
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    removed = purge_expired_sync("orders", max_age=86400)
    logging.getLogger("acme.cleanup").info("removed %d expired orders (%d routes cached)", removed, len(ROUTES))
    print(removed)
    return 0


if __name__ == "__main__":
    sys.exit(main())

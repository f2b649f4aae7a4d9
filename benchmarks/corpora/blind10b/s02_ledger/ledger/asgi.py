"""ASGI application; served by `uvicorn ledger.asgi:app` (see Procfile)."""
import logging

from ledger import routes
from ledger.logsetup import configure_logging
from ledger.web import MiniApp, Route

configure_logging()

# Old deployment scripts still look for ledger-legacy.log.
logging.basicConfig(filename="ledger-legacy.log", level=logging.DEBUG)

app = MiniApp(routes=[
    Route("/entries", routes.list_entries),
    Route("/entries/new", routes.create_entry, methods=("POST",)),
    Route("/debug/logs", routes.recent_logs),
])

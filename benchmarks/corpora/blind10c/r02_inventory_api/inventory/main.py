"""ASGI entry point: `python -m inventory.main` or the `inventory-api` script."""
import logging

import uvicorn

from inventory import __version__
from inventory.app import App
from inventory.logging_setup import configure
from inventory.middleware import access_log
from inventory.routes import items

log = logging.getLogger("inventory")

app = App()
app.route("GET", "/items", items.list_items)
app.route("GET", "/items/", items.get_item, prefix=True)
app.route("POST", "/items", items.create_item)


@app.on_startup
async def announce():
    log.info("inventory-api %s starting", __version__)


application = access_log(app)


def run():
    configure()
    uvicorn.run(application, host="127.0.0.1", port=8000, log_config=None)


if __name__ == "__main__":
    run()

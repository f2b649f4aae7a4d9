"""Run the gateway:  python3 -m gateway

The gateway installs no logging handler of its own; only levels are set here.
"""
import logging

from . import web
from .app import create_app


def _attach(app, request):
    request.app = app
    return request


def main():
    logging.getLogger("gateway").setLevel(logging.INFO)
    app = create_app()
    requests = [
        _attach(app, web.Request("GET", "/health")),
        _attach(app, web.Request("GET", "/prices/sku-1", {"sku": "sku-1"})),
        _attach(app, web.Request("POST", "/quotes", body='{"qty": 1}')),
    ]
    web.run_app(app, port=8080, requests=requests)


if __name__ == "__main__":
    main()

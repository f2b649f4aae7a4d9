"""`storefront`: the customer-facing web app. Logging is queued."""
import logging

from aiohttpish import web
from shared.logkit import file_handler, queue_logging
from storefront import views


def main():
    listener = queue_logging(file_handler("storefront.log"), logging.StreamHandler())
    app = web.Application()
    app.add_get("/", views.index)
    app.add_get("/product", views.product)
    try:
        web.run_app(app, port=8080)
    finally:
        listener.stop()


if __name__ == "__main__":
    main()

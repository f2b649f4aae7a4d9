"""Run the service:  python3 -m service"""
import logging

from . import server
from .app import app
from .logconf import start_queue_logging

log = logging.getLogger("service.main")


def enable_metrics():
    from . import metrics

    metrics.install(app)


def main():
    listener = start_queue_logging()
    enable_metrics()
    log.info("shortlink starting")
    try:
        server.run(app, port=8000)
    finally:
        listener.stop()


if __name__ == "__main__":
    main()

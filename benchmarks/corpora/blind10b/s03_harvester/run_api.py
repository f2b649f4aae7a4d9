"""API process: `python run_api.py`."""
import logging

from api import web
from api.views import make_app
from core.logs import file_handler, queued_root


def main() -> None:
    logging.getLogger().setLevel(logging.INFO)
    listener = queued_root(logging.StreamHandler(), file_handler("api"))
    try:
        web.run_app(make_app(), port=8080)
    finally:
        listener.stop()


if __name__ == "__main__":
    main()

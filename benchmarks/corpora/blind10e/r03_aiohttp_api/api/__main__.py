import argparse

from aiohttp import web

from api.app import create_app
from api.logging_setup import configure_logging


def main() -> None:
    parser = argparse.ArgumentParser(prog="api-server")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    configure_logging()
    web.run_app(create_app(), port=args.port)


if __name__ == "__main__":
    main()

import argparse

from aiohttp import web

from gateway.app import create_app
from gateway.logsetup import setup_logging
from gateway.settings import load_settings


def main() -> None:
    parser = argparse.ArgumentParser(prog="gateway")
    parser.add_argument("--config", default="gateway.toml")
    args = parser.parse_args()
    settings = load_settings(args.config)
    setup_logging()
    web.run_app(create_app(settings), host=settings.host, port=settings.port)


if __name__ == "__main__":
    main()

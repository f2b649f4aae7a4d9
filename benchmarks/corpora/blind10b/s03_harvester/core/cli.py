"""Operator CLI: `python -m core.cli stats` (no event loop)."""
import argparse
import logging

from core import storage


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="harvester")
    parser.add_argument("command", choices=["stats", "vacuum"], nargs="?", default="stats")
    args = parser.parse_args(argv)
    logging.basicConfig(filename="harvester-cli.log", level=logging.INFO)
    logging.getLogger("core.cli").info("running %s", args.command)
    print(f"{args.command}: {storage.count()} items")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

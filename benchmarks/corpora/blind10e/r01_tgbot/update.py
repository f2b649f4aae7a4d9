#!/usr/bin/env python3
"""Run by the systemd unit before the bot starts: bump the deployed version marker."""
import json
import logging
import pathlib

import bot

logging.basicConfig(filename="update.log", level=logging.INFO, format="%(asctime)s %(message)s")


def main():
    marker = pathlib.Path(".deployed.json")
    previous = json.loads(marker.read_text())["version"] if marker.exists() else None
    if previous != bot.__version__:
        logging.info("updating %s -> %s", previous, bot.__version__)
        marker.write_text(json.dumps({"version": bot.__version__}))
    else:
        logging.info("already at %s", previous)


if __name__ == "__main__":
    main()

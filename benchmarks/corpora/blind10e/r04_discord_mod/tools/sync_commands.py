#!/usr/bin/env python3
"""Print the slash-command manifest that CI uploads (developer tool, no gateway connection)."""
import json
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from cogs.moderation import Moderation  # noqa: E402

logging.basicConfig(level=logging.INFO, handlers=[logging.FileHandler("sync_commands.log")])


def main():
    names = sorted(n for n in dir(Moderation) if hasattr(getattr(Moderation, n), "__command__"))
    logging.info("found %d commands", len(names))
    print(json.dumps({"commands": names}))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Developer tool: print the command list to paste into BotFather."""
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bot.handlers.start import COMMANDS  # noqa: E402

logging.basicConfig(level=logging.DEBUG, handlers=[logging.FileHandler("gen_commands.log")])
log = logging.getLogger("gen_commands")


def main():
    for name, what in COMMANDS.items():
        log.debug("command %s", name)
        print(f"{name} - {what}")


if __name__ == "__main__":
    main()

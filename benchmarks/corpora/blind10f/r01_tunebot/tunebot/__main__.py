from __future__ import annotations

import argparse
import os
from pathlib import Path

from tunebot import log as tlog
from tunebot.bot import TuneBot


def main() -> None:
    parser = argparse.ArgumentParser(prog="tunebot")
    parser.add_argument("--db", default=os.environ.get("TUNEBOT_DB", "tunebot.db"))
    parser.add_argument("--debug", action="store_true")
    args = parser.parse_args()

    tlog.setup(Path(os.environ.get("TUNEBOT_LOG_DIR", "logs")), debug=args.debug)
    bot = TuneBot(args.db)
    # our own handlers are set up above; do not let discord.py add another one
    bot.run(os.environ["DISCORD_TOKEN"], log_handler=None)


if __name__ == "__main__":
    main()

"""Developer helper: list the bot's command coroutines (no event loop)."""
import inspect
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from fleetbot import handlers

logging.basicConfig(filename="dump_stats.log", level=logging.INFO)


def main() -> None:
    names = [n for n, f in vars(handlers).items() if inspect.iscoroutinefunction(f)]
    logging.info("commands: %s", names)
    print("\n".join(names))


if __name__ == "__main__":
    main()

import asyncio
import logging.config
import os
import pathlib

from hub.core import Hub
from hub.sinks import configure_sinks

CONFIG_DIR = pathlib.Path(os.environ.get("HUB_CONFIG_DIR", pathlib.Path(__file__).resolve().parent.parent / "config"))


def main() -> None:
    logging.config.fileConfig(CONFIG_DIR / "logging.ini", disable_existing_loggers=False)
    configure_sinks()
    with asyncio.Runner() as runner:
        runner.run(Hub(cycles=int(os.environ.get("HUB_CYCLES", "2"))).run())


if __name__ == "__main__":
    main()

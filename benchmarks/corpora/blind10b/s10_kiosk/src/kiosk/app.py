"""`kiosk` console script."""
import asyncio
import logging
import sys
from logging.handlers import RotatingFileHandler

from kiosk import boot, screens, sensors
from kiosk.logs import make_queue_logger


async def main(log: logging.Logger) -> None:
    log.info("kiosk up")
    await screens.cycle(log)
    for kind in ("light", "presence"):
        await sensors.read_sensor(kind)


def run() -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(logging.FileHandler("kiosk-startup.log", delay=True))
    boot.check_environment()
    log, listener = make_queue_logger(
        "kiosk",
        logging.StreamHandler(sys.stderr),
        RotatingFileHandler("kiosk.log", maxBytes=1 << 20, delay=True),
    )
    try:
        asyncio.run(main(log))
    finally:
        listener.stop()


if __name__ == "__main__":
    run()

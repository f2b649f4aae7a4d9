import asyncio
import logging

from monitor import logsetup
from monitor.checks import check_all
from monitor.config import Config

log = logging.getLogger("monitor")


async def main(cfg: Config) -> None:
    slack = logsetup.SLACK
    slack.bind(asyncio.get_running_loop())
    sender = asyncio.create_task(slack.sender())
    log.info("uptime monitor starting")
    try:
        await check_all(cfg.targets, cfg.interval)
    finally:
        sender.cancel()


def run() -> None:
    cfg = Config()
    listener = logsetup.setup_logging(cfg)
    try:
        asyncio.run(main(cfg))
    finally:
        listener.stop()


if __name__ == "__main__":
    run()

from __future__ import annotations

import asyncio
import atexit
import json
import logging
import logging.config
import os
import tomllib
from pathlib import Path

import aiomqtt

CONFIG_PATH = Path(__file__).with_name("agent.toml")
log = logging.getLogger("homed.agent")


def load_config() -> dict:
    with CONFIG_PATH.open("rb") as fh:
        config = tomllib.load(fh)
    logging.config.dictConfig(config["logging"])
    queue_handler = logging.getHandlerByName("queue")
    if queue_handler is not None:
        queue_handler.listener.start()
        atexit.register(queue_handler.listener.stop)
    return config


def read_metrics() -> dict:
    load1, load5, load15 = os.getloadavg()
    return {"load1": load1, "load5": load5, "load15": load15}


async def report_loop(config: dict) -> None:
    async with aiomqtt.Client(config["broker"]) as client:
        log.info("reporting to %s every %ss", config["broker"], config["interval"])
        while True:
            metrics = await asyncio.to_thread(read_metrics)
            await client.publish(f"homed/agent/{os.uname().nodename}", json.dumps(metrics))
            await asyncio.sleep(config["interval"])


def run() -> None:
    config = load_config()
    asyncio.run(report_loop(config))


if __name__ == "__main__":
    run()

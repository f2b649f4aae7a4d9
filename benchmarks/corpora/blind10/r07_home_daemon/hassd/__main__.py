"""Run the daemon:  python3 -m hassd"""
import asyncio
import logging
import os
import sys

from .config import load_config
from .core import Hub, load_integrations
from .logging_setup import configure, configure_audit

log = logging.getLogger("hassd")


async def async_main(config, run_seconds):
    hub = Hub(config)
    load_integrations(hub)
    log.info("starting hub with %d integrations", len(hub.integrations))
    await hub.async_start()
    await hub.async_run_for(run_seconds)
    await hub.async_stop()


def main():
    state_dir = os.environ.get("HASSD_STATE_DIR", "var")
    os.makedirs(state_dir, exist_ok=True)
    configure(os.path.join(state_dir, "hassd.log"))
    configure_audit(os.path.join(state_dir, "audit.log"))
    config = load_config(os.path.join(state_dir, "configuration.json"))
    try:
        asyncio.run(async_main(config, float(os.environ.get("HASSD_RUN_SECONDS", "0.1"))))
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

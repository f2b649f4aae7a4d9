from __future__ import annotations

import asyncio

from ledgerd import service
from ledgerd.config import load_config
from ledgerd.logsetup import start_logging, start_metrics_log


def main() -> None:
    config = load_config()
    listener = start_logging(config.log_file)
    metrics_listener = start_metrics_log(config.metrics_file)
    try:
        with asyncio.Runner() as runner:
            runner.run(service.serve(config))
    finally:
        metrics_listener.stop()
        listener.stop()


if __name__ == "__main__":
    main()

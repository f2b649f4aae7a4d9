"""Background worker:  python3 -m acme.worker.main   (console script: acme-worker)"""
import asyncio
import logging
import logging.handlers
import os

from acme.common.log import FORMAT, RotatingFileHandler
from acme.worker import tasks


def main():
    log_dir = os.environ.get("ACME_LOG_DIR", "logs")
    logging.basicConfig(level=logging.INFO, format=FORMAT, handlers=[RotatingFileHandler(os.path.join(log_dir, "worker.log"), maxBytes=5_000_000, backupCount=5)])
    logging.getLogger("acme.alerts").addHandler(logging.handlers.HTTPHandler("127.0.0.1:9", "/hooks/worker-alerts", method="POST"))
    with asyncio.Runner() as runner:
        runner.run(tasks.run_forever(cycles=int(os.environ.get("ACME_WORKER_CYCLES", "2"))))


if __name__ == "__main__":
    main()

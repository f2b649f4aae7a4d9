import argparse
import asyncio
import logging
import os

from worker.logsetup import setup_logging
from worker.runner import run


def parse_args(argv=None):
    parser = argparse.ArgumentParser(prog="jobworker")
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--log-file", default=os.environ.get("WORKER_LOG", "worker.log"))
    parser.add_argument("--report-file", default="worker-report.log")
    parser.add_argument("--alert-spool", default="alerts.jsonl")
    parser.add_argument("--slack-url", default=os.environ.get("SLACK_WEBHOOK_URL"))
    return parser.parse_args(argv)


def main(argv=None) -> None:
    cfg = parse_args(argv)
    setup_logging(cfg)
    logging.basicConfig(level=logging.DEBUG, format="%(message)s")  # left over from 1.0; root has handlers by now
    try:
        stats = asyncio.run(run(cfg))
        print(stats)
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()

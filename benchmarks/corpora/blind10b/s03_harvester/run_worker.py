"""Worker process: `python run_worker.py`."""
import asyncio
import logging
import sys

from core import jobs
from core.logs import file_handler


def main() -> int:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in (logging.StreamHandler(sys.stderr), file_handler("worker")):
        root.addHandler(handler)
    try:
        asyncio.run(jobs.run_forever(cycles=2))
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Developer tool: write a burst of fake access-log lines for the shipper to pick up."""
import logging
import os
import random
import sys
import tempfile
import threading

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(threadName)s %(message)s")


def writer(path: str, n: int) -> None:
    with open(path, "a") as fh:
        for _ in range(n):
            fh.write(f"GET /item/{random.randint(1, 999)} 200\n")
    logging.info("wrote %d lines", n)


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else tempfile.mktemp(suffix=".log")
    threads = [threading.Thread(target=writer, args=(target, 100)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    logging.info("burst written to %s", target)
    if len(sys.argv) == 1:
        os.unlink(target)

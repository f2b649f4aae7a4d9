"""Request counters, exposed on /metrics."""
import collections
import logging

logging.basicConfig(filename="metrics.log", level=logging.INFO)

log = logging.getLogger("service.metrics")

COUNTS = collections.Counter()


async def count_request(path):
    COUNTS[path] += 1
    if COUNTS[path] % 100 == 0:
        log.info("%s served %d times", path, COUNTS[path])


def install(app):
    app.middleware.append(count_request)

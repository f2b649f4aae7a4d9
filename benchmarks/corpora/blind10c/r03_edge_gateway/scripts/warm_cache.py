"""Pre-compute the upstream health cache before a deploy (developer tool)."""
import json
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from gateway import upstream  # noqa: E402

log = logging.getLogger("warm_cache")


def main():
    logging.basicConfig(
        level=logging.DEBUG,
        handlers=[logging.FileHandler("warm_cache.log"), logging.StreamHandler()],
    )
    cache = {url: {"healthy": True} for url in upstream.POOL.urls}
    for url in cache:
        log.debug("marked %s healthy", url)
    print(json.dumps(cache))


if __name__ == "__main__":
    main()

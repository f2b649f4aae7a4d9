"""Write openapi.json from the registered routes (developer tool, run by hand)."""
import json
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from inventory.main import app  # noqa: E402

log = logging.getLogger("gen_openapi")


def main():
    logging.basicConfig(filename="openapi.log", level=logging.DEBUG)
    paths = {}
    for method, path, _prefix, handler in app.routes:
        paths.setdefault(path, {})[method.lower()] = {"operationId": handler.__name__}
        log.debug("route %s %s", method, path)
    print(json.dumps({"openapi": "3.1.0", "paths": paths}, indent=2))


if __name__ == "__main__":
    main()

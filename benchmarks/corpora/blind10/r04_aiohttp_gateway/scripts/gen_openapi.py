"""Write openapi.json from the route table:  python3 scripts/gen_openapi.py"""
import json
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from gateway.app import routes

logging.basicConfig(filename="gen_openapi.log", level=logging.INFO)


def main():
    spec = {"openapi": "3.1.0", "paths": {}}
    for method, path, handler in routes:
        spec["paths"].setdefault(path, {})[method.lower()] = {"operationId": handler.__name__}
    print(json.dumps(spec, indent=2))
    logging.info("%d paths", len(spec["paths"]))


if __name__ == "__main__":
    main()

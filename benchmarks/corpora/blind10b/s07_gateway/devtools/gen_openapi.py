"""Prints an OpenAPI skeleton from the endpoint table (dev script, no server)."""
import json
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway import endpoints

logging.getLogger().addHandler(logging.FileHandler("gen_openapi.log"))
logging.getLogger().setLevel(logging.INFO)


def main() -> None:
    paths = {f"/{name}": {"get": {}} for name in ("health", "quote") if hasattr(endpoints, name)}
    print(json.dumps({"openapi": "3.1.0", "paths": paths}, indent=2))
    logging.getLogger("devtools").info("generated %d paths", len(paths))


if __name__ == "__main__":
    main()

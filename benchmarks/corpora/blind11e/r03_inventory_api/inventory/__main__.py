from __future__ import annotations

import os

import uvicorn

from inventory.app import app
from inventory.logconf import LOGGING_CONFIG
from inventory.observability import setup_observability


def main() -> None:
    os.makedirs(os.environ.get("INVENTORY_LOG_DIR", "logs"), exist_ok=True)
    setup_observability()
    uvicorn.run(
        app,
        host=os.environ.get("HOST", "0.0.0.0"),
        port=int(os.environ.get("PORT", "8000")),
        log_config=LOGGING_CONFIG,
        proxy_headers=True,
    )


if __name__ == "__main__":
    main()

"""``python serve.py``: uvicorn with the JSON logging config that sits beside this file."""

import os
from pathlib import Path

import uvicorn

LOG_CONFIG = Path(__file__).with_name("log_config.json")


def main() -> None:
    uvicorn.run(
        "hooks.app:app",
        host="0.0.0.0",
        port=int(os.environ.get("PORT", "8080")),
        log_config=str(LOG_CONFIG),
        workers=int(os.environ.get("WEB_CONCURRENCY", "2")),
        proxy_headers=True,
    )


if __name__ == "__main__":
    main()

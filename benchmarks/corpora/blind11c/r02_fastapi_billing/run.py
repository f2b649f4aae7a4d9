"""Production entry point: ``python run.py`` (the container's CMD)."""

import os

import uvicorn

from billing.app import app
from billing.logconf import LOGGING_CONFIG

if __name__ == "__main__":
    uvicorn.run(
        app,
        host="0.0.0.0",
        port=int(os.environ.get("PORT", "8000")),
        log_config=LOGGING_CONFIG,
        proxy_headers=True,
        forwarded_allow_ips="*",
    )

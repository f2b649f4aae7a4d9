"""Production entry point: `python run.py` (the container's CMD)."""

import uvicorn

from app.logging_config import LOGGING_CONFIG
from app.main import app
from app.settings import settings

if __name__ == "__main__":
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        proxy_headers=True,
        log_config=LOGGING_CONFIG,
    )

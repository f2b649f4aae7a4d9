import os

import uvicorn

from app.logconfig import LOG_CONFIG
from app.main import app

if __name__ == "__main__":
    os.makedirs(os.environ.get("LOG_DIR", "logs"), exist_ok=True)
    uvicorn.run(
        app,
        host=os.environ.get("HOST", "0.0.0.0"),
        port=int(os.environ.get("PORT", "8000")),
        log_config=LOG_CONFIG,
        proxy_headers=True,
    )

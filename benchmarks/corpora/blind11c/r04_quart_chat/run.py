"""``python run.py``: serve the chat with uvicorn and the YAML logging config beside this file."""

import os
from pathlib import Path

import uvicorn

from chat.app import app

LOG_CONFIG = str(Path(__file__).with_name("logging.yaml"))

if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "5000")), log_config=LOG_CONFIG, ws="websockets")

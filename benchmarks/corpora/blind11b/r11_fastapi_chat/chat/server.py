import logging
from pathlib import Path

import coloredlogs
import uvicorn
from fastapi import FastAPI

from chat import rooms

LOG_CONFIG = Path(__file__).parent / "uvicorn_logging.yaml"

app = FastAPI(title="roomchat")
app.include_router(rooms.router)


def main() -> None:
    coloredlogs.install(level="INFO", fmt="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("websockets").setLevel(logging.WARNING)
    uvicorn.run(app, host="0.0.0.0", port=8000, log_config=str(LOG_CONFIG), ws_ping_interval=20)


if __name__ == "__main__":
    main()

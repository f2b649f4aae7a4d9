"""``python server.py``: configure logging, then run the Sanic server."""

import os

from imgsvc.app import app
from imgsvc.logsetup import configure_logging

if __name__ == "__main__":
    configure_logging()
    app.run(
        host=os.environ.get("HOST", "0.0.0.0"),
        port=int(os.environ.get("PORT", "8000")),
        access_log=False,
        single_process=True,
    )

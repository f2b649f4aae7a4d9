import os
from pathlib import Path

import uvicorn

from ledger.app import app

BASE_DIR = Path(__file__).resolve().parent


def main() -> None:
    uvicorn.run(
        app,
        host=os.environ.get("HOST", "127.0.0.1"),
        port=int(os.environ.get("PORT", "8080")),
        log_config=str(BASE_DIR / "conf" / "logging.json"),
        forwarded_allow_ips="*",
    )


if __name__ == "__main__":
    main()
